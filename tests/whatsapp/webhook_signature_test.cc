// webhook_signature_test.cc: a webhook is accepted only with Meta's signature of its exact bytes.
// The expected value of the first case is independent of our code: HMAC-SHA256 from RFC 4231
// (test case 2: key "Jefe", data "what do ya want for nothing?").
#include "whatsapp/webhook_signature.h"

#include <gtest/gtest.h>

namespace pst::whatsapp {
namespace {

constexpr std::string_view kRfc4231Mac = "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843";

TEST(WebhookSignature, MatchesTheStandardsTestVector) {
  const std::string header = "sha256=" + std::string(kRfc4231Mac);
  EXPECT_EQ(webhook_signature("Jefe", "what do ya want for nothing?"), header);
  EXPECT_TRUE(webhook_signature_valid("Jefe", "what do ya want for nothing?", header));
}

TEST(WebhookSignature, UpperCaseHexIsTheSameSignature) {
  std::string upper = "sha256=";
  for (char c : kRfc4231Mac) upper += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  EXPECT_TRUE(webhook_signature_valid("Jefe", "what do ya want for nothing?", upper));
}

TEST(WebhookSignature, AnyChangeIsRefused) {
  const std::string body = R"({"object":"whatsapp_business_account","entry":[]})";
  const std::string good = webhook_signature("app-secret", body);
  ASSERT_TRUE(webhook_signature_valid("app-secret", body, good));
  struct Attack {
    const char* what;
    std::string secret, body, header;
  };
  std::string flipped = good;
  flipped.back() = flipped.back() == '0' ? '1' : '0';
  const std::vector<Attack> attacks = {
      {"another secret", "app-secret2", body, good},
      {"a body changed by one byte", "app-secret", body + " ", good},
      {"one digit of the mac changed", "app-secret", body, flipped},
      {"no header", "app-secret", body, ""},
      {"no prefix", "app-secret", body, good.substr(7)},
      {"sha1 prefix", "app-secret", body, "sha1=" + good.substr(7)},
      {"mac cut short", "app-secret", body, good.substr(0, good.size() - 2)},
      {"mac too long", "app-secret", body, good + "00"},
      {"not hex", "app-secret", body, "sha256=" + std::string(64, 'g')},
      {"spaces around", "app-secret", body, " " + good},
      {"empty secret signs nothing", "", body, webhook_signature("", body)},
  };
  for (const auto& a : attacks) EXPECT_FALSE(webhook_signature_valid(a.secret, a.body, a.header)) << a.what;
}

}  // namespace
}  // namespace pst::whatsapp
