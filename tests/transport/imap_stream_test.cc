// imap_stream_test.cc: the self-driven IMAP connection against a real Dovecot: tagged commands,
// literals, and the IDLE building blocks (issue 10 builds the daemon side on them). Label integration.
#include "transport/imap_stream.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "tests/harness/mailstack.h"

namespace pst {
namespace {

using namespace std::chrono;
using test::MailStack;

class ImapStreamTest : public ::testing::Test {
 protected:
  MailServerOptions options() const {
    return {.url = stack.imaps_url(),
            .user = stack.user(),
            .password = stack.password(),
            .ca_file = stack.ca_file().string(),
            .connect_timeout = seconds{5},
            .timeout = seconds{5}};
  }
  MailStack stack;
};

TEST_F(ImapStreamTest, IdleReportsNewMailAndEndsWithDone) {
  ImapStream s(options(), {});
  ASSERT_TRUE(s.connect());
  std::vector<std::string> untagged;
  ASSERT_TRUE(s.run("SELECT INBOX", [&](ImapResponse&& r) { untagged.push_back(r.text); }));
  EXPECT_NE(std::find(untagged.begin(), untagged.end(), "0 EXISTS"), untagged.end());

  auto tag = s.send_command("IDLE");
  ASSERT_TRUE(tag) << tag.error().message;
  auto r = s.read(seconds{5});
  ASSERT_TRUE(r && *r) << (r ? "nothing" : r.error().message);
  EXPECT_EQ((*r)->kind, ImapResponse::Kind::continuation);
  // Nothing happens: a quiet wait, not an error.
  r = s.read(milliseconds{200});
  ASSERT_TRUE(r);
  EXPECT_FALSE(*r);

  stack.deliver("Subject: pushed\r\n\r\nbody\r\n");
  bool exists = false;
  for (auto deadline = steady_clock::now() + seconds{10}; !exists && steady_clock::now() < deadline;) {
    r = s.read(seconds{1});
    ASSERT_TRUE(r) << r.error().message;
    if (*r && (*r)->kind == ImapResponse::Kind::untagged && (*r)->text == "1 EXISTS") exists = true;
  }
  EXPECT_TRUE(exists);

  ASSERT_TRUE(s.send_line("DONE"));
  for (;;) {
    r = s.read(seconds{5});
    ASSERT_TRUE(r && *r);
    if ((*r)->kind == ImapResponse::Kind::tagged) break;
  }
  EXPECT_EQ((*r)->tag, *tag);
  EXPECT_EQ((*r)->text.substr(0, 2), "OK");
}

TEST_F(ImapStreamTest, CommandErrorsAndInjectionAreRefused) {
  ImapStream s(options(), {});
  ASSERT_TRUE(s.connect());
  auto r = s.run("SELECT NoSuchFolder", [](ImapResponse&&) {});
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().kind, ErrorKind::protocol);
  EXPECT_NE(r.error().message.find(": SELECT NoSuchFolder: NO "), std::string::npos) << r.error().message;
  auto bad = s.run("NOOP\r\nP9 LOGOUT", [](ImapResponse&&) {});
  ASSERT_FALSE(bad);
  EXPECT_EQ(bad.error().kind, ErrorKind::invalid_argument);
  EXPECT_TRUE(s.run("NOOP", [](ImapResponse&&) {}));
}

}  // namespace
}  // namespace pst
