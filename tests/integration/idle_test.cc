// idle_test.cc: push intake with IMAP IDLE against a real Dovecot: with IDLE on and a poll interval
// of 300 s, a delivered mail is acknowledged long before the next poll; with IDLE off, polling
// still works. (Latency figures belong to bench/, not here: the bounds are generous on purpose.)
#include <signal.h>

#include <chrono>
#include <functional>
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

bool wait_for_log(DaemonTest& t, const std::string& needle, std::chrono::seconds limit,
                  const std::function<std::string()>& log) {
  (void)t;
  for (auto until = std::chrono::steady_clock::now() + limit; std::chrono::steady_clock::now() < until;) {
    if (log().find(needle) != std::string::npos) return true;
    std::this_thread::sleep_for(100ms);
  }
  return false;
}

TEST_F(DaemonTest, IdleAcknowledgesLongBeforeTheNextPoll) {
  write_config(with([](ConfigOverrides& o) { o.poll_seconds = 300; o.idle = "auto"; }));
  start_background();
  ASSERT_TRUE(wait_for_log(*this, "IDLE: waiting for new mail", 20s, [this] { return daemon_log(); })) << daemon_log();
  stack_->deliver(complete_request(21));
  auto got = stack_->wait_for_received(1, 30s);
  EXPECT_EQ(got.size(), 1u) << daemon_log();
  EXPECT_EQ(stop_background(SIGTERM), 0) << daemon_log();
}

TEST_F(DaemonTest, WithIdleOffPollingStillWorks) {
  write_config(with([](ConfigOverrides& o) { o.poll_seconds = 1; o.idle = "off"; }));
  start_background();
  stack_->deliver(complete_request(22));
  EXPECT_EQ(stack_->wait_for_received(1, 30s).size(), 1u) << daemon_log();
  EXPECT_EQ(stop_background(SIGTERM), 0) << daemon_log();
  EXPECT_EQ(daemon_log().find("IDLE:"), std::string::npos) << daemon_log();
}

}  // namespace
}  // namespace pst::test
