// roundtrip_test.cc: what compose/ writes, parsers/ reads back the same: build_message() output fed
// to decode_mail() gives the subject, names, threading ids, body text and attachments we put in.
// A cross-check of the two halves (our RFC 2047/2231/QP/base64 writer against our reader).
#include <chrono>
#include <string>

#include <gtest/gtest.h>

#include "compose/message_builder.h"
#include "compose/templates.h"
#include "parsers/mime_decode.h"

namespace pst {
namespace {

using namespace std::chrono;

TEST(RoundTrip, ParsersReadBackWhatComposeWrites) {
  OutgoingMail m;
  m.from = {"bps5101@bps.go.id", "PST BPS Kabupaten Jembrana – Bali"};
  m.to = {{"ayu@example.org", "Ni Luh Ayú Sriwahyuni 🌺"}};
  m.cc = {{"made@example", "I Made Sudarma"}};
  m.subject = "[PST-2026-00042] Permintaan diterima: Data PDRB Désa Pengambengan 🙏 " + std::string(70, 'x');
  m.message_id = "pstmail.PST-2026-00042.abc@bps.go.id";
  m.in_reply_to = "orig@mail.example.org";
  m.references = {"first@mail.example.org", "orig@mail.example.org"};
  m.date = sys_days{2026y / November / 27} + 1h + 15min;
  m.auto_submitted = "auto-replied";
  m.text_body = "Yth. Ibu Ayú,\n\n.\nFrom here on: data terlampir = tabel.\n" + std::string(300, 'z') + "\n";
  std::string bin;
  for (int i = 0; i < 3000; ++i) bin += static_cast<char>(i * 31);
  m.attachments = {{"Tabel PDRB Désa Négara – Jembrana 2021-2025 (harga berlaku dan harga konstan).xlsx",
                    "application/vnd.ms-excel", bin},
                   {"catatan.txt", "text/plain", "halo\n"}};
  const auto raw = build_message(m);
  const auto d = decode_mail(raw, MimeLimits{});
  EXPECT_TRUE(d.problems.empty());
  EXPECT_EQ(d.subject, m.subject);
  ASSERT_TRUE(d.from.has_value());
  EXPECT_EQ(d.from->name, m.from.name);
  EXPECT_EQ(d.from->address, m.from.address);
  ASSERT_EQ(d.to.size(), 1u);
  EXPECT_EQ(d.to[0].name, m.to[0].name);
  ASSERT_EQ(d.cc.size(), 1u);
  EXPECT_EQ(d.cc[0].name, "I Made Sudarma");
  EXPECT_EQ(d.message_id, m.message_id);
  EXPECT_EQ(d.in_reply_to, std::vector<std::string>{"orig@mail.example.org"});
  EXPECT_EQ(d.references, m.references);
  ASSERT_NE(d.header("Auto-Submitted"), nullptr);
  EXPECT_EQ(*d.header("Auto-Submitted"), "auto-replied");
  EXPECT_EQ(d.text.substr(0, 14), "Yth. Ibu Ayú,");
  EXPECT_NE(d.text.find("\n.\nFrom here on: data terlampir = tabel.\n"), std::string::npos) << d.text;
  ASSERT_EQ(d.attachments.size(), 2u);
  EXPECT_EQ(d.attachments[0].filename, m.attachments[0].filename);
  EXPECT_EQ(d.attachments[0].size, bin.size());
  const auto part = extract_part(raw, d.attachments[0].part_id, MimeLimits{});
  ASSERT_TRUE(part.has_value());
  EXPECT_EQ(*part, bin);
  EXPECT_EQ(d.attachments[1].filename, "catatan.txt");
}

TEST(RoundTrip, RenderedTemplateSurvivesTheWire) {
  const nlohmann::json data = {{"office_name", "BPS Kabupaten Jembrana"}, {"office_mailbox", "bps5101@bps.go.id"},
                               {"ticket", "PST-2026-00042"}, {"subject", "Data kemiskinan Négara"},
                               {"requester_name", "Kadek Ayu"}, {"received_local", "Jumat, 27 November 2026 pukul 09.15 WITA"},
                               {"due_local", "Rabu, 2 Desember 2026 pukul 09.15 WITA"},
                               {"service_hours_text", "Senin-Jumat pukul 08.00-15.30 WITA"}};
  const auto r = render_template(std::string(PSTMAIL_SOURCE_DIR) + "/templates", "acknowledgement", "id", data);
  OutgoingMail m;
  m.from = {"bps5101@bps.go.id", "PST BPS Kabupaten Jembrana"};
  m.to = {{"ayu@example.org", "Kadek Ayu"}};
  m.subject = r.subject;
  m.message_id = "pstmail.PST-2026-00042.1@bps.go.id";
  m.date = sys_days{2026y / November / 27};
  m.text_body = r.body;
  const auto d = decode_mail(build_message(m), MimeLimits{});
  EXPECT_EQ(d.subject, "[PST-2026-00042] Permintaan diterima: Data kemiskinan Négara");
  EXPECT_EQ(d.text + "\n", r.body);  // the reader drops the final line break
}

}  // namespace
}  // namespace pst
