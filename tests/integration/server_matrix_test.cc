// server_matrix_test.cc: the same scenario against every IMAP server pstmail was tried with (issue 20):
// Dovecot (the mail stack's), Cyrus IMAP 3.6 (MOVE, UIDPLUS, "/" separator) and Courier-IMAP 5.0 (no
// MOVE: copy + \Deleted + UID EXPUNGE; "." separator, folders under "INBOX."), the latter two run
// from their own Debian packages by scripts/imapserver.sh. SMTP is the mail stack's smtp-sink.
//   1. --check-server says what will happen to processed mail on this server;
//   2. three requests become three tickets and three acknowledgements, and leave INBOX for the
//      processed folder;
//   3. a second run fetches nothing: no ticket, no mail twice;
//   4. the running daemon (poll 10 min) is woken by IDLE for a new mail;
//   5. a processed folder the server lacks is reported in the server's own words and by pstq status,
//      and the mail moves on the poll after the folder exists.
#include <signal.h>

#include <chrono>
#include <memory>
#include <string>
#include <thread>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "tests/harness/imap_server.h"
#include "tests/integration/daemon_fixture.h"

namespace pst::test {
namespace {

using namespace std::chrono_literals;

struct ServerCase {
  std::string kind;
  std::string processed_folder;  // as this server names a folder of the user's
  std::string missing_folder;    // one it does not have
  std::string how_processed;     // what --check-server says
  std::string refusal;           // the server's own words for a missing folder (part of them)
};

void PrintTo(const ServerCase& c, std::ostream* os) { *os << c.kind; }

class ServerMatrixTest : public DaemonTest, public ::testing::WithParamInterface<ServerCase> {
 protected:
  void SetUp() override {
    DaemonTest::SetUp();
    if (GetParam().kind == "dovecot")
      server_ = std::make_unique<ImapServer>(*stack_);
    else
      server_ = std::make_unique<ImapServer>(GetParam().kind);
  }
  void TearDown() override {
    if (daemon_pid_ > 0) stop_background(SIGKILL);
    server_.reset();
    DaemonTest::TearDown();
  }

  void configure(const std::string& processed_folder, int poll_seconds = 600) {
    ConfigOverrides o;
    o.imap_url = server_->url();
    o.imap_user = server_->user();
    o.imap_password_file = server_->password_file().string();
    o.processed_folder = processed_folder;
    o.poll_seconds = poll_seconds;
    write_config(o);
  }

  nlohmann::json status() {
    std::string out;
    run_pstq(PSTQ_BINARY, "status --json", "", out);
    try {
      return nlohmann::json::parse(out);
    } catch (const std::exception&) {
      ADD_FAILURE() << out;
      return {};
    }
  }

  std::string context() { return "server log:\n" + server_->log() + "\npstmaild:\n" + output_; }

  std::unique_ptr<ImapServer> server_;
};

TEST_P(ServerMatrixTest, IngestsOnceMovesToTheProcessedFolderAndIsWokenByIdle) {
  const ServerCase& c = GetParam();
  server_->command("CREATE " + c.processed_folder);
  configure(c.processed_folder);

  ASSERT_EQ(run_daemon({"--check-server"}), 0) << context();
  EXPECT_NE(output_.find(c.how_processed), std::string::npos) << context();

  server_->append("INBOX", {complete_request(1), complete_request(2), complete_request(3)});
  ASSERT_EQ(server_->uids("INBOX").size(), 3u);
  ASSERT_EQ(run_once(), 0) << context();
  EXPECT_EQ(count("SELECT count(*) FROM tickets"), 3) << context();
  EXPECT_EQ(stack_->wait_for_received(3, 20s).size(), 3u) << context();
  EXPECT_TRUE(server_->uids("INBOX").empty()) << "INBOX keeps mail after the move: " << context();
  EXPECT_EQ(server_->uids(c.processed_folder).size(), 3u) << context();
  EXPECT_EQ(server_->uids(c.processed_folder, "UNSEEN").size(), 0u) << "processed mail is \\Seen";
  EXPECT_EQ(count("SELECT count(*) FROM server_marks"), 0) << context();

  ASSERT_EQ(run_once(), 0) << context();
  EXPECT_EQ(count("SELECT count(*) FROM messages"), 3) << "the second run fetched again: " << context();
  EXPECT_EQ(count("SELECT count(*) FROM tickets"), 3);
  std::this_thread::sleep_for(300ms);
  EXPECT_EQ(stack_->received().size(), 3u) << "nothing is sent twice";

  start_background();
  for (auto until = std::chrono::steady_clock::now() + 20s;
       daemon_log().find("IDLE: waiting for new mail") == std::string::npos && std::chrono::steady_clock::now() < until;)
    std::this_thread::sleep_for(100ms);
  ASSERT_NE(daemon_log().find("IDLE: waiting for new mail"), std::string::npos) << daemon_log();
  server_->append("INBOX", {complete_request(4)});
  // The poll is 10 minutes away: only IDLE brings this mail in.
  EXPECT_EQ(stack_->wait_for_received(4, 45s).size(), 4u) << daemon_log() << server_->log();
  EXPECT_EQ(stop_background(SIGTERM), 0) << daemon_log();
  EXPECT_EQ(count("SELECT count(*) FROM tickets"), 4);
  EXPECT_TRUE(server_->uids("INBOX").empty()) << daemon_log();
  EXPECT_EQ(server_->uids(c.processed_folder).size(), 4u);
}

TEST_P(ServerMatrixTest, AMissingProcessedFolderIsReportedInTheServersWordsAndMovedWhenItExists) {
  const ServerCase& c = GetParam();
  configure(c.missing_folder);
  server_->append("INBOX", {complete_request(5)});
  ASSERT_EQ(run_once(), 0) << context();
  EXPECT_EQ(count("SELECT count(*) FROM tickets"), 1) << "the mail is stored and acted on: " << context();
  EXPECT_NE(output_.find(c.refusal), std::string::npos) << "the server's own words: " << context();
  EXPECT_NE(output_.find("retried on the next poll"), std::string::npos) << context();
  EXPECT_EQ(server_->uids("INBOX").size(), 1u);

  const nlohmann::json st = status();
  EXPECT_EQ(st["server_marks"]["pending"], 1) << st.dump(2);
  EXPECT_NE(st["server_marks"]["last_error"].get<std::string>().find(c.refusal), std::string::npos) << st.dump(2);

  server_->command("CREATE " + c.missing_folder);
  ASSERT_EQ(run_once(), 0) << context();
  EXPECT_TRUE(server_->uids("INBOX").empty()) << context();
  EXPECT_EQ(server_->uids(c.missing_folder).size(), 1u) << context();
  EXPECT_EQ(status()["server_marks"]["pending"], 0);
  EXPECT_EQ(count("SELECT count(*) FROM tickets"), 1) << "nothing ticketed twice";
}

INSTANTIATE_TEST_SUITE_P(
    Servers, ServerMatrixTest,
    ::testing::Values(
        ServerCase{"dovecot", "Processed", "PST/Processed", "will be moved to \"Processed\" (UID MOVE)",
                   "Mailbox doesn't exist"},
        ServerCase{"cyrus", "Processed", "PST/Processed", "will be moved to \"Processed\" (UID MOVE)",
                   "Mailbox does not exist"},
        ServerCase{"courier", "INBOX.Processed", "INBOX.PST.Processed",
                   "will be copied to \"INBOX.Processed\" and removed from INBOX (UID COPY, UID EXPUNGE)",
                   "Mailbox does not exist"}),
    [](const ::testing::TestParamInfo<ServerCase>& info) { return info.param.kind; });

}  // namespace
}  // namespace pst::test
