// alerts_test.cc: daemon_health rows (queue/health.h) and the supervisors' alert once per failure
// episode (queue/alerts.h), on a real store with the shipped templates; the outbox is inspected.
#include <filesystem>

#include <gtest/gtest.h>

#include "calendar/office_calendar.h"
#include "queue/alerts.h"
#include "queue/outbox.h"
#include "queue/store.h"

namespace pst {
namespace {
namespace fs = std::filesystem;
using std::chrono::minutes;
using std::chrono::seconds;

// 2026-11-30 (Monday) 10:00 WITA.
const Instant kT0 = Instant{seconds{1796004000}};

class AlertsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("pst-alerts-" + std::to_string(::getpid()) + "-" +
                                        ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::create_directories(dir_);
    cfg_.office.hours = default_office_hours();
    cfg_.templates_dir = PSTMAIL_SOURCE_DIR "/templates";
    cfg_.imap.url = "imaps://mail.example.test/INBOX";
    cfg_.smtp.url = "smtp://mail.example.test:587";
    cfg_.smtp.from = "PST BPS Kabupaten Jembrana <bps5101@bps.go.id>";
    cfg_.officers = {{"made", "I Made Sudarma", "made@example.test", "officer"},
                     {"ayu", "Ni Luh Ayu", "ayu@example.test", "supervisor"},
                     {"gede", "I Gede Putra", "gede@example.test", "supervisor"}};
    cal_ = make_work_calendar(cfg_.office);
    db_ = open_store((dir_ / "pst.db").string());
  }
  void TearDown() override {
    db_.reset();
    fs::remove_all(dir_);
  }

  AlertOutcome outcome(HealthChannel c, const std::string& error, Instant now) {
    return record_outcome(*db_, cfg_, cal_, sender_from_config(cfg_, now, 480), c, error, now);
  }
  std::vector<OutboxItem> outbox() { return due_mail(*db_, Instant{seconds{4'000'000'000}}, 100); }

  fs::path dir_;
  Config cfg_;
  WorkCalendar cal_;
  std::unique_ptr<Database> db_;
};

TEST(HealthRules, AlertDueOnlyWhenConfirmedLongEnoughAndNotYetAlerted) {
  struct Case {
    const char* name;
    int attempts;
    int since_minutes_ago;  // -1: no episode
    bool alerted;
    int after_minutes;
    bool due;
  };
  const Case cases[] = {
      {"no episode", 0, -1, false, 0, false},
      {"one failure, after 0", 1, 0, false, 0, false},
      {"second failure, after 0", 2, 0, false, 0, true},
      {"29 min of 30", 5, 29, false, 30, false},
      {"30 min of 30", 5, 30, false, 30, true},
      {"already alerted", 9, 60, true, 30, false},
  };
  for (const auto& c : cases) {
    ChannelHealth h;
    if (c.since_minutes_ago >= 0) h.failing_since = kT0 - minutes(c.since_minutes_ago);
    h.failed_attempts = c.attempts;
    if (c.alerted) h.alerted_at = kT0;
    EXPECT_EQ(alert_due(h, minutes(c.after_minutes), kT0), c.due) << c.name;
  }
}

TEST(HealthRules, ProblemsNameAStalePollAndEveryFailureInProgress) {
  DaemonHealth h;
  EXPECT_EQ(health_problems(h, seconds(60), kT0), std::vector<std::string>{"no successful poll recorded yet"});
  h.poll.last_ok = kT0 - seconds(180);
  EXPECT_TRUE(health_problems(h, seconds(60), kT0).empty()) << "exactly 3 x poll_seconds is still healthy";
  h.poll.last_ok = kT0 - seconds(181);
  EXPECT_EQ(health_problems(h, seconds(60), kT0),
            std::vector<std::string>{"last successful poll 3 min ago (more than 3 x imap.poll_seconds = 3 min)"});
  h.poll.last_ok = kT0;
  h.send.failing_since = kT0 - minutes(125);
  h.send.failed_attempts = 7;
  h.send.last_error = "Couldn't connect to server";
  EXPECT_EQ(health_problems(h, seconds(60), kT0),
            std::vector<std::string>{"sending mail (SMTP) failing for 2 h 5 min (7 attempts): Couldn't connect to server"});
}

// One outage, one log line: curl's timings in the message do not make a new error.
TEST(HealthRules, FailuresThatDifferOnlyInNumbersAreTheSameFailure) {
  EXPECT_TRUE(same_failure("Failed to connect to 127.0.0.1 port 26912 after 0 ms: Couldn't connect to server",
                           "Failed to connect to 127.0.0.1 port 26912 after 1 ms: Couldn't connect to server"));
  EXPECT_TRUE(same_failure("Operation timed out after 30001 milliseconds with 0 bytes received",
                           "Operation timed out after 30002 milliseconds with 512 bytes received"));
  EXPECT_TRUE(same_failure("", ""));
  EXPECT_FALSE(same_failure("Couldn't connect to server", "Login denied"));
  // Other numbers tell one failure from another: status and reply codes, ports.
  EXPECT_FALSE(same_failure("token endpoint: HTTP 401", "token endpoint: HTTP 503"));
  EXPECT_FALSE(same_failure("RCPT TO: 421 4.7.0 try later", "RCPT TO: 550 5.1.1 no such user"));
  EXPECT_FALSE(same_failure("127.0.0.1 port 993 after 0 ms", "127.0.0.1 port 143 after 0 ms"));
  EXPECT_FALSE(same_failure("after 5 ms", "after 5 msgs"));
}

TEST(HealthRules, HumanDuration) {
  EXPECT_EQ(human_duration(seconds(-5)), "0 s");
  EXPECT_EQ(human_duration(seconds(59)), "59 s");
  EXPECT_EQ(human_duration(seconds(60)), "1 min");
  EXPECT_EQ(human_duration(minutes(120)), "2 h");
  EXPECT_EQ(human_duration(minutes(24 * 60 + 61)), "1 d 1 h");
}

TEST_F(AlertsTest, SuccessAndFailureAreRecordedWithoutAnAlertBeforeTheThreshold) {
  cfg_.alerts.after_minutes = 30;
  outcome(HealthChannel::poll, "", kT0);
  auto h = load_health(*db_);
  EXPECT_EQ(h.poll.last_ok, kT0);
  EXPECT_FALSE(h.poll.failing_since);
  EXPECT_FALSE(h.send.last_ok);

  for (int i = 1; i <= 29; ++i) EXPECT_EQ(outcome(HealthChannel::poll, "Login denied", kT0 + minutes(i)).action, AlertAction::none);
  h = load_health(*db_);
  EXPECT_EQ(h.poll.failing_since, kT0 + minutes(1));
  EXPECT_EQ(h.poll.failed_attempts, 29);
  EXPECT_EQ(h.poll.last_error, "Login denied");
  EXPECT_EQ(h.poll.last_error_at, kT0 + minutes(29));
  EXPECT_EQ(h.poll.last_ok, kT0) << "a failure keeps the last success";
  EXPECT_TRUE(outbox().empty());
}

TEST_F(AlertsTest, OneAlertPerEpisodeToAllSupervisorsThenARecoveryNotice) {
  cfg_.alerts.after_minutes = 30;
  outcome(HealthChannel::poll, "", kT0);
  int alerts = 0;
  for (int i = 1; i <= 60; ++i)
    if (outcome(HealthChannel::poll, "Login denied\r\n(AUTHENTICATIONFAILED)", kT0 + minutes(i)).action ==
        AlertAction::alert_queued)
      ++alerts;
  EXPECT_EQ(alerts, 1);
  auto out = outbox();
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].kind, "alert");
  EXPECT_EQ(out[0].recipients, (std::vector<std::string>{"ayu@example.test", "gede@example.test"}));
  EXPECT_FALSE(out[0].ticket_id);
  EXPECT_NE(out[0].data.find("Login denied (AUTHENTICATIONFAILED)"), std::string::npos) << out[0].data;
  EXPECT_NE(out[0].data.find("imaps://mail.example.test/INBOX"), std::string::npos) << out[0].data;
  EXPECT_NE(out[0].data.find("Auto-Submitted: auto-generated"), std::string::npos);
  auto h = load_health(*db_);
  EXPECT_EQ(h.poll.alerted_at, kT0 + minutes(31)) << "first attempt at +1 min, 30 min later";
  EXPECT_EQ(h.poll.alerted, "outbox " + std::to_string(out[0].id));

  AlertOutcome r = outcome(HealthChannel::poll, "", kT0 + minutes(61));
  EXPECT_EQ(r.action, AlertAction::recovery_queued);
  h = load_health(*db_);
  EXPECT_FALSE(h.poll.failing_since);
  EXPECT_FALSE(h.poll.alerted_at);
  EXPECT_EQ(h.poll.recovered_at, kT0 + minutes(61));
  EXPECT_EQ(h.poll.recovered, "after 60 failed attempts in 1 h");
  EXPECT_EQ(h.poll.last_error, "Login denied (AUTHENTICATIONFAILED)") << "the last error stays for pstq status";
  out = outbox();
  ASSERT_EQ(out.size(), 2u);
  EXPECT_NE(out[1].data.find("Subject: PST pulih"), std::string::npos) << out[1].data;

  // A new episode alerts again.
  outcome(HealthChannel::poll, "Mailbox is full", kT0 + minutes(70));
  EXPECT_EQ(outcome(HealthChannel::poll, "Mailbox is full", kT0 + minutes(100)).action, AlertAction::alert_queued);
  EXPECT_EQ(outbox().size(), 3u);
}

TEST_F(AlertsTest, ZeroMinutesAlertsAtTheSecondFailureAndAShortBlipAlertsNobody) {
  cfg_.alerts.after_minutes = 0;
  EXPECT_EQ(outcome(HealthChannel::send, "Couldn't connect to server", kT0).action, AlertAction::none);
  EXPECT_EQ(outcome(HealthChannel::send, "", kT0 + seconds(5)).action, AlertAction::recovered)
      << "one failure then success: no alert, no recovery mail";
  EXPECT_TRUE(outbox().empty());
  EXPECT_EQ(outcome(HealthChannel::send, "Couldn't connect to server", kT0 + seconds(10)).action, AlertAction::none);
  EXPECT_EQ(outcome(HealthChannel::send, "Couldn't connect to server", kT0 + seconds(20)).action,
            AlertAction::alert_queued);
  auto out = outbox();
  ASSERT_EQ(out.size(), 1u);
  EXPECT_NE(out[0].data.find("smtp://mail.example.test:587"), std::string::npos);
  EXPECT_EQ(load_health(*db_).poll.failing_since, std::nullopt) << "channels are separate";
}

TEST_F(AlertsTest, NoSupervisorMeansNoMailButTheEpisodeIsMarked) {
  cfg_.alerts.after_minutes = 0;
  cfg_.officers = {{"made", "I Made Sudarma", "made@example.test", "officer"}};
  outcome(HealthChannel::poll, "x", kT0);
  EXPECT_EQ(outcome(HealthChannel::poll, "x", kT0 + seconds(60)).action, AlertAction::alert_without_recipient);
  EXPECT_EQ(outcome(HealthChannel::poll, "x", kT0 + seconds(120)).action, AlertAction::none);
  EXPECT_TRUE(outbox().empty());
  EXPECT_EQ(load_health(*db_).poll.alerted, "no supervisor with an address in the configuration");
}

TEST_F(AlertsTest, BacklogCounts) {
  OutboxItem a;
  a.kind = "acknowledgement";
  a.envelope_from = "bps5101@bps.go.id";
  a.recipients = {"x@example.org"};
  a.message_id = "m1@bps.go.id";
  a.data = "x";
  enqueue_mail(*db_, a, kT0);
  OutboxItem b = a;
  b.message_id = "m2@bps.go.id";
  enqueue_mail(*db_, b, kT0 + seconds(30));
  mark_failed(*db_, b, kT0 + seconds(40), "550 no");
  BacklogCounts c = backlog_counts(*db_);
  EXPECT_EQ(c.outbox_queued, 1);
  EXPECT_EQ(c.oldest_queued, kT0);
  EXPECT_EQ(c.outbox_failed, 1);
  EXPECT_EQ(c.messages_new, 0);
  EXPECT_EQ(c.messages_failed, 0);
}

}  // namespace
}  // namespace pst
