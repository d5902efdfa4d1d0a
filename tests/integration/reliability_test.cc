// reliability_test.cc: issue 8 end to end with the real pstmaild and pstq binaries against a real
// Dovecot and smtp-sink on 127.0.0.1: an IMAP outage alerts the supervisor exactly once and
// `pstq status` reports it, then the recovery; an SMTP outage queues its alert and logs it, and
// both leave when SMTP is back; pstmaild refuses a damaged database; `pstq backup` and
// `pstq purge` on the daemon's database.
#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <thread>

#include <fmt/format.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "queue/schema.h"
#include "queue/store.h"
#include "queue/tickets.h"
#include "tests/integration/daemon_fixture.h"

namespace pst::test {
namespace {

using namespace std::chrono_literals;
namespace fs = std::filesystem;

class ReliabilityTest : public DaemonTest {
 protected:
  /// Runs pstq with the fixture's config; stdout+stderr in out_.
  int pstq(const std::string& args) { return run_pstq(PSTQ_BINARY, args, "", out_); }

  ConfigOverrides alerts_at_second_failure() {
    ConfigOverrides o;
    o.poll_seconds = 2;  // pstq status: healthy while the last poll is under 6 s old
    o.idle = "off";
    o.extra = "alerts:\n  after_minutes: 0\n";
    return o;
  }

  static std::string subject_of(const std::string& message) {
    auto at = message.find("\nSubject: ");
    return at == std::string::npos ? "" : message.substr(at + 10, message.find('\n', at + 10) - at - 10);
  }

  std::string out_;
};

TEST_F(ReliabilityTest, ImapOutageAlertsTheSupervisorOnceAndStatusShowsItThenTheRecovery) {
  write_config(alerts_at_second_failure());
  ASSERT_EQ(run_once(), 0) << output_;  // a successful poll on record
  ASSERT_EQ(pstq("status"), 0) << out_;
  EXPECT_EQ(out_.rfind("pstmaild: healthy\n", 0), 0u) << out_;

  stack_->stop_imap();
  start_background();
  auto got = stack_->wait_for_received(1, 30s);
  ASSERT_EQ(got.size(), 1u) << daemon_log();
  std::this_thread::sleep_for(5s);  // several more failed polls (every 2 s): still one alert
  got = stack_->received();
  ASSERT_EQ(got.size(), 1u) << daemon_log();
  EXPECT_EQ(got[0].rcpt_to, std::vector<std::string>{"ayu@example.test"}) << "the supervisor only";
  EXPECT_NE(subject_of(got[0].message).find("PERINGATAN PST"), std::string::npos) << got[0].message;
  EXPECT_NE(got[0].message.find(stack_->imaps_url()), std::string::npos) << got[0].message;
  EXPECT_NE(daemon_log().find("ALERT: fetching mail (IMAP) failing"), std::string::npos) << daemon_log();

  EXPECT_EQ(pstq("status"), 1) << out_;
  EXPECT_EQ(out_.rfind("pstmaild: UNHEALTHY\n", 0), 0u) << out_;
  EXPECT_NE(out_.find("FAILING since"), std::string::npos) << out_;
  EXPECT_NE(out_.find("ACTIVE: supervisors were alerted"), std::string::npos) << out_;
  ASSERT_EQ(pstq("status --json"), 1) << out_;
  auto j = nlohmann::json::parse(out_);
  EXPECT_FALSE(j["healthy"].get<bool>());
  EXPECT_TRUE(j["poll"]["failing"].get<bool>());
  EXPECT_GE(j["poll"]["failed_attempts"].get<int>(), 3) << "the alert at the second, then more";
  EXPECT_FALSE(j["poll"]["last_error"].get<std::string>().empty());
  EXPECT_TRUE(j["alerts_active"].get<bool>());
  EXPECT_FALSE(j["send"]["failing"].get<bool>());

  stack_->start_imap();
  got = stack_->wait_for_received(2, 30s);
  ASSERT_EQ(got.size(), 2u) << daemon_log();
  EXPECT_NE(subject_of(got[1].message).find("PST pulih"), std::string::npos) << got[1].message;
  EXPECT_EQ(pstq("status"), 0) << out_;
  EXPECT_EQ(out_.rfind("pstmaild: healthy\n", 0), 0u) << out_;
  EXPECT_NE(out_.find("recovered"), std::string::npos) << out_;
  EXPECT_EQ(stop_background(SIGTERM), 0) << daemon_log();
  std::this_thread::sleep_for(300ms);
  EXPECT_EQ(stack_->received().size(), 2u) << "one alert and one recovery notice, nothing more";
}

TEST_F(ReliabilityTest, SmtpOutageAlertIsQueuedAndLoggedAndLeavesWhenSmtpIsBack) {
  write_config(alerts_at_second_failure());
  stack_->stop_smtp();
  stack_->deliver(complete_request(1));
  EXPECT_EQ(run_once(), 1) << output_;           // first failed attempt
  std::this_thread::sleep_for(1100ms);           // retry_min_seconds: 1
  EXPECT_EQ(run_once(), 1) << output_;           // second: the alert is queued and logged
  EXPECT_NE(output_.find("error: ALERT: sending mail (SMTP) failing"), std::string::npos) << output_;
  EXPECT_NE(output_.find("queued: it leaves when SMTP works again"), std::string::npos) << output_;
  EXPECT_EQ(count("SELECT count(*) FROM outbox WHERE kind = 'alert' AND state = 'queued'"), 1);
  EXPECT_EQ(pstq("status"), 1) << out_;
  EXPECT_NE(out_.find("sending mail (SMTP) failing"), std::string::npos) << out_;

  stack_->start_smtp();
  std::this_thread::sleep_for(2200ms);           // the acknowledgement's backoff after two attempts
  ASSERT_EQ(run_once(), 0) << output_;
  auto got = stack_->wait_for_received(2, 10s);
  ASSERT_EQ(got.size(), 2u);
  EXPECT_EQ(count("SELECT count(*) FROM outbox WHERE kind = 'alert' AND state = 'sent'"), 1);
  ASSERT_EQ(run_once(), 0) << output_;           // the recovery notice queued by the last drain
  EXPECT_EQ(stack_->wait_for_received(3, 10s).size(), 3u);
  EXPECT_EQ(pstq("status"), 0) << out_;
}

TEST_F(ReliabilityTest, DaemonRefusesToStartOnADamagedDatabase) {
  {
    auto d = open_store(db_path());
    Transaction tx(*d);
    for (int i = 0; i < 400; ++i) add_event(*d, std::nullopt, Instant{}, "test", "filler", std::string(2000, 'x'));
    tx.commit();
  }
  const auto size = fs::file_size(db_path());
  {
    std::fstream f(db_path(), std::ios::in | std::ios::out | std::ios::binary);
    f.seekp(static_cast<std::streamoff>(size / 2 / 4096 * 4096));
    const std::string junk(6 * 4096, '\x5a');
    f.write(junk.data(), static_cast<std::streamsize>(junk.size()));
  }
  EXPECT_EQ(run_once(), 65) << output_;
  EXPECT_NE(output_.find("database integrity check failed"), std::string::npos) << output_;
  EXPECT_NE(output_.find("refusing to start on a damaged database"), std::string::npos) << output_;
  EXPECT_EQ(stack_->received().size(), 0u);
}

TEST_F(ReliabilityTest, BackupThenPurgeOnTheDaemonsDatabase) {
  stack_->deliver(complete_request(1));
  ASSERT_EQ(run_once(), 0) << output_;
  const std::string copy = (stack_->dir() / "backup.db").string();
  ASSERT_EQ(pstq("backup '" + copy + "'"), 0) << out_;
  EXPECT_EQ(out_.rfind("backup: " + copy + " (", 0), 0u) << out_;
  {
    auto b = open_store(copy);
    Statement s = b->prepare("SELECT count(*) FROM tickets");
    ASSERT_TRUE(s.step());
    EXPECT_EQ(s.integer(0), 1);
  }

  ASSERT_EQ(pstq("close 1"), 0) << out_;
  ASSERT_EQ(pstq("search Udayana"), 0) << out_;
  EXPECT_NE(out_.find("PST-"), std::string::npos) << out_;
  ASSERT_EQ(pstq("purge --closed-before 2999-01-01 --dry-run"), 0) << out_;
  EXPECT_NE(out_.find("would purge (dry run)"), std::string::npos) << out_;
  EXPECT_NE(out_.find(": 1 ticket(s), 1 received"), std::string::npos) << out_;
  ASSERT_EQ(pstq("purge --closed-before 2999-01-01"), 0) << out_;
  EXPECT_NE(out_.find("purged tickets closed before"), std::string::npos) << out_;
  EXPECT_NE(out_.find(": 1 ticket(s), 1 received"), std::string::npos) << out_;
  EXPECT_EQ(count("SELECT count(*) FROM messages m JOIN raw_mail r ON r.id = m.id WHERE m.purged IS NOT NULL AND "
                  "length(r.raw) = 0"), 1);
  pstq("search Udayana");
  EXPECT_EQ(out_.find("PST-"), std::string::npos) << out_;
  ASSERT_EQ(pstq("show 1"), 0) << out_;
  EXPECT_NE(out_.find("mail purged"), std::string::npos) << out_;
  ASSERT_EQ(pstq("purge --closed-before 2999-01-01"), 0) << out_;
  EXPECT_NE(out_.find(": 0 ticket(s), 0 received and 0 sent mail(s), 0 bytes"), std::string::npos) << out_;
}

}  // namespace
}  // namespace pst::test
