// webhook_payload_test.cc: webhook bodies in the shapes of Meta's documentation (text, button and
// list replies, image, document, statuses with an error, several messages in one body, another
// phone number's change), and hostile ones: wrong object, wrong JSON types, ids that are not ids,
// oversized texts and bodies, invalid UTF-8, too many events.
#include "whatsapp/webhook_payload.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace pst::whatsapp {
namespace {

using json = nlohmann::json;
constexpr const char* kOurs = "123456789012345";

json change(json value, const char* phone_number_id = kOurs) {
  value["messaging_product"] = "whatsapp";
  value["metadata"] = {{"display_phone_number", "6282122115101"}, {"phone_number_id", phone_number_id}};
  return {{"field", "messages"}, {"value", value}};
}

std::string body(std::vector<json> changes) {
  return json{{"object", "whatsapp_business_account"}, {"entry", {{{"id", "102290129340398"}, {"changes", changes}}}}}
      .dump();
}

json text_message(const char* id, const char* from, const char* text) {
  return {{"from", from}, {"id", id}, {"timestamp", "1796004000"}, {"type", "text"}, {"text", {{"body", text}}}};
}

TEST(WebhookPayload, TextMessageWithItsProfileName) {
  const auto b = parse_webhook(body({change({{"contacts", {{{"profile", {{"name", "Putu Ayu"}}}, {"wa_id", "6281234567890"}}}},
                                             {"messages", {text_message("wamid.A1", "6281234567890",
                                                                        "Selamat pagi, saya Putu Ayu dari Undiksha")}}})}),
                               kOurs);
  ASSERT_EQ(b.messages.size(), 1u);
  const auto& m = b.messages[0];
  EXPECT_EQ(m.id, "wamid.A1");
  EXPECT_EQ(m.from, "6281234567890");
  EXPECT_EQ(m.profile_name, "Putu Ayu");
  EXPECT_EQ(m.type, MessageType::text);
  EXPECT_EQ(m.text, "Selamat pagi, saya Putu Ayu dari Undiksha");
  EXPECT_EQ(m.timestamp.time_since_epoch().count(), 1796004000);
  EXPECT_TRUE(b.statuses.empty());
}

TEST(WebhookPayload, RepliesMediaAndSeveralMessagesInOneBody) {
  json button = {{"from", "6281111111111"}, {"id", "wamid.B1"}, {"timestamp", "1796004001"}, {"type", "interactive"},
                 {"interactive", {{"type", "button_reply"}, {"button_reply", {{"id", "rate-5"}, {"title", "5"}}}}},
                 {"context", {{"from", "6282122115101"}, {"id", "wamid.OURS"}}}};
  json list = {{"from", "6281111111111"}, {"id", "wamid.B2"}, {"timestamp", "1796004002"}, {"type", "interactive"},
               {"interactive", {{"type", "list_reply"}, {"list_reply", {{"id", "x"}, {"title", "Pribadi"}}}}}};
  json image = {{"from", "6281111111111"}, {"id", "wamid.B3"}, {"timestamp", "1796004003"}, {"type", "image"},
                {"image", {{"id", "1479537139650973"}, {"mime_type", "image/jpeg"}, {"sha256", "HgarN0f3Q=="},
                           {"caption", "surat permohonan"}}}};
  json document = {{"from", "6281111111111"}, {"id", "wamid.B4"}, {"timestamp", "1796004004"}, {"type", "document"},
                   {"document", {{"id", "9876"}, {"mime_type", "application/pdf"}, {"filename", "Surat.pdf"}}}};
  json unknown = {{"from", "6281111111111"}, {"id", "wamid.B5"}, {"timestamp", "1796004005"}, {"type", "unsupported"},
                  {"errors", {{{"code", 131051}, {"title", "Message type unknown"}}}}};
  const auto b = parse_webhook(body({change({{"messages", {button, list, image, document, unknown}}})}), kOurs);
  ASSERT_EQ(b.messages.size(), 5u);
  EXPECT_EQ(b.messages[0].text, "5");
  EXPECT_EQ(b.messages[0].context_id, "wamid.OURS");
  EXPECT_EQ(b.messages[1].text, "Pribadi");
  ASSERT_TRUE(b.messages[2].media);
  EXPECT_EQ(b.messages[2].media->id, "1479537139650973");
  EXPECT_EQ(b.messages[2].text, "surat permohonan");
  EXPECT_EQ(b.messages[3].media->filename, "Surat.pdf");
  EXPECT_EQ(b.messages[4].type, MessageType::other);
  EXPECT_EQ(b.messages[4].type_name, "unsupported");
}

TEST(WebhookPayload, StatusesWithMetasErrorCode) {
  json sent = {{"id", "wamid.OURS1"}, {"status", "delivered"}, {"timestamp", "1796004100"}, {"recipient_id", "6281234567890"}};
  json failed = {{"id", "wamid.OURS2"}, {"status", "failed"}, {"timestamp", "1796004101"}, {"recipient_id", "6281234567890"},
                 {"errors", {{{"code", 131047}, {"title", "Re-engagement message"}}}}};
  const auto b = parse_webhook(body({change({{"statuses", {sent, failed}}})}), kOurs);
  ASSERT_EQ(b.statuses.size(), 2u);
  EXPECT_EQ(b.statuses[0].status, "delivered");
  EXPECT_FALSE(b.statuses[0].error_code);
  EXPECT_EQ(b.statuses[1].error_code, 131047);
  EXPECT_EQ(b.statuses[1].error_title, "Re-engagement message");
}

TEST(WebhookPayload, AnotherPhoneNumbersChangeIsSkipped) {
  const auto b = parse_webhook(
      body({change({{"messages", {text_message("wamid.X", "6281234567890", "halo")}}}, "999999999999999"),
            change({{"messages", {text_message("wamid.Y", "6281234567890", "halo juga")}}})}),
      kOurs);
  ASSERT_EQ(b.messages.size(), 1u);
  EXPECT_EQ(b.messages[0].id, "wamid.Y");
}

TEST(WebhookPayload, HostileBodiesAreRefusedWithWhereAndWhat) {
  auto with_message = [](json m) { return body({change({{"messages", {m}}})}); };
  json m = text_message("wamid.A1", "6281234567890", "halo");
  struct Case {
    const char* what;
    std::string body;
    const char* says;
  };
  json wrong_from = m;
  wrong_from["from"] = "+62 812-3456";
  json numeric_from = m;
  numeric_from["from"] = 6281234567890;
  json id_with_space = m;
  id_with_space["id"] = "wamid. A1";
  json no_text = m;
  no_text.erase("text");
  json text_is_number = m;
  text_is_number["text"]["body"] = 42;
  json bad_time = m;
  bad_time["timestamp"] = "yesterday";
  json huge = m;
  huge["text"]["body"] = std::string(20000, 'a');
  const std::vector<Case> cases = {
      {"not JSON", "{\"object\":", "not JSON"},
      {"invalid UTF-8", std::string("{\"object\":\"whatsapp_business_account\",\"entry\":[],\"x\":\"\xC3\x28\"}"), "not JSON"},
      {"an array", "[]", "not an object"},
      {"another object", json{{"object", "page"}, {"entry", json::array()}}.dump(), "whatsapp_business_account"},
      {"entry not an array", json{{"object", "whatsapp_business_account"}, {"entry", 5}}.dump(), "not an array"},
      {"from not digits", with_message(wrong_from), "messages[0].from"},
      {"from a number", with_message(numeric_from), "messages[0].from: not a string"},
      {"id with a space", with_message(id_with_space), "messages[0].id"},
      {"text without body", with_message(no_text), "no \"text\""},
      {"body a number", with_message(text_is_number), "text.body: not a string"},
      {"timestamp not a time", with_message(bad_time), "timestamp"},
      {"text over the limit", with_message(huge), "longer than"},
  };
  for (const auto& c : cases) {
    try {
      (void)parse_webhook(c.body, kOurs);
      ADD_FAILURE() << c.what << ": accepted";
    } catch (const WebhookError& e) {
      EXPECT_NE(std::string(e.what()).find(c.says), std::string::npos) << c.what << ": " << e.what();
    }
  }
}

TEST(WebhookPayload, SizeAndCountLimits) {
  WebhookLimits small;
  small.max_body_bytes = 100;
  EXPECT_THROW((void)parse_webhook(std::string(101, ' '), kOurs, small), WebhookError);
  WebhookLimits few;
  few.max_events = 3;
  std::vector<json> many;
  for (int i = 0; i < 4; ++i)
    many.push_back(text_message(("wamid." + std::to_string(i)).c_str(), "6281234567890", "x"));
  EXPECT_THROW((void)parse_webhook(body({change({{"messages", many}})}), kOurs, few), WebhookError);
  many.pop_back();
  EXPECT_EQ(parse_webhook(body({change({{"messages", many}})}), kOurs, few).messages.size(), 3u);
}

}  // namespace
}  // namespace pst::whatsapp
