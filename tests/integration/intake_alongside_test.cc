// intake_alongside_test.cc: stored mail is acted on while the poll is still fetching (issue 17,
// daemon/intake_alongside.h), against the real Dovecot of the test stack, in process so the poll can
// be held between two stored batches. Held after its first batch, the poll must find that batch
// already ticketed and acknowledged (the old order, fetch everything then act, fails here); once the
// poll ends, every mail has exactly one ticket and one acknowledgement, as before. An intake that
// cannot open the store loses nothing: the mail is acted on after the poll.
#include <atomic>
#include <chrono>
#include <filesystem>
#include <string>
#include <thread>
#include <vector>

#include <fmt/format.h>
#include <gtest/gtest.h>

#include "daemon/intake_alongside.h"
#include "daemon/runtime.h"
#include "daemon/work.h"
#include "tests/integration/daemon_fixture.h"

namespace pst::test {
namespace {

using namespace std::chrono_literals;

constexpr int kMails = 60;

class IntakeAlongsideTest : public DaemonTest {
 protected:
  void deliver_requests() {
    std::vector<std::string> mails;
    for (int n = 1; n <= kMails; ++n)
      mails.push_back(complete_request(n, fmt::format("writer{}@student.example.ac.id", n)));
    stack_->deliver(mails);
  }

  static int count_on(Database& db, const std::string& sql) {
    Statement s = db.prepare(sql);
    return s.step() ? s.integer(0) : -1;
  }
};

TEST_F(IntakeAlongsideTest, ActsOnStoredBatchesWhileThePollStillFetches) {
  deliver_requests();
  auto rt = load_runtime(config_path());
  std::atomic<bool> stop{false};
  int batches = 0;
  int stored_while_held = -1, acted_on_while_held = -1, acknowledged_while_held = -1;
  PollReport poll;
  IntakeStats during;
  {
    IntakeAlongside alongside(*rt, stop);
    poll = poll_mailbox(*rt, stop, [&] {
      alongside.stored();
      if (++batches != 1) return;
      // The poll is held here: one batch stored, the rest still on the server. Only an intake running
      // beside the poll can act on the batch now.
      const auto deadline = std::chrono::steady_clock::now() + 30s;
      while (count("SELECT COUNT(*) FROM messages WHERE state = 'new'") != 0 &&
             std::chrono::steady_clock::now() < deadline)
        std::this_thread::sleep_for(20ms);
      stored_while_held = count("SELECT COUNT(*) FROM messages");
      acted_on_while_held = count("SELECT COUNT(*) FROM messages WHERE state = 'processed' AND ticket_id IS NOT NULL");
      acknowledged_while_held = count("SELECT COUNT(DISTINCT ticket_id) FROM outbox");
    });
    during = alongside.finish();
  }
  const IntakeStats after = act_on_stored_mail(*rt);

  ASSERT_TRUE(poll.ok) << poll.error;
  EXPECT_EQ(poll.stored, kMails);
  ASSERT_GT(batches, 1) << "the test needs the poll to store more than one batch";
  EXPECT_GT(stored_while_held, 0);
  EXPECT_LT(stored_while_held, kMails);
  EXPECT_EQ(acted_on_while_held, stored_while_held) << "the first batch waited for the whole poll";
  EXPECT_EQ(acknowledged_while_held, stored_while_held);
  // Everything acted on, once: the intake beside the poll did it, the one after found nothing left.
  EXPECT_EQ(during.processed, kMails);
  EXPECT_EQ(during.tickets_opened, kMails);
  EXPECT_EQ(after.processed, 0);
  EXPECT_EQ(count("SELECT COUNT(*) FROM tickets"), kMails);
  EXPECT_EQ(count("SELECT COUNT(*) FROM messages WHERE state = 'processed'"), kMails);
  EXPECT_EQ(count("SELECT COUNT(*) FROM outbox"), kMails);
  EXPECT_EQ(count("SELECT COUNT(DISTINCT ticket_id) FROM outbox"), kMails);
  EXPECT_EQ(count("SELECT COUNT(DISTINCT requester_address) FROM tickets"), kMails);
}

TEST_F(IntakeAlongsideTest, AnIntakeThatCannotOpenTheStoreLosesNothing) {
  deliver_requests();
  auto rt = load_runtime(config_path());
  // The daemon's own connection stays open on the file; a new connection to its name fails.
  std::filesystem::rename(db_path(), db_path() + ".elsewhere");
  std::atomic<bool> stop{false};
  PollReport poll;
  IntakeStats during;
  {
    IntakeAlongside alongside(*rt, stop);
    poll = poll_mailbox(*rt, stop, [&] { alongside.stored(); });
    during = alongside.finish();
  }
  const IntakeStats after = act_on_stored_mail(*rt);

  ASSERT_TRUE(poll.ok) << poll.error;
  EXPECT_EQ(poll.stored, kMails);
  EXPECT_EQ(during.processed, 0);
  EXPECT_EQ(after.processed, kMails);
  EXPECT_EQ(count_on(*rt->db, "SELECT COUNT(*) FROM tickets"), kMails);
  EXPECT_EQ(count_on(*rt->db, "SELECT COUNT(*) FROM messages WHERE state = 'processed'"), kMails);
  EXPECT_EQ(count_on(*rt->db, "SELECT COUNT(DISTINCT ticket_id) FROM outbox"), kMails);
}

}  // namespace
}  // namespace pst::test
