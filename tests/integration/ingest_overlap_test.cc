// ingest_overlap_test.cc: a large poll is acted on while it is still being fetched (issue 17): the
// mail of a stored batch gets its ticket before the server has sent the rest, and nothing is lost
// or done twice when the rest arrives. Real Dovecot behind a relay that holds its answer half-sent.
#include <chrono>
#include <string>
#include <thread>
#include <vector>

#include <fmt/format.h>
#include <gtest/gtest.h>

#include "tests/harness/held_relay.h"
#include "tests/integration/daemon_fixture.h"

namespace pst::test {
namespace {

using namespace std::chrono_literals;

TEST_F(DaemonTest, MailOfAStoredBatchIsActedOnWhileTheRestIsStillFetched) {
  constexpr int kMails = 150;  // three of the poll's store batches (50 each)
  std::vector<std::string> mails;
  std::size_t first_hundred_bytes = 0;
  for (int i = 0; i < kMails; ++i) {
    mails.push_back(complete_request(i, fmt::format("pemohon{}@student.example.ac.id", i)));
    if (i < 100) first_hundred_bytes += mails.back().size();
  }
  stack_->deliver(mails);

  // Dovecot's answer stops after about the first hundred mails (greeting, login and FETCH framing
  // are far less than 4 KB over), so at least one batch of 50 is stored and the last ones wait.
  HeldRelay relay(stack_->imap_port(), first_hundred_bytes + 4096);
  ConfigOverrides o;
  o.imap_url = fmt::format("imap://127.0.0.1:{}/INBOX", relay.port());
  write_config(o);

  int exit_code = -1;
  std::thread daemon([&] { exit_code = run_daemon({"--once", "--no-send"}); });
  // While the server's answer is held, the stored batches become tickets.
  int processed = 0;
  for (auto until = std::chrono::steady_clock::now() + 60s; std::chrono::steady_clock::now() < until;
       std::this_thread::sleep_for(50ms)) {
    try {
      processed = count("SELECT count(*) FROM messages WHERE state = 'processed'");
    } catch (const std::exception&) {
      continue;  // the store or its tables not made yet
    }
    if (processed >= 50) break;
  }
  // Still held and still connected: the poll that fetches the rest had not ended.
  const bool was_holding = relay.holding();
  relay.release();
  daemon.join();

  EXPECT_GE(processed, 50) << "no mail was acted on while the rest of the poll was being fetched";
  EXPECT_TRUE(was_holding) << "the poll had ended (or was never held) when its first mail was acted on";
  EXPECT_LT(processed, kMails);
  ASSERT_EQ(exit_code, 0) << output_;
  EXPECT_EQ(count("SELECT count(*) FROM messages WHERE state = 'processed'"), kMails);
  EXPECT_EQ(count("SELECT count(*) FROM tickets"), kMails);
  EXPECT_EQ(count("SELECT count(*) FROM outbox WHERE kind = 'acknowledgement'"), kMails);
}

}  // namespace
}  // namespace pst::test
