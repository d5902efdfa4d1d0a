// smtp_client_test.cc: SmtpClient against a real smtp-sink (tests/harness/mailstack.h, one per test)
// with its fault switches, plus a silent scripted server for the timeout. Label integration.
#include "transport/smtp_client.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "tests/harness/mailstack.h"
#include "tests/harness/scripted_server.h"

namespace pst {
namespace {

using namespace std::chrono;
using test::MailStack;
using test::ScriptedServer;

std::string message(int i) {
  return "From: PST <bps5101@bps.go.id>\r\nTo: r@example.test\r\nSubject: [PST-2026-0000" + std::to_string(i) +
         "] Tanda terima\r\nContent-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
         "Terima kasih \xe2\x80\x94 nomor tiket Anda.\r\n.\r\n..two dots\r\n.leading dot\r\nend\r\n";
}

std::string crlf_to_lf(std::string s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\r' && i + 1 < s.size() && s[i + 1] == '\n') continue;
    out += s[i];
  }
  return out;
}

class SmtpClientTest : public ::testing::Test {
 protected:
  MailServerOptions options() const {
    return {.url = stack.smtp_url(), .allow_insecure = true, .connect_timeout = seconds{5}, .timeout = seconds{10}};
  }
  MailStack stack;
};

TEST_F(SmtpClientTest, DeliversTheExactBytes) {
  SmtpClient client(options());
  auto out = client.send("bps5101@bps.go.id", {"r@example.test", "cc@example.test"}, message(1));
  ASSERT_EQ(out.kind, SmtpOutcomeKind::delivered) << out.message;
  EXPECT_EQ(out.code, 250);
  EXPECT_FALSE(out.error);
  auto got = stack.wait_for_received(1, seconds{5});
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].mail_from, "bps5101@bps.go.id");
  EXPECT_EQ(got[0].rcpt_to, (std::vector<std::string>{"r@example.test", "cc@example.test"}));
  // smtp-sink stores LF lines and undoes dot-stuffing: equal means every byte and dot survived.
  EXPECT_EQ(got[0].message, crlf_to_lf(message(1)));
}

TEST_F(SmtpClientTest, NullSenderAndOneConnectionForADrain) {
  SmtpClient client(options());
  for (int i = 1; i <= 3; ++i) {
    auto out = client.send(i == 2 ? "" : "bps5101@bps.go.id", {"r" + std::to_string(i) + "@example.test"}, message(i));
    ASSERT_EQ(out.kind, SmtpOutcomeKind::delivered) << out.message;
  }
  EXPECT_EQ(client.connections_opened(), 1);
  auto got = stack.wait_for_received(3, seconds{5});
  ASSERT_EQ(got.size(), 3u);
  // Files written within one clock tick have no order: match by content.
  EXPECT_EQ(std::count_if(got.begin(), got.end(), [](const auto& m) { return m.mail_from.empty(); }), 1);
  EXPECT_EQ(std::count_if(got.begin(), got.end(), [](const auto& m) { return m.rcpt_to.size() == 1; }), 3);
}

TEST_F(SmtpClientTest, ServerFaultsAreClassified) {
  struct Case {
    std::vector<std::string> flags;
    SmtpOutcomeKind want;
    int code;
  } cases[] = {
      {{"-Q", "."}, SmtpOutcomeKind::temporary, 421},                              // 421 and hang up after DATA
      {{"-r", ".", "-b", "451 4.3.0 Try again later"}, SmtpOutcomeKind::temporary, 451},
      {{"-r", "RCPT", "-b", "450 4.2.1 Mailbox busy"}, SmtpOutcomeKind::temporary, 450},
      {{"-f", "RCPT", "-B", "550 5.1.1 No such user"}, SmtpOutcomeKind::permanent, 550},
      {{"-f", ".", "-B", "554 5.7.1 Rejected"}, SmtpOutcomeKind::permanent, 554},
      {{"-f", "MAIL", "-B", "553 5.1.8 Bad sender"}, SmtpOutcomeKind::permanent, 553},
  };
  for (const auto& c : cases) {
    stack.stop_smtp();
    stack.start_smtp(c.flags);
    SmtpClient client(options());
    auto out = client.send("bps5101@bps.go.id", {"r@example.test"}, message(1));
    EXPECT_EQ(out.kind, c.want) << c.flags[1] << ": " << out.message;
    EXPECT_EQ(out.code, c.code) << c.flags[1] << ": " << out.message;
    EXPECT_NE(out.message.find(stack.smtp_url()), std::string::npos) << out.message;
    EXPECT_FALSE(out.error) << c.flags[1] << ": a reply about the mail, not a broken session";
    const std::string reply = c.flags.size() > 3 ? c.flags[3] : "421 4.0.0 Server closing connection";
    EXPECT_TRUE(out.message.ends_with(": server said \"" + reply + "\"")) << out.message;
  }
}

TEST_F(SmtpClientTest, ReceiverDownIsTemporaryAndTheSameClientCarriesOnWhenItIsBack) {
  SmtpClient client(options());
  ASSERT_EQ(client.send("a@b.test", {"r@example.test"}, message(1)).kind, SmtpOutcomeKind::delivered);
  stack.stop_smtp();
  auto out = client.send("a@b.test", {"r@example.test"}, message(2));
  EXPECT_EQ(out.kind, SmtpOutcomeKind::temporary) << out.message;
  EXPECT_EQ(out.error, ErrorKind::connection) << out.message;
  EXPECT_EQ(out.code, 0);
  stack.start_smtp();
  out = client.send("a@b.test", {"r@example.test"}, message(3));
  EXPECT_EQ(out.kind, SmtpOutcomeKind::delivered) << out.message;
  auto got = stack.wait_for_received(2, seconds{5});
  ASSERT_EQ(got.size(), 2u);
  EXPECT_EQ(got[1].message, crlf_to_lf(message(3)));
}

TEST_F(SmtpClientTest, StartTlsRequiredUnlessAllowInsecure) {
  // smtp-sink offers no STARTTLS: without allow_insecure nothing may be sent.
  auto o = options();
  o.allow_insecure = false;
  SmtpClient client(o);
  auto out = client.send("a@b.test", {"r@example.test"}, message(1));
  EXPECT_EQ(out.kind, SmtpOutcomeKind::temporary) << out.message;
  EXPECT_EQ(out.error, ErrorKind::tls) << out.message;
  EXPECT_TRUE(stack.received().empty());
}

TEST(SmtpClientScripted, SilentServerHitsTheTimeout) {
  ScriptedServer server("");
  SmtpClient client({.url = "smtp://127.0.0.1:" + std::to_string(server.port()),
                     .allow_insecure = true,
                     .connect_timeout = milliseconds{700},
                     .timeout = milliseconds{1000}});
  auto start = steady_clock::now();
  auto out = client.send("a@b.test", {"r@example.test"}, message(1));
  EXPECT_LT(steady_clock::now() - start, seconds{3});
  EXPECT_EQ(out.kind, SmtpOutcomeKind::temporary) << out.message;
  EXPECT_EQ(out.error, ErrorKind::timeout) << out.message;
}

}  // namespace
}  // namespace pst
