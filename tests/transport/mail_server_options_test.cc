// mail_server_options_test.cc: URL scheme checks and redaction (exact wording).
#include "transport/mail_server_options.h"

#include <gtest/gtest.h>

namespace pst {
namespace {

TEST(CheckOptions, AcceptsMatchingSchemes) {
  EXPECT_FALSE(check_options({.url = "imaps://mail.example/INBOX"}, MailProtocol::imap));
  EXPECT_FALSE(check_options({.url = "imap://mail.example/INBOX"}, MailProtocol::imap));
  EXPECT_FALSE(check_options({.url = "smtps://mail.example"}, MailProtocol::smtp));
  EXPECT_FALSE(check_options({.url = "SMTP://mail.example:587"}, MailProtocol::smtp));
}

TEST(CheckOptions, RefusesOtherSchemes) {
  auto e = check_options({.url = "http://mail.example/INBOX"}, MailProtocol::imap);
  ASSERT_TRUE(e);
  EXPECT_EQ(e->kind, ErrorKind::invalid_argument);
  EXPECT_EQ(e->message, "http://mail.example/INBOX: expected a imaps:// or imap:// URL");
  e = check_options({.url = "imaps://mail.example"}, MailProtocol::smtp);
  ASSERT_TRUE(e);
  EXPECT_EQ(e->message, "imaps://mail.example: expected a smtps:// or smtp:// URL");
}

TEST(CheckOptions, RefusesCredentialsInUrlWithoutShowingThem) {
  auto e = check_options({.url = "imaps://pst:s3cret@mail.example/INBOX"}, MailProtocol::imap);
  ASSERT_TRUE(e);
  EXPECT_EQ(e->message,
            "imaps://mail.example/INBOX: credentials in the URL are not allowed (use user and the password file)");
  EXPECT_EQ(e->message.find("s3cret"), std::string::npos);
}

TEST(CheckOptions, RefusesControlCharactersAndZeroTimeouts) {
  EXPECT_TRUE(check_options({.url = "imaps://mail.example/INBOX\r\nA1 LOGOUT"}, MailProtocol::imap));
  EXPECT_TRUE(check_options({.url = "imaps://mail.example/INBOX", .user = "a\nb"}, MailProtocol::imap));
  EXPECT_TRUE(check_options({.url = "imaps://mail.example/INBOX", .connect_timeout = std::chrono::milliseconds{0}},
                            MailProtocol::imap));
}

TEST(RedactUrl, Table) {
  EXPECT_EQ(redact_url("imaps://u:p@h/INBOX"), "imaps://h/INBOX");
  EXPECT_EQ(redact_url("imaps://h/a@b"), "imaps://h/a@b");
  EXPECT_EQ(redact_url("smtp://h"), "smtp://h");
  EXPECT_EQ(redact_url("nonsense"), "nonsense");
}

}  // namespace
}  // namespace pst
