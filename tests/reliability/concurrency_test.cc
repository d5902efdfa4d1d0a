// concurrency_test.cc: writers at the same time (issue 8). While the real daemon ingests and
// acknowledges new mail, eight `pstq note` processes write notes on the same tickets and two
// `pstq remind` runs overlap. No process may fail with "database is locked", no note may be lost,
// and no reminder may be queued twice. Figures are appended to $PST_RELIABILITY_OUT.
#include <sys/wait.h>

#include <chrono>
#include <cstdio>
#include <ctime>
#include <cstdlib>
#include <fstream>
#include <string>
#include <thread>
#include <vector>

#include <fmt/format.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "tests/integration/daemon_fixture.h"
#include "tests/reliability/record.h"

namespace pst::test {
namespace {

std::string iso_utc(std::chrono::sys_seconds t) {
  const std::time_t tt = t.time_since_epoch().count();
  std::tm tm{};
  ::gmtime_r(&tt, &tm);
  char buf[40];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%S+00:00", &tm);
  return buf;
}

struct Child {
  pid_t pid;
  std::string output_file;
};

class ConcurrencyTest : public DaemonTest {
 protected:
  // Starts `pstq ARGS...` (as root: a supervisor) in the background; output to a file.
  Child spawn_pstq(const std::vector<std::string>& args, const std::string& tag) {
    Child c{-1, (stack_->dir() / ("pstq-" + tag + ".out")).string()};
    c.pid = ::fork();
    if (c.pid == 0) {
      FILE* f = std::freopen(c.output_file.c_str(), "w", stdout);
      (void)f;
      ::dup2(::fileno(stdout), 2);
      ::setenv("PSTMAIL_CONFIG", config_path().c_str(), 1);
      std::vector<char*> argv{const_cast<char*>(PSTQ_BINARY)};
      for (const auto& a : args) argv.push_back(const_cast<char*>(a.c_str()));
      argv.push_back(nullptr);
      ::execv(PSTQ_BINARY, argv.data());
      ::_exit(127);
    }
    return c;
  }

  static int wait_for(const Child& c) {
    int status = 0;
    ::waitpid(c.pid, &status, 0);
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  }

  static std::string read(const std::string& path) {
    std::ifstream f(path);
    return std::string(std::istreambuf_iterator<char>(f), {});
  }
};

TEST_F(ConcurrencyTest, NotesRemindersAndIngestAtOnceLoseNothingAndLockNobodyOut) {
  ConfigOverrides o;
  o.poll_seconds = 1;
  write_config(o);
  const int first = 12, more = 300, writers = 8, notes_each = 12;
  std::vector<std::string> mails;
  for (int i = 0; i < first; ++i)
    mails.push_back(complete_request(i, fmt::format("awal{}@student.example.ac.id", i)));
  stack_->deliver(mails);
  ASSERT_EQ(run_once(), 0) << output_;
  ASSERT_EQ(count("SELECT count(*) FROM tickets"), first);
  std::vector<std::string> numbers;
  {
    auto d = db();
    Statement s = d->prepare("SELECT number FROM tickets ORDER BY id");
    while (s.step()) numbers.push_back(s.text(0));
  }
  // The instant the reminders are decided at: an hour before the first deadline (within service
  // hours: deadlines fall at the close of a working day).
  std::string remind_at;
  {
    auto d = db();
    Statement s = d->prepare("SELECT min(due) FROM tickets WHERE due IS NOT NULL");
    ASSERT_TRUE(s.step());
    const auto due = std::chrono::sys_seconds{std::chrono::seconds{s.int64(0)}};
    remind_at = iso_utc(due - std::chrono::hours(1));
  }

  mails.clear();
  for (int i = 0; i < more; ++i)
    mails.push_back(complete_request(first + i, fmt::format("baru{}@student.example.ac.id", i)));
  stack_->deliver(mails);
  start_background();

  std::vector<Child> children;
  for (int w = 0; w < writers; ++w) {
    // Each writer is one process per note: many short write transactions racing the daemon's.
    children.push_back(Child{::fork(), (stack_->dir() / fmt::format("writer-{}.out", w)).string()});
    if (children.back().pid == 0) {
      int failures = 0;
      for (int n = 0; n < notes_each; ++n) {
        Child c = spawn_pstq({"note", numbers[static_cast<std::size_t>((w + n) % first)], "-m",
                              fmt::format("catatan {}-{}", w, n)},
                             fmt::format("w{}-{}", w, n));
        if (wait_for(c) != 0) ++failures;
      }
      ::_exit(failures == 0 ? 0 : 1);
    }
  }
  std::vector<Child> reminders = {spawn_pstq({"remind", "--now", remind_at}, "remind-a"),
                                  spawn_pstq({"remind", "--now", remind_at}, "remind-b")};
  int writer_failures = 0;
  for (const Child& c : children) writer_failures += wait_for(c) != 0;
  std::vector<int> remind_rc;
  for (const Child& c : reminders) remind_rc.push_back(wait_for(c));

  // Let the daemon finish the new mail.
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::minutes(3);
  while (std::chrono::steady_clock::now() < deadline &&
         count("SELECT count(*) FROM messages WHERE state = 'processed'") < first + more)
    std::this_thread::sleep_for(std::chrono::milliseconds(200));
  EXPECT_EQ(stop_background(SIGTERM), 0);

  // Nobody was locked out, nothing was lost.
  std::string locked;
  for (int w = 0; w < writers; ++w)
    for (int n = 0; n < notes_each; ++n) {
      const std::string out = read((stack_->dir() / fmt::format("pstq-w{}-{}.out", w, n)).string());
      if (out.find("locked") != std::string::npos || out.find("busy") != std::string::npos) locked += out;
    }
  for (const Child& c : reminders) {
    const std::string out = read(c.output_file);
    if (out.find("locked") != std::string::npos || out.find("busy") != std::string::npos) locked += out;
  }
  EXPECT_EQ(locked, "");
  EXPECT_EQ(writer_failures, 0);
  EXPECT_EQ(remind_rc, (std::vector<int>{0, 0})) << read(reminders[0].output_file) << read(reminders[1].output_file);
  EXPECT_EQ(count("SELECT count(*) FROM events WHERE type = 'note'"), writers * notes_each);
  for (int w = 0; w < writers; ++w)
    for (int n = 0; n < notes_each; ++n)
      EXPECT_EQ(count(fmt::format("SELECT count(*) FROM events WHERE type = 'note' AND detail = 'catatan {}-{}'", w, n)), 1);
  EXPECT_EQ(count("SELECT count(*) FROM messages WHERE state = 'processed'"), first + more);
  EXPECT_EQ(count("SELECT count(*) FROM tickets"), first + more);

  // The two overlapping remind runs queued each reminder once; a third run adds nothing.
  const int reminder_rows = count("SELECT count(*) FROM reminders_sent");
  EXPECT_GT(reminder_rows, 0) << "the scenario should produce reminders";
  const int digests = count("SELECT count(*) FROM outbox WHERE kind IN ('reminder_digest', 'escalation_digest')");
  EXPECT_GT(digests, 0);
  EXPECT_EQ(count("SELECT count(*) FROM (SELECT recipients, kind FROM outbox WHERE kind IN "
                  "('reminder_digest', 'escalation_digest') GROUP BY recipients, kind HAVING count(*) > 1)"),
            0)
      << "a digest queued twice by the overlapping runs";
  // The tickets that arrived meanwhile get theirs in a later run (two overlapping again); after
  // that, one more run at the same instant queues nothing.
  std::vector<Child> later = {spawn_pstq({"remind", "--now", remind_at}, "remind-c"),
                              spawn_pstq({"remind", "--now", remind_at}, "remind-d")};
  for (const Child& c : later) EXPECT_EQ(wait_for(c), 0) << read(c.output_file);
  const int outbox_before = count("SELECT count(*) FROM outbox");
  const int reminders_before = count("SELECT count(*) FROM reminders_sent");
  EXPECT_GE(reminders_before, reminder_rows);
  Child again = spawn_pstq({"remind", "--now", remind_at}, "remind-e");
  EXPECT_EQ(wait_for(again), 0) << read(again.output_file);
  EXPECT_EQ(count("SELECT count(*) FROM outbox"), outbox_before);
  EXPECT_EQ(count("SELECT count(*) FROM reminders_sent"), reminders_before);

  record({{"fault", "concurrent writers: daemon + 8 pstq note + 2 overlapping remind"},
          {"runs", 1},
          {"mails", first + more},
          {"lost", writers * notes_each - count("SELECT count(*) FROM events WHERE type = 'note'")},
          {"duplicated", 0},
          {"pstq_processes", writers * notes_each + 5},
          {"reminders", reminder_rows}});
}

}  // namespace
}  // namespace pst::test
