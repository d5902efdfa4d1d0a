// spine_test.cc: a mail in the office mailbox becomes one ticket and one acknowledgement, through a
// real Dovecot and a real smtp-sink on 127.0.0.1, with the real pstmaild binary.
#include <signal.h>

#include <chrono>
#include <filesystem>
#include <functional>
#include <regex>
#include <fstream>
#include <thread>

#include <gtest/gtest.h>

#include "tests/integration/daemon_fixture.h"

namespace pst::test {
namespace {

using namespace std::chrono_literals;

ConfigOverrides with(const std::function<void(ConfigOverrides&)>& set) {
  ConfigOverrides o;
  set(o);
  return o;
}

std::string header_of(const std::string& message, const std::string& name) {
  std::regex re("(^|\n)" + name + ": ([^\n]*)", std::regex::icase);
  std::smatch m;
  return std::regex_search(message, m, re) ? m[2].str() : "";
}

TEST_F(DaemonTest, DeliveredMailBecomesOneTicketAndOneAcknowledgement) {
  stack_->deliver(complete_request(1));
  ASSERT_EQ(run_once(), 0) << output_;
  EXPECT_EQ(count("SELECT count(*) FROM tickets"), 1);
  EXPECT_EQ(count("SELECT count(*) FROM messages WHERE state = 'processed'"), 1);

  auto got = stack_->wait_for_received(1, 10s);
  ASSERT_EQ(got.size(), 1u);
  const std::string& m = got[0].message;
  EXPECT_EQ(got[0].rcpt_to, std::vector<std::string>{"putu.lestari@student.example.ac.id"});
  EXPECT_EQ(got[0].mail_from, "bps5101@bps.go.id");
  EXPECT_TRUE(std::regex_search(header_of(m, "Subject"), std::regex(R"(^\[PST-\d{4}-00001\] )"))) << m;
  EXPECT_EQ(header_of(m, "In-Reply-To"), "<request-1@mail.example.test>");
  EXPECT_NE(header_of(m, "References").find("<request-1@mail.example.test>"), std::string::npos);
  EXPECT_EQ(header_of(m, "Auto-Submitted"), "auto-replied");
  EXPECT_TRUE(std::regex_search(header_of(m, "Message-ID"), std::regex(R"(^<pstmail\.PST-\d{4}-00001\.[0-9a-f]+@bps\.go\.id>$)")))
      << m;
  EXPECT_NE(header_of(m, "Date"), "");
  EXPECT_EQ(stack_->flags_of(1).find("\\Seen") != std::string::npos, true);

  // A second run processes nothing twice.
  ASSERT_EQ(run_once(), 0) << output_;
  std::this_thread::sleep_for(500ms);
  EXPECT_EQ(stack_->received().size(), 1u);
  EXPECT_EQ(count("SELECT count(*) FROM tickets"), 1);
  EXPECT_EQ(count("SELECT count(*) FROM messages"), 1);
}

TEST_F(DaemonTest, MailArrivingWhileTheSmtpReceiverIsDownIsAcknowledgedWhenItIsBack) {
  stack_->stop_smtp();
  stack_->deliver(complete_request(2));
  EXPECT_EQ(run_once(), 1) << "the drain failed: exit 1";
  EXPECT_NE(output_.find("send failed"), std::string::npos) << output_;
  EXPECT_EQ(count("SELECT count(*) FROM tickets"), 1);
  EXPECT_EQ(count("SELECT count(*) FROM outbox WHERE state = 'queued' AND attempts = 1"), 1);
  stack_->start_smtp();
  std::this_thread::sleep_for(1100ms);  // retry_min_seconds: 1
  ASSERT_EQ(run_once(), 0) << output_;
  auto got = stack_->wait_for_received(1, 10s);
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(header_of(got[0].message, "In-Reply-To"), "<request-2@mail.example.test>");
  EXPECT_EQ(count("SELECT count(*) FROM outbox WHERE state = 'sent'"), 1);
}

TEST_F(DaemonTest, PermanentRejectionMarksTheMailFailedOnTheTicket) {
  stack_->stop_smtp();
  stack_->start_smtp({"-f", "RCPT"});  // smtp-sink: hard (5xx) reject of RCPT TO
  stack_->deliver(complete_request(3));
  run_once();
  EXPECT_EQ(count("SELECT count(*) FROM outbox WHERE state = 'failed'"), 1) << output_;
  EXPECT_EQ(count("SELECT count(*) FROM events WHERE type = 'mail_failed'"), 1);
}

TEST_F(DaemonTest, ImapsNeedsTheTestCaAndPlainImapNeedsAllowInsecure) {
  stack_->deliver(complete_request(4));
  write_config(with([](ConfigOverrides& o) { o.imaps = true; o.with_ca = false; }));
  EXPECT_EQ(run_once(), 1);
  EXPECT_NE(output_.find("poll failed"), std::string::npos) << output_;
  EXPECT_EQ(count("SELECT count(*) FROM messages"), 0);

  write_config(with([](ConfigOverrides& o) { o.imaps = true; o.with_ca = true; }));
  EXPECT_EQ(run_once(), 0) << output_;
  EXPECT_EQ(count("SELECT count(*) FROM messages"), 1);
}

TEST_F(DaemonTest, MailReadByAnotherClientBeforeThePollIsStillIngested) {
  stack_->deliver({complete_request(5), complete_request(6)});
  stack_->mark_seen_by_other_client(1);
  stack_->mark_seen_by_other_client(2);
  ASSERT_EQ(run_once(), 0) << output_;
  EXPECT_EQ(count("SELECT count(*) FROM tickets"), 2);
  EXPECT_EQ(stack_->wait_for_received(2, 10s).size(), 2u);
}

TEST_F(DaemonTest, ProcessedFolderReceivesTheMailAfterItIsStored) {
  write_config(with([](ConfigOverrides& o) { o.processed_folder = "Processed"; }));
  stack_->run("doveadm", {"mailbox", "create", "-u", stack_->user(), "Processed"});
  stack_->deliver(complete_request(7));
  ASSERT_EQ(run_once(), 0) << output_;
  EXPECT_TRUE(stack_->uids_in("INBOX").empty());
  EXPECT_EQ(stack_->uids_in("Processed").size(), 1u);
  EXPECT_EQ(count("SELECT count(*) FROM messages"), 1);
}

TEST_F(DaemonTest, UidValidityChangeResyncsWithoutDuplicates) {
  stack_->deliver(complete_request(8));
  ASSERT_EQ(run_once(), 0) << output_;
  // Make Dovecot forget its UID list: it assigns a new UIDVALIDITY and renumbers the same mail.
  stack_->stop_imap();
  for (const auto& e : std::filesystem::directory_iterator(stack_->maildir()))
    if (e.path().filename().string().rfind("dovecot", 0) == 0) std::filesystem::remove_all(e.path());
  std::this_thread::sleep_for(1100ms);  // UIDVALIDITY is a timestamp
  stack_->start_imap();
  stack_->deliver(complete_request(9));
  ASSERT_EQ(run_once(), 0) << output_;
  EXPECT_NE(output_.find("UIDVALIDITY changed"), std::string::npos) << output_;
  EXPECT_EQ(count("SELECT count(*) FROM messages"), 2);
  EXPECT_EQ(count("SELECT count(*) FROM tickets"), 2);
  EXPECT_EQ(stack_->wait_for_received(2, 10s).size(), 2u);
  std::this_thread::sleep_for(300ms);
  EXPECT_EQ(stack_->received().size(), 2u);
}

TEST_F(DaemonTest, DaemonAcknowledgesWhileRunningAndStopsCleanlyOnSigterm) {
  write_config(with([](ConfigOverrides& o) { o.poll_seconds = 1; }));
  start_background();
  stack_->deliver(complete_request(10));
  auto got = stack_->wait_for_received(1, 20s);
  EXPECT_EQ(got.size(), 1u) << daemon_log();
  EXPECT_EQ(stop_background(SIGTERM), 0) << daemon_log();
  EXPECT_NE(daemon_log().find("SIGTERM: stopping"), std::string::npos) << daemon_log();
  EXPECT_NE(daemon_log().find("stopped"), std::string::npos) << daemon_log();
}

TEST_F(DaemonTest, SighupReloadsTheConfigAndKeepsTheOldOneWhenBroken) {
  write_config(with([](ConfigOverrides& o) { o.poll_seconds = 1; }));
  start_background();
  std::this_thread::sleep_for(500ms);
  {
    std::ofstream(config_path(), std::ios::app) << "office:\n  bogus: 1\n";
  }
  ::kill(daemon_pid_, SIGHUP);
  std::this_thread::sleep_for(2500ms);
  stack_->deliver(complete_request(11));
  EXPECT_EQ(stack_->wait_for_received(1, 20s).size(), 1u) << daemon_log();
  EXPECT_NE(daemon_log().find("configuration NOT reloaded"), std::string::npos) << daemon_log();
  write_config(with([](ConfigOverrides& o) { o.poll_seconds = 1; }));
  ::kill(daemon_pid_, SIGHUP);
  std::this_thread::sleep_for(2500ms);
  EXPECT_NE(daemon_log().find("configuration reloaded"), std::string::npos) << daemon_log();
  EXPECT_EQ(stop_background(SIGTERM), 0);
}

TEST_F(DaemonTest, CheckConfigPrintsOkOrEveryProblem) {
  EXPECT_EQ(run_daemon({"--check-config"}), 0) << output_;
  EXPECT_EQ(output_, "OK\n");
  std::ofstream(config_path(), std::ios::app) << "sla: {days: x}\n";
  EXPECT_EQ(run_daemon({"--check-config"}), 1);
  EXPECT_NE(output_.find("sla.days: expected a whole number, got \"x\""), std::string::npos) << output_;
}

}  // namespace
}  // namespace pst::test
