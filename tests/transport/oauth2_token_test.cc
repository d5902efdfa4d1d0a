// oauth2_token_test.cc: the token endpoint's answers (RFC 6749 5.1/5.2) and the grant's form body.
#include "transport/oauth2_token.h"

#include <gtest/gtest.h>

namespace pst {
namespace {

TEST(OAuth2Token, AnswerWithTokenExpiryAndRotation) {
  auto a = parse_token_answer(200, R"({"token_type":"Bearer","access_token":"eyJ0","expires_in":3599,"refresh_token":"R2"})");
  ASSERT_TRUE(a);
  EXPECT_EQ(a->access_token, "eyJ0");
  EXPECT_EQ(a->expires_in, std::chrono::seconds(3599));
  EXPECT_EQ(a->refresh_token, std::optional<std::string>("R2"));
  auto google = parse_token_answer(200, R"({"access_token":"ya29","expires_in":"3600","scope":"https://mail.google.com/"})");
  ASSERT_TRUE(google);
  EXPECT_EQ(google->expires_in, std::chrono::seconds(3600));
  EXPECT_FALSE(google->refresh_token);
}

TEST(OAuth2Token, ErrorsInTheProvidersWordsAndNoSecret) {
  auto e = parse_token_answer(400, R"({"error":"invalid_grant","error_description":"AADSTS700082: expired\r\n"})");
  ASSERT_FALSE(e);
  EXPECT_EQ(e.error().kind, ErrorKind::auth);
  EXPECT_EQ(e.error().message, "token endpoint: HTTP 400: invalid_grant: AADSTS700082: expired  ");
  EXPECT_EQ(parse_token_answer(503, "{\"error\":\"temporarily_unavailable\"}").error().kind, ErrorKind::connection);
  EXPECT_EQ(parse_token_answer(200, "<html>login</html>").error().kind, ErrorKind::protocol);
  EXPECT_EQ(parse_token_answer(200, R"({"token_type":"Bearer"})").error().kind, ErrorKind::auth);
}

TEST(OAuth2Token, GrantBodyIsFormEncoded) {
  OAuth2Settings s;
  s.client_id = "id 1";
  s.refresh_token = "r/+=&x";
  s.scope = "https://outlook.office.com/IMAP.AccessAsUser.All offline_access";
  EXPECT_EQ(refresh_grant_body(s),
            "grant_type=refresh_token&refresh_token=r%2F%2B%3D%26x&client_id=id%201"
            "&scope=https%3A%2F%2Foutlook.office.com%2FIMAP.AccessAsUser.All%20offline_access");
  s.client_secret = "s&s";
  EXPECT_NE(refresh_grant_body(s).find("&client_secret=s%26s"), std::string::npos);
}

}  // namespace
}  // namespace pst
