// mailserver_test.cc: what real IMAP servers do that Dovecot's defaults hide (issue 20), each made
// real in the test's own Dovecot (DIR/etc/extra.conf):
//   - a server that advertises a mechanism it cannot serve (GSSAPI): imap.auth: plain logs in;
//   - a processed folder that does not exist: the server's own words in the log and in pstq
//     status, the mail kept for a retry, moved on the poll after the folder exists;
//   - a server without MOVE and UIDPLUS: copy, \Seen + \Deleted on the original, said once;
//   - a server that does not keep \Seen (an ACL without the 's' right): noticed, listed by pstq
//     status with the UID, retried.
#include <fstream>
#include <iterator>

#include <fmt/format.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "tests/integration/daemon_fixture.h"

namespace pst::test {
namespace {

using namespace std::chrono_literals;

class MailServerTest : public DaemonTest {
 protected:
  nlohmann::json status() {
    std::string out;
    last_status_code_ = run_pstq(PSTQ_BINARY, "status --json", "", out);
    try {
      return nlohmann::json::parse(out);
    } catch (const std::exception&) {
      ADD_FAILURE() << out;
      return {};
    }
  }
  int last_status_code_ = -1;
};

TEST_F(MailServerTest, AServerAdvertisingGssapiIsLoggedIntoWithImapAuthPlain) {
  dovecot_extra(
      "imap_capability = IMAP4rev1 SASL-IR LOGIN-REFERRALS ID ENABLE IDLE LITERAL+ AUTH=GSSAPI AUTH=PLAIN "
      "AUTH=LOGIN\n");
  stack_->deliver(complete_request(1));
  // auto: libcurl picks GSSAPI and does not fall back.
  EXPECT_NE(run_once(), 0) << output_;
  EXPECT_EQ(count("SELECT count(*) FROM messages"), 0);
  ConfigOverrides o;
  o.imap_auth = "plain";
  write_config(o);
  ASSERT_EQ(run_daemon({"--check-config"}), 0) << output_;
  ASSERT_EQ(run_once(), 0) << output_;
  EXPECT_EQ(count("SELECT count(*) FROM tickets"), 1) << output_;
}

TEST_F(MailServerTest, CredentialsOrLoginOptionsInTheUrlAreRefusedByCheckConfigAsByTheDaemon) {
  write_config();
  std::string yaml;
  {
    std::ifstream f(config_path());
    yaml.assign(std::istreambuf_iterator<char>(f), std::istreambuf_iterator<char>());
  }
  const std::string url = stack_->imaps_url();
  yaml.replace(yaml.find(url), url.size(), "imaps://;AUTH=PLAIN@127.0.0.1:" + std::to_string(stack_->imaps_port()) +
                                               "/INBOX");
  std::ofstream(config_path()) << yaml;
  EXPECT_NE(run_daemon({"--check-config"}), 0) << output_;
  EXPECT_NE(output_.find("imap.auth"), std::string::npos) << output_;
}

TEST_F(MailServerTest, AMissingProcessedFolderIsReportedInTheServersWordsAndRetried) {
  ConfigOverrides o;
  o.processed_folder = "PST/Processed";  // Dovecot here only has "Processed"
  write_config(o);
  stack_->deliver(complete_request(2));
  ASSERT_EQ(run_once(), 0) << output_;
  EXPECT_EQ(count("SELECT count(*) FROM tickets"), 1) << "the mail is stored and acted on";
  EXPECT_NE(output_.find("Mailbox doesn't exist"), std::string::npos) << "Dovecot's own words: " << output_;
  EXPECT_NE(output_.find("retried on the next poll"), std::string::npos) << output_;
  EXPECT_EQ(stack_->uids_in("INBOX").size(), 1u);

  // --check-server says the same before any mail is touched.
  EXPECT_EQ(run_daemon({"--check-server"}), 1) << output_;
  EXPECT_NE(output_.find("\"PST/Processed\" cannot be used"), std::string::npos) << output_;
  EXPECT_NE(output_.find("Mailbox doesn't exist"), std::string::npos) << output_;

  nlohmann::json st = status();
  EXPECT_EQ(last_status_code_, 1);
  EXPECT_EQ(st["server_marks"]["pending"], 1) << st.dump(2);
  EXPECT_NE(st["server_marks"]["last_error"].get<std::string>().find("Mailbox doesn't exist"), std::string::npos)
      << st.dump(2);
  bool listed = false;
  for (const auto& p : st["problems"]) listed = listed || p.get<std::string>().find("not moved to PST/Processed") != std::string::npos;
  EXPECT_TRUE(listed) << st.dump(2);

  // The folder appears; the next poll (nothing new) moves the mail.
  stack_->run("doveadm", {"mailbox", "create", "-u", stack_->user(), "PST/Processed"});
  EXPECT_EQ(run_daemon({"--check-server"}), 0) << output_;
  EXPECT_NE(output_.find("will be moved to \"PST/Processed\" (UID MOVE)"), std::string::npos) << output_;
  ASSERT_EQ(run_once(), 0) << output_;
  EXPECT_EQ(stack_->uids_in("PST/Processed").size(), 1u) << output_;
  EXPECT_TRUE(stack_->uids_in("INBOX").empty());
  st = status();
  EXPECT_EQ(st["server_marks"]["pending"], 0) << st.dump(2);
  EXPECT_EQ(count("SELECT count(*) FROM tickets"), 1) << "nothing ticketed twice";
}

TEST_F(MailServerTest, WithoutMoveAndUidplusTheMailIsCopiedAndLeftSeenAndDeleted) {
  dovecot_extra(
      "protocol imap {\n  imap_capability = IMAP4rev1 SASL-IR LOGIN-REFERRALS ID ENABLE IDLE LITERAL+ NAMESPACE "
      "CHILDREN UNSELECT\n}\n");
  ConfigOverrides o;
  o.processed_folder = "Processed";
  write_config(o);
  stack_->deliver(complete_request(3));
  EXPECT_EQ(run_daemon({"--check-server"}), 0) << output_;
  EXPECT_NE(output_.find("MOVE no, UIDPLUS no"), std::string::npos) << output_;
  EXPECT_NE(output_.find("marked \\Seen and \\Deleted"), std::string::npos) << output_;
  ASSERT_EQ(run_once(), 0) << output_;
  EXPECT_NE(output_.find("neither MOVE nor UIDPLUS"), std::string::npos) << output_;
  EXPECT_EQ(stack_->uids_in("Processed").size(), 1u) << output_;
  const auto inbox = stack_->uids_in("INBOX");
  ASSERT_EQ(inbox.size(), 1u);
  const std::string flags = stack_->flags_of(inbox[0]);
  EXPECT_NE(flags.find("\\Seen"), std::string::npos) << flags;
  EXPECT_NE(flags.find("\\Deleted"), std::string::npos) << flags;
  EXPECT_EQ(count("SELECT count(*) FROM server_marks"), 0);
}

TEST_F(MailServerTest, AServerThatDoesNotKeepSeenIsNoticedAndListed) {
  // The owner may read and write but not set \Seen (RFC 4314 right 's'): STORE answers OK and the
  // flag is silently not kept.
  std::ofstream(stack_->dir() / "etc" / "global-acl") << "* owner lrwitekxa\n";
  dovecot_extra(fmt::format("mail_plugins = $mail_plugins acl\nprotocol imap {{\n  mail_plugins = $mail_plugins "
                            "imap_acl\n}}\nplugin {{\n  acl = vfile:{}\n}}\n",
                            (stack_->dir() / "etc" / "global-acl").string()));
  write_config();
  stack_->deliver(complete_request(4));
  ASSERT_EQ(run_once(), 0) << output_;
  EXPECT_EQ(count("SELECT count(*) FROM tickets"), 1);
  const auto inbox = stack_->uids_in("INBOX");
  ASSERT_EQ(inbox.size(), 1u);
  EXPECT_EQ(stack_->flags_of(inbox[0]).find("\\Seen"), std::string::npos) << "the ACL did not work";
  EXPECT_NE(output_.find(fmt::format("(UID {})", inbox[0])), std::string::npos) << output_;
  EXPECT_NE(output_.find("Seen"), std::string::npos) << output_;
  nlohmann::json st = status();
  EXPECT_EQ(st["server_marks"]["pending"], 1) << st.dump(2);
  EXPECT_EQ(st["server_marks"]["uids"][0], inbox[0]);
  // Still not kept on the next poll: still listed, tried again, not ticketed twice.
  ASSERT_EQ(run_once(), 0) << output_;
  EXPECT_EQ(count("SELECT attempts FROM server_marks"), 2);
  EXPECT_EQ(count("SELECT count(*) FROM tickets"), 1);
}

// Every IMAP connection pstmaild opens (curl's, and the fetch stream's) ends with LOGOUT: the
// server logs "Logged out", never "Disconnected" for a connection that was just dropped.
TEST_F(MailServerTest, ConnectionsEndWithLogout) {
  write_config();
  stack_->deliver(complete_request(5));
  ASSERT_EQ(run_once(), 0) << output_;
  ASSERT_EQ(run_once(), 0) << output_;
  const std::string log = stack_->dovecot_log_with("Logged out", 2);
  std::size_t logged_out = 0, dropped = 0;
  for (std::size_t at = 0; (at = log.find("imap(", at)) != std::string::npos; ++at) {
    const std::size_t end = log.find('\n', at);
    const std::string line = log.substr(at, end - at);
    if (line.find("Logged out") != std::string::npos) ++logged_out;
    if (line.find("Disconnected") != std::string::npos && line.find("Logged out") == std::string::npos) ++dropped;
  }
  EXPECT_GE(logged_out, 2u) << log;
  EXPECT_EQ(dropped, 0u) << log;
}

}  // namespace
}  // namespace pst::test
