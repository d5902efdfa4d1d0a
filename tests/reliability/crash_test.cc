// crash_test.cc: the crash harness (issue 8). The real pstmaild ingests and acknowledges a batch of
// mails from a real Dovecot to a real smtp-sink while it is killed with SIGKILL at random moments and
// restarted; afterwards every mail must be stored once, have exactly one ticket, and have its
// acknowledgement at the receiver. Duplicates at the receiver are counted: the one window left is a
// kill after the server's 250 and before the outbox row is marked sent, at most one mail per kill.
// CI size: 1,000 mails, 20 kills. RELIABILITY=full: 1,000 mails, 300 kills. The mail arrives in one
// wave per kill, so that each kill lands while there is work to interrupt. Figures are appended to
// $PST_RELIABILITY_OUT (default: reliability-results.jsonl in the test's working folder).
#include <signal.h>
#include <sys/wait.h>

#include <chrono>
#include <cstdlib>
#include <fstream>
#include <map>
#include <random>
#include <set>
#include <string>
#include <thread>

#include <fmt/format.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "tests/integration/daemon_fixture.h"
#include "tests/reliability/record.h"

namespace pst::test {
namespace {

bool full_run() {
  const char* v = std::getenv("RELIABILITY");
  return v && std::string(v) == "full";
}

// The Message-ID a sink mail answers (its In-Reply-To), or "".
std::string in_reply_to(const std::string& message) {
  const auto p = message.find("\nIn-Reply-To: <");
  if (p == std::string::npos) return "";
  const auto b = p + 15, e = message.find('>', b);
  return e == std::string::npos ? "" : message.substr(b, e - b);
}

class CrashTest : public DaemonTest {};

TEST_F(CrashTest, SigkillDuringIngestAndSendingLosesNothingAndDuplicatesAtMostTheMailInFlight) {
  const int mails = 1000;
  const int kills = full_run() ? 300 : 20;
  ConfigOverrides o;
  o.poll_seconds = 1;
  o.retry_min_seconds = 1;
  o.extra = "limits: {auto_per_sender_hour: 5, auto_per_sender_day: 20}\n";
  write_config(o);

  // Each kill gets its own wave of new mail, so that it lands while there is work to interrupt:
  // fetching and storing, acting on stored mail, or sending.
  std::mt19937 rng(20261128);
  std::uniform_int_distribution<int> pause_ms(30, 900);
  std::set<std::string> requests;  // Message-IDs delivered
  int delivered = 0, killed = 0;
  for (int w = 0; w < kills; ++w) {
    const int in_wave = mails / kills + (w < mails % kills ? 1 : 0);
    std::vector<std::string> batch;
    for (int i = 0; i < in_wave; ++i, ++delivered) {
      // One sender per mail: the per-sender flood limit must not hide a lost acknowledgement.
      batch.push_back(complete_request(delivered, fmt::format("pemohon{}@student.example.ac.id", delivered)));
      requests.insert(fmt::format("request-{}@mail.example.test", delivered));
    }
    stack_->deliver(batch);
    start_background();
    std::this_thread::sleep_for(std::chrono::milliseconds(pause_ms(rng)));
    stop_background(SIGKILL);
    ++killed;
  }
  // Let it finish: everything processed and the outbox empty.
  // SIGTERM only after this daemon set up its signal handling (it logs "started"; a daemon killed
  // early in its start never did, so count the lines from here on).
  const auto started = [&] {
    const std::string log = daemon_log();
    int n = 0;
    for (auto p = log.find("info: started:"); p != std::string::npos; p = log.find("info: started:", p + 1)) ++n;
    return n;
  };
  const int started_before = started();
  start_background();
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::minutes(5);
  while (std::chrono::steady_clock::now() < deadline && started() == started_before)
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  while (std::chrono::steady_clock::now() < deadline) {
    if (count("SELECT count(*) FROM messages WHERE state = 'processed'") == mails &&
        count("SELECT count(*) FROM outbox WHERE state <> 'sent'") == 0)
      break;
    std::this_thread::sleep_for(std::chrono::milliseconds(200));
  }
  EXPECT_EQ(stop_background(SIGTERM), 0) << daemon_log().substr(0, 4000);

  // Stored once each, one ticket each, nothing left behind.
  EXPECT_EQ(count("SELECT count(*) FROM messages"), mails);
  EXPECT_EQ(count("SELECT count(DISTINCT sha256) FROM messages"), mails);
  EXPECT_EQ(count("SELECT count(*) FROM messages WHERE state = 'processed'"), mails);
  EXPECT_EQ(count("SELECT count(*) FROM tickets"), mails);
  EXPECT_EQ(count("SELECT count(*) FROM (SELECT ticket_id FROM messages GROUP BY ticket_id HAVING count(*) <> 1)"), 0);
  EXPECT_EQ(count("SELECT count(*) FROM outbox WHERE state <> 'sent'"), 0);
  EXPECT_EQ(count("SELECT count(*) FROM outbox"), mails);

  // Every acknowledgement arrived; duplicates counted.
  std::map<std::string, int> acks;
  int received = 0;
  for (const SinkMessage& m : stack_->received()) {
    ++received;
    ++acks[in_reply_to(m.message)];
  }
  int lost = 0, duplicated = 0;
  for (const auto& id : requests) {
    auto it = acks.find(id);
    if (it == acks.end()) ++lost;
    else duplicated += it->second - 1;
  }
  EXPECT_EQ(lost, 0);
  EXPECT_EQ(received, mails + duplicated) << "mail at the receiver that answers none of the requests";
  EXPECT_LE(duplicated, killed) << "more duplicates than kills: a window wider than one mail";
  record({{"fault", "SIGKILL during ingest and sending"},
          {"runs", killed + 1},
          {"kills", killed},
          {"mails", mails},
          {"lost", lost},
          {"duplicated", duplicated},
          {"received", received}});
  std::cout << fmt::format("crash harness: {} kills, {} mails, lost {}, duplicated {}\n", killed, mails, lost,
                           duplicated);
}

}  // namespace
}  // namespace pst::test
