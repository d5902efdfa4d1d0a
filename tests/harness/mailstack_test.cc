// mailstack_test.cc: the harness itself: UIDs follow delivery order, arrival time sets INTERNALDATE,
// restarts keep ports, stop leaves no process behind. Label integration.
#include "tests/harness/mailstack.h"

#include <gtest/gtest.h>
#include <signal.h>
#include <sys/stat.h>

#include <fstream>

namespace pst::test {
namespace {

using namespace std::chrono;

bool process_alive(int pid) {
  if (pid <= 0 || ::kill(pid, 0) != 0) return false;
  std::ifstream stat("/proc/" + std::to_string(pid) + "/stat");
  std::string pid_field, comm, state;
  stat >> pid_field >> comm >> state;
  return state != "Z";  // an unreaped zombie is dead
}

int read_pid(const std::filesystem::path& p) {
  std::ifstream in(p);
  int pid = 0;
  in >> pid;
  return pid;
}

TEST(MailStack, DeliveryOrderArrivalAndSeen) {
  MailStack stack;
  std::vector<std::string> mails;
  for (int i = 1; i <= 12; ++i) mails.push_back("Subject: mail " + std::to_string(i) + "\r\n\r\nbody\r\n");
  const sys_seconds arrival = sys_days{2026y / January / 5} + 3h;
  stack.deliver(mails, arrival);
  EXPECT_EQ(stack.uids_in("INBOX").size(), 12u);
  std::string out = stack.run("doveadm", {"fetch", "-u", stack.user(), "uid hdr.subject", "mailbox", "INBOX", "ALL"});
  for (int i = 1; i <= 12; ++i) {
    std::string want = "uid: " + std::to_string(i) + "\nhdr.subject: mail " + std::to_string(i) + "\n";
    EXPECT_NE(out.find(want), std::string::npos) << want << " in\n" << out;
  }
  for (const auto& e : std::filesystem::directory_iterator(stack.maildir() / "new")) {
    struct stat st {};
    ASSERT_EQ(::stat(e.path().c_str(), &st), 0);
    EXPECT_EQ(st.st_mtime, arrival.time_since_epoch().count()) << e.path();
  }
  EXPECT_EQ(stack.flags_of(3).find("\\Seen"), std::string::npos);
  stack.mark_seen_by_other_client(3);
  EXPECT_NE(stack.flags_of(3).find("\\Seen"), std::string::npos);
}

TEST(MailStack, RestartsKeepPortsAndStopLeavesNothingRunning) {
  MailStack stack;
  const int imap = stack.imap_port(), smtp = stack.smtp_port();
  stack.stop_smtp();
  stack.start_smtp({"-Q", "."});
  stack.stop_imap();
  stack.start_imap();
  EXPECT_EQ(stack.imap_port(), imap);
  EXPECT_EQ(stack.smtp_port(), smtp);
  const int dovecot = read_pid(stack.dir() / "run" / "master.pid");
  const int sink = read_pid(stack.dir() / "run" / "smtp-sink.pid");
  ASSERT_TRUE(process_alive(dovecot));
  ASSERT_TRUE(process_alive(sink));
  EXPECT_NE(stack.password().size(), 0u);
  stack.stop();
  EXPECT_FALSE(process_alive(dovecot));
  EXPECT_FALSE(process_alive(sink));
  stack.stop();  // idempotent
  EXPECT_NO_THROW(stack.run("stop"));
}

}  // namespace
}  // namespace pst::test
