// parsed_mail_json_test.cc: the exact `pstmaild parse` object (issue 3 item 7).
#include "parsers/parsed_mail_json.h"

#include <gtest/gtest.h>

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
  EXPECT_EQ(to_json(p).dump(),
            R"({"message_id":"abc@x.id","from":{"address":"budi@gmail.com","name":"Budi"},)"
            R"("subject":"Permohonan data","kind":"request","ticket_ref":null,)"
            R"("requester":{"name":"Budi Santoso","institution":null},"request":"Data kemiskinan 2024",)"
            R"("missing":["institution"],"confidence":{"name":0.9,"institution":0.4,"request":0.9},)"
            R"("doubts":["institution: the text names an organisation \"Dinas Sosial\""],)"
            R"("rating":null,"language":"id","text":"Saya Budi Santoso.",)"
            R"("attachments":[{"filename":"Surat.pdf","content_type":"application/pdf","size":123}]})");
}

TEST(ParsedMailJson, RatingIsAWholeNumberWhenWhole) {
  ParsedMail p;
  p.kind = MailKind::rating;
  p.rating = 4;
  p.ticket_ref = "PST-2026-00042";
  p.missing = {"name"};  // ignored: only kind request lists missing items
  p.language = Language::en;
  auto j = to_json(p);
  EXPECT_EQ(j["rating"].dump(), "4");
  EXPECT_EQ(j["missing"].dump(), "[]");
  EXPECT_EQ(j["kind"], "rating");
  EXPECT_EQ(j["language"], "en");
  EXPECT_EQ(j["from"].dump(), R"({"address":null,"name":null})");
  EXPECT_EQ(j["message_id"].dump(), "null");
  p.rating = 4.5;
  EXPECT_EQ(to_json(p)["rating"].dump(), "4.5");
}

}  // namespace
}  // namespace pst
