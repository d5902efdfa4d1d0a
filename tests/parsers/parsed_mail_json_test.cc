// parsed_mail_json_test.cc: the exact `pstmaild parse` object (issue 3 item 7), written by hand and
// held to be what nlohmann's dump() writes for the same object: every string field carrying every
// byte JSON escapes, Unicode and invalid UTF-8 (replaced).
#include "parsers/parsed_mail_json.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>

namespace pst {
namespace {

TEST(ParsedMailJson, RequestWithEverything) {
  ParsedMail p;
  p.mail.message_id = "abc@x.id";
  p.mail.from = Address{"budi@gmail.com", "Budi"};
  p.mail.subject = "Permohonan data";
  p.mail.attachments.push_back(AttachmentInfo{"Surat.pdf", "application/pdf", 123, "2"});
  p.kind = MailKind::request;
  p.requester.name = "Budi Santoso";
  p.request = "Data kemiskinan 2024";
  p.missing = {"institution"};
  p.own_text = "Saya Budi Santoso.";
  p.confidence = {0.9, 0.4, 0.9};
  p.doubts = {"institution: the text names an organisation \"Dinas Sosial\""};
  EXPECT_EQ(parsed_mail_json(p),
            R"({"message_id":"abc@x.id","from":{"address":"budi@gmail.com","name":"Budi"},)"
            R"("subject":"Permohonan data","kind":"request","ticket_ref":null,)"
            R"("requester":{"name":"Budi Santoso","institution":null},"request":"Data kemiskinan 2024",)"
            R"("missing":["institution"],"confidence":{"name":0.9,"institution":0.4,"request":0.9},)"
            R"("doubts":["institution: the text names an organisation \"Dinas Sosial\""],)"
            R"("rating":null,"language":"id","text":"Saya Budi Santoso.",)"
            R"("attachments":[{"filename":"Surat.pdf","content_type":"application/pdf","size":123}]})");
}

// The stored form is the printed one without the own words.
TEST(ParsedMailJson, TheStoredFormLeavesOutTheOwnWords) {
  ParsedMail p;
  p.kind = MailKind::request;
  p.own_text = "Saya Budi Santoso, mohon data \"kemiskinan\".";
  auto printed = nlohmann::ordered_json::parse(parsed_mail_json(p));
  auto stored = nlohmann::ordered_json::parse(parsed_mail_json(p, JsonText::omitted));
  EXPECT_EQ(printed["text"], p.own_text);
  EXPECT_FALSE(stored.contains("text"));
  printed.erase("text");
  EXPECT_EQ(stored.dump(), printed.dump());
}

TEST(ParsedMailJson, RatingIsAWholeNumberWhenWhole) {
  ParsedMail p;
  p.kind = MailKind::rating;
  p.rating = 4;
  p.ticket_ref = "PST-2026-00042";
  p.missing = {"name"};  // ignored: only kind request lists missing items
  p.language = Language::en;
  auto j = nlohmann::ordered_json::parse(parsed_mail_json(p));
  EXPECT_EQ(j["rating"].dump(), "4");
  EXPECT_EQ(j["missing"].dump(), "[]");
  EXPECT_EQ(j["kind"], "rating");
  EXPECT_EQ(j["language"], "en");
  EXPECT_EQ(j["from"].dump(), R"({"address":null,"name":null})");
  EXPECT_EQ(j["message_id"].dump(), "null");
  p.rating = 4.5;
  EXPECT_EQ(nlohmann::ordered_json::parse(parsed_mail_json(p))["rating"].dump(), "4.5");
}

// Every ASCII control, quotes, backslashes, DEL, slashes and multi-byte characters.
std::string nasty() {
  std::string s = "Nama \"Ni Luh\" \\ C:\\data/tabel\x7f Wayan \xC3\xA9 \xE2\x80\x9C\xF0\x9F\x98\x80 ";
  for (int c = 0; c < 0x20; ++c) s += static_cast<char>(c);
  return s + "end";
}

ParsedMail with_strings(const std::string& s, MailKind kind) {
  ParsedMail p;
  p.mail.message_id = s;
  p.mail.from = Address{s, s};
  p.mail.subject = s;
  p.mail.attachments.push_back(AttachmentInfo{s, s, 7, "2"});
  p.mail.attachments.push_back(AttachmentInfo{"", "text/plain", 0, "3"});
  p.kind = kind;
  p.ticket_ref = s;
  p.requester.name = s;
  p.requester.institution = s;
  p.request = s;
  p.missing = {s, "name"};
  p.doubts = {s};
  p.own_text = s;
  p.confidence = {1.0 / 3, 0.005, 1};
  p.rating = kind == MailKind::rating ? std::optional<double>(2.75) : std::nullopt;
  p.thanks_for_received = true;
  return p;
}

TEST(ParsedMailJson, EveryStringFieldEscapedAsNlohmannDumpsIt) {
  for (MailKind kind : {MailKind::request, MailKind::rating, MailKind::reply})
    for (const std::string& s : {nasty(), std::string(), std::string("plain"), std::string(5000, 'x') + nasty()}) {
      const std::string out = parsed_mail_json(with_strings(s, kind));
      const auto j = nlohmann::ordered_json::parse(out);
      EXPECT_EQ(j.dump(), out) << "kind " << to_string(kind);  // canonical: what dump() writes
      if (s.empty()) {
        EXPECT_TRUE(j["subject"].is_null());
        EXPECT_EQ(j["text"], "");  // the text is a string even when empty
        continue;
      }
      for (const char* key : {"message_id", "subject", "ticket_ref", "request", "text"}) EXPECT_EQ(j[key], s) << key;
      EXPECT_EQ(j["from"]["address"], s);
      EXPECT_EQ(j["requester"]["institution"], s);
      EXPECT_EQ(j["attachments"][0]["filename"], s);
      EXPECT_TRUE(j["attachments"][1]["filename"].is_null());
      EXPECT_EQ(j["attachments"][1]["size"], 0);
    }
}

TEST(ParsedMailJson, InvalidUtf8IsReplacedNotThrownOn) {
  const std::string bad = "Rp 5\xA0" "000 \xFF\xC3(";
  const std::string out = parsed_mail_json(with_strings(bad, MailKind::request));
  const auto j = nlohmann::ordered_json::parse(out);
  EXPECT_EQ(j.dump(), out);
  const std::string replaced =
      nlohmann::ordered_json(bad).dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
  EXPECT_EQ(j["text"], nlohmann::ordered_json::parse(replaced));
  EXPECT_NE(j["text"].get<std::string>().find("\xEF\xBF\xBD"), std::string::npos);
}

}  // namespace
}  // namespace pst
