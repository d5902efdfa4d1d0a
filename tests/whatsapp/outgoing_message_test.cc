// outgoing_message_test.cc: the Cloud API bodies, the 24-hour window, and long texts cut into
// messages WhatsApp accepts (4,096 characters, never inside a character).
#include "whatsapp/outgoing_message.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace pst::whatsapp {
namespace {

using std::chrono::hours;
using std::chrono::seconds;
using std::chrono::sys_seconds;

std::size_t code_points(std::string_view s) {
  std::size_t n = 0;
  for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

TEST(OutgoingMessage, TextBodyIsTheCloudApiShape) {
  const auto j = nlohmann::json::parse(text_message("6281234567890", "Data terlampir.\n\"PDRB\" 2024"));
  EXPECT_EQ(j["messaging_product"], "whatsapp");
  EXPECT_EQ(j["to"], "6281234567890");
  EXPECT_EQ(j["type"], "text");
  EXPECT_EQ(j["text"]["body"], "Data terlampir.\n\"PDRB\" 2024");
  EXPECT_EQ(j["text"]["preview_url"], false);
}

TEST(OutgoingMessage, TemplateAndDocument) {
  const auto t = nlohmann::json::parse(template_message("628123", "pst_lanjutan", "id", {"PST-2026-00042", "Budi"}));
  EXPECT_EQ(t["type"], "template");
  EXPECT_EQ(t["template"]["name"], "pst_lanjutan");
  EXPECT_EQ(t["template"]["language"]["code"], "id");
  EXPECT_EQ(t["template"]["components"][0]["parameters"][1]["text"], "Budi");
  const auto d = nlohmann::json::parse(document_message("628123", "1234567890", "Tabel PDRB.xlsx", ""));
  EXPECT_EQ(d["document"]["id"], "1234567890");
  EXPECT_EQ(d["document"]["filename"], "Tabel PDRB.xlsx");
  EXPECT_FALSE(d["document"].contains("caption"));
}

TEST(OutgoingMessage, ServiceWindowIsTwentyFourHours) {
  const sys_seconds last{seconds{1'796'000'000}};
  EXPECT_TRUE(within_service_window(last, last));
  EXPECT_TRUE(within_service_window(last, last + hours(24) - seconds(1)));
  EXPECT_FALSE(within_service_window(last, last + hours(24)));
  EXPECT_FALSE(within_service_window(last, last - seconds(1)));  // a clock gone backwards opens nothing
}

TEST(OutgoingMessage, LongTextIsCutAtBreaksIntoMessagesThatFit) {
  EXPECT_EQ(split_text("pendek"), (std::vector<std::string>{"pendek"}));
  EXPECT_EQ(split_text("satu dua\n\ntiga empat", 12), (std::vector<std::string>{"satu dua", "tiga empat"}));
  EXPECT_EQ(split_text("satu dua tiga", 9), (std::vector<std::string>{"satu dua", "tiga"}));
  EXPECT_EQ(split_text("abcdefghij", 4), (std::vector<std::string>{"abcd", "efgh", "ij"}));
  // Multi-byte characters count once and are never cut.
  const std::string wide = "ééééé ééééé";  // 11 characters, 21 bytes
  EXPECT_EQ(split_text(wide, 5), (std::vector<std::string>{"ééééé", "ééééé"}));
  // A real reply: every piece fits and nothing is lost but the breaks cut at.
  std::string reply;
  for (int i = 0; i < 600; ++i) reply += "Jumlah penduduk kecamatan ke-" + std::to_string(i) + " – 12.345 jiwa.\n";
  const auto pieces = split_text(reply);
  ASSERT_GT(pieces.size(), 1u);
  std::size_t total = 0;
  for (const auto& p : pieces) {
    EXPECT_LE(code_points(p), kMaxTextChars);
    total += code_points(p);
  }
  EXPECT_EQ(total + pieces.size() - 1, code_points(reply));  // only the line breaks cut at are gone
}

}  // namespace
}  // namespace pst::whatsapp
