// act_while_fetching_test.cc: a poll acts on each stored batch while the rest still downloads (issue
// 17: daemon/work.h poll_and_act, daemon/fetch_ahead.h), against the real Dovecot of the test stack,
// in process so the state after each batch can be read. After the first batch has been acted on, that
// batch is ticketed and acknowledged while most of the backlog is not even stored (the old order,
// fetch everything then act, fails here); at the end every mail has exactly one ticket and one
// acknowledgement. A store that fails in the middle of the poll fails the poll without hanging the
// fetching thread or losing mail: the next poll stores and acts on the rest, once, and marks on the
// server what the failed poll stored.
#include <atomic>
#include <chrono>
#include <thread>
#include <string>
#include <vector>

#include <fmt/format.h>
#include <gtest/gtest.h>

#include "daemon/fetch_ahead.h"
#include "daemon/runtime.h"
#include "daemon/work.h"
#include "tests/integration/daemon_fixture.h"

namespace pst::test {
namespace {

constexpr int kMails = 60;
// More than a store batch and the mails fetched ahead: when the store fails at its second batch, the
// fetching thread still has more to hand over than the queue holds (it must not wait for a taker forever).
constexpr int kMailsBeyondAFailure = 150;
// The padding of the mails whose download the tests watch: each arrives in several reads.
constexpr std::size_t kLargeBody = 100'000;

class ActWhileFetchingTest : public DaemonTest {
 protected:
  /// `how_many` requests from as many writers, each with `padding` bytes more of body (mail worth downloading).
  void deliver_requests(int how_many = kMails, std::size_t padding = 0) {
    std::vector<std::string> mails;
    for (int n = 1; n <= how_many; ++n)
      mails.push_back(complete_request(n, fmt::format("writer{}@student.example.ac.id", n)) +
                      (padding ? std::string(padding, 'x') + "\r\n" : std::string()));
    stack_->deliver(mails);
  }

  /// An IMAP client with the daemon's settings, for a fetch the test drives itself.
  ImapClient imap_client() { return ImapClient(imap_server_options(*load_runtime(config_path()))); }

  static int count_on(Database& db, const std::string& sql) {
    Statement s = db.prepare(sql);
    return s.step() ? s.integer(0) : -1;
  }
};

TEST_F(ActWhileFetchingTest, EachStoredBatchIsActedOnBeforeTheRestIsStored) {
  deliver_requests();
  auto rt = load_runtime(config_path());
  std::atomic<bool> stop{false};
  struct Seen {
    int stored, acted_on, acknowledged;
  };
  std::vector<Seen> after_batch;
  const PollAndIntake done = poll_and_act(*rt, stop, true, [&] {
    after_batch.push_back(Seen{count_on(*rt->db, "SELECT COUNT(*) FROM messages"),
                               count_on(*rt->db, "SELECT COUNT(*) FROM messages WHERE state = 'processed' "
                                                 "AND ticket_id IS NOT NULL"),
                               count_on(*rt->db, "SELECT COUNT(DISTINCT ticket_id) FROM outbox")});
  });

  ASSERT_TRUE(done.poll.ok) << done.poll.error;
  EXPECT_EQ(done.poll.stored, kMails);
  ASSERT_GE(after_batch.size(), 2u) << "the test needs the poll to store more than one batch";
  const Seen& first = after_batch.front();
  EXPECT_GT(first.stored, 0);
  EXPECT_LT(first.stored, kMails) << "the first batch was acted on only after the whole backlog was stored";
  EXPECT_EQ(first.acted_on, first.stored);
  EXPECT_EQ(first.acknowledged, first.stored);
  for (const Seen& s : after_batch) EXPECT_EQ(s.acted_on, s.stored);
  // Everything acted on, once.
  EXPECT_EQ(done.intake.processed, kMails);
  EXPECT_EQ(done.intake.tickets_opened, kMails);
  EXPECT_EQ(count("SELECT COUNT(*) FROM tickets"), kMails);
  EXPECT_EQ(count("SELECT COUNT(*) FROM messages WHERE state = 'processed'"), kMails);
  EXPECT_EQ(count("SELECT COUNT(*) FROM outbox"), kMails);
  EXPECT_EQ(count("SELECT COUNT(DISTINCT ticket_id) FROM outbox"), kMails);
  EXPECT_EQ(count("SELECT COUNT(DISTINCT requester_address) FROM tickets"), kMails);
}

// (A hang here is ended by the test's timeout, tests/integration/CMakeLists.txt.)
TEST_F(ActWhileFetchingTest, AStoreFailingMidPollLosesNothingAndHangsNothing) {
  constexpr int kMails = kMailsBeyondAFailure;
  deliver_requests(kMails);
  auto rt = load_runtime(config_path());
  // The store refuses new mail once 25 are stored (a full disk, say): the poll's second batch fails.
  rt->db->exec(
      "CREATE TRIGGER test_store_full BEFORE INSERT ON messages WHEN (SELECT COUNT(*) FROM messages) >= 25 "
      "BEGIN SELECT RAISE(ABORT, 'database or disk is full (test)'); END");
  std::atomic<bool> stop{false};
  const PollAndIntake failed = poll_and_act(*rt, stop, true);
  EXPECT_FALSE(failed.poll.ok);
  EXPECT_NE(failed.poll.error.find("disk is full (test)"), std::string::npos) << failed.poll.error;
  const int stored = count_on(*rt->db, "SELECT COUNT(*) FROM messages");
  EXPECT_GT(stored, 0);
  EXPECT_LT(stored, kMails);
  EXPECT_EQ(count_on(*rt->db, "SELECT COUNT(*) FROM messages WHERE state = 'processed'"), stored);
  // The marks to make on the server were recorded with the batches that were stored, and only with them: the
  // refused batch's rolled back with it. Nothing was marked yet (the poll failed before marking).
  EXPECT_EQ(count_on(*rt->db, "SELECT COUNT(*) FROM server_marks"), stored);
  EXPECT_EQ(count_on(*rt->db, fmt::format("SELECT COUNT(*) FROM server_marks WHERE uid > {}", stored)), 0);
  EXPECT_EQ(stack_->flags_of(static_cast<std::uint32_t>(stored + 1)).find("\\Seen"), std::string::npos);
  // The next poll fetches exactly the rest.
  rt->db->exec("DROP TRIGGER test_store_full");
  const PollAndIntake again = poll_and_act(*rt, stop, true);
  ASSERT_TRUE(again.poll.ok) << again.poll.error;
  EXPECT_EQ(again.poll.stored, kMails - stored);
  EXPECT_EQ(count_on(*rt->db, "SELECT COUNT(*) FROM tickets"), kMails);
  EXPECT_EQ(count_on(*rt->db, "SELECT COUNT(*) FROM messages WHERE state = 'processed'"), kMails);
  EXPECT_EQ(count_on(*rt->db, "SELECT COUNT(DISTINCT ticket_id) FROM outbox"), kMails);
  EXPECT_EQ(count_on(*rt->db, "SELECT COUNT(*) FROM outbox"), kMails);
  // The mail stored by the failed poll is marked on the server too (by the next poll), not left unread there.
  EXPECT_NE(stack_->flags_of(1).find("\\Seen"), std::string::npos) << stack_->flags_of(1);
  EXPECT_NE(stack_->flags_of(static_cast<std::uint32_t>(stored)).find("\\Seen"), std::string::npos);
  EXPECT_EQ(count_on(*rt->db, "SELECT COUNT(*) FROM server_marks"), 0);
}

// A poll asked to stop (SIGTERM) in the middle of a backlog stores what it was handed and gives the rest of the
// range up, without waiting for its download: the next poll fetches it. Nothing is lost or ticketed twice.
TEST_F(ActWhileFetchingTest, APollAskedToStopEndsAfterTheBatchInHand) {
  deliver_requests();
  auto rt = load_runtime(config_path());
  std::atomic<bool> stop{false};
  const PollAndIntake stopped = poll_and_act(*rt, stop, true, [&] { stop = true; });
  ASSERT_TRUE(stopped.poll.ok) << stopped.poll.error;
  EXPECT_GT(stopped.poll.stored, 0);
  EXPECT_LT(stopped.poll.stored, kMails) << "the poll fetched the whole backlog though asked to stop";
  EXPECT_EQ(count_on(*rt->db, "SELECT COUNT(*) FROM messages"), stopped.poll.stored);
  stop = false;
  const PollAndIntake rest = poll_and_act(*rt, stop, true);
  ASSERT_TRUE(rest.poll.ok) << rest.poll.error;
  EXPECT_EQ(rest.poll.stored, kMails - stopped.poll.stored);
  EXPECT_EQ(count_on(*rt->db, "SELECT COUNT(*) FROM tickets"), kMails);
  EXPECT_EQ(count_on(*rt->db, "SELECT COUNT(*) FROM messages WHERE state = 'processed'"), kMails);
  EXPECT_EQ(count_on(*rt->db, "SELECT COUNT(*) FROM outbox"), kMails);
  EXPECT_NE(stack_->flags_of(1).find("\\Seen"), std::string::npos) << stack_->flags_of(1);
  const auto last = static_cast<std::uint32_t>(kMails);
  EXPECT_NE(stack_->flags_of(last).find("\\Seen"), std::string::npos) << stack_->flags_of(last);
}

// The next mails download while the taker is busy with one (storing it, acting on a batch): the helper reads
// ahead up to its queue's bound without waiting for the taker.
TEST_F(ActWhileFetchingTest, FetchingAheadDownloadsWhileTheTakerIsBusy) {
  constexpr int kBig = 60;
  deliver_requests(kBig, kLargeBody);
  ImapClient imap = imap_client();
  int taken = 0;
  std::uint64_t received_while_busy = 0;
  const std::atomic<bool> no_stop{false};
  auto n = fetch_range_ahead(imap, 1, no_stop, [&](FetchedMail&&) {
    if (++taken > 1) return;
    // Busy with the first mail until ten more have arrived, or for ten seconds.
    const auto until = std::chrono::steady_clock::now() + std::chrono::seconds(10);
    while (imap.fetch_received_bytes() < 11 * kLargeBody && std::chrono::steady_clock::now() < until)
      std::this_thread::sleep_for(std::chrono::milliseconds(5));
    received_while_busy = imap.fetch_received_bytes();
  });
  ASSERT_TRUE(n) << n.error().message;
  EXPECT_EQ(taken, kBig);
  EXPECT_GE(received_while_busy, 11 * kLargeBody) << "nothing was downloaded while the first mail was in hand";
}

// When the taker gives up (a store failed) or is asked to stop, the thread fetching ahead stops downloading: at
// most the mails it holds ahead and the one in its hands, not the rest of the backlog.
TEST_F(ActWhileFetchingTest, FetchingAheadStopsDownloadingWhenTheTakerGivesUpOrIsAskedToStop) {
  constexpr int kBig = 120;
  deliver_requests(kBig, kLargeBody);
  ImapClient imap = imap_client();
  struct StoreFailed {};
  int taken = 0;
  const std::atomic<bool> no_stop{false};
  EXPECT_THROW((void)fetch_range_ahead(imap, 1, no_stop,
                                       [&](FetchedMail&&) {
                                         ++taken;
                                         throw StoreFailed{};
                                       }),
               StoreFailed);
  EXPECT_EQ(taken, 1);
  EXPECT_LT(imap.fetch_received_bytes(), (kFetchAhead + 10) * kLargeBody)
      << "the helper downloaded the backlog nobody took (" << kBig * kLargeBody << " bytes)";

  // Asked to stop (SIGTERM) after the first mail: the same, without an exception; the mails handed over counted.
  std::atomic<bool> stop{false};
  const std::uint64_t before = imap.fetch_received_bytes();
  auto n = fetch_range_ahead(imap, 1, stop, [&](FetchedMail&&) { stop = true; });
  ASSERT_TRUE(n) << n.error().message;
  EXPECT_EQ(*n, 1u);
  EXPECT_LT(imap.fetch_received_bytes() - before, (kFetchAhead + 10) * kLargeBody)
      << "the helper downloaded the backlog after the stop";
}

}  // namespace
}  // namespace pst::test
