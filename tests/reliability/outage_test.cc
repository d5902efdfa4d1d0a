// outage_test.cc: servers that are down, refuse, fail the TLS handshake or stall (issue 8), with the
// real daemon, Dovecot and smtp-sink. While the IMAP server is down the daemon must not spin (its CPU
// time is measured and recorded) and must say so once, not once per poll; temporary SMTP refusals are
// retried until the mail goes out exactly once; a permanent refusal is never retried; a server that
// accepts and then says nothing costs at most the configured timeout. Figures are appended to
// $PST_RELIABILITY_OUT.
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include <fmt/format.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "queue/health.h"
#include "tests/integration/daemon_fixture.h"
#include "tests/reliability/record.h"

namespace pst::test {
namespace {

using namespace std::chrono_literals;

int occurrences(const std::string& text, const std::string& needle) {
  int n = 0;
  for (auto p = text.find(needle); p != std::string::npos; p = text.find(needle, p + 1)) ++n;
  return n;
}

// The failure each "poll failed" line of a log reports (what follows its last ": " prefix word).
std::vector<std::string> poll_failures(const std::string& log) {
  std::vector<std::string> out;
  std::istringstream lines(log);
  for (std::string line; std::getline(lines, line);) {
    const auto at = line.find("poll failed");
    if (at == std::string::npos) continue;
    const auto now = line.find("now: ", at);
    out.push_back(line.substr(now != std::string::npos ? now + 5 : line.find(": ", at) + 2));
  }
  return out;
}

// User + system CPU seconds of a process so far (/proc/PID/stat fields 14 and 15).
double cpu_seconds(pid_t pid) {
  std::ifstream f(fmt::format("/proc/{}/stat", pid));
  std::string stat((std::istreambuf_iterator<char>(f)), {});
  std::istringstream rest(stat.substr(stat.rfind(')') + 2));
  std::string field;
  long utime = 0, stime = 0;
  for (int i = 3; i <= 15 && rest >> field; ++i) {
    if (i == 14) utime = std::stol(field);
    if (i == 15) stime = std::stol(field);
  }
  return static_cast<double>(utime + stime) / static_cast<double>(::sysconf(_SC_CLK_TCK));
}

// A TCP server on 127.0.0.1 that accepts connections and never sends a byte.
class SilentServer {
 public:
  SilentServer() {
    fd_ = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    ::bind(fd_, reinterpret_cast<sockaddr*>(&a), sizeof a);
    ::listen(fd_, 8);
    socklen_t len = sizeof a;
    ::getsockname(fd_, reinterpret_cast<sockaddr*>(&a), &len);
    port_ = ntohs(a.sin_port);
  }
  ~SilentServer() { ::close(fd_); }  // connections accepted by the kernel's backlog are never read
  int port() const { return port_; }

 private:
  int fd_ = -1;
  int port_ = 0;
};

class OutageTest : public DaemonTest {
 protected:
  // Edits the imap section of the written config: its url, and its timeouts when given.
  void edit_imap(const std::string& url, int connect_timeout = 0, int timeout = 0) {
    std::ifstream in(config_path());
    std::string yaml((std::istreambuf_iterator<char>(in)), {});
    const auto begin = yaml.find("imap:\n");
    const auto end = yaml.find("\nsmtp:", begin);
    std::string section = yaml.substr(begin, end - begin);
    section = std::regex_replace(section, std::regex("(\n  url: )\"[^\"]*\""), "$1\"" + url + "\"");
    // (Whole lines are replaced: "$1" followed by a digit would read as group 12.)
    if (connect_timeout)
      section = std::regex_replace(section, std::regex("\n  connect_timeout_seconds: [0-9]+"),
                                   "\n  connect_timeout_seconds: " + std::to_string(connect_timeout));
    if (timeout)
      section = std::regex_replace(section, std::regex("\n  timeout_seconds: [0-9]+"),
                                   "\n  timeout_seconds: " + std::to_string(timeout));
    yaml.replace(begin, end - begin, section);
    std::ofstream(config_path()) << yaml;
  }
};

TEST_F(OutageTest, ImapDownCostsNoCpuIsLoggedOnceAndMailFlowsWhenItIsBack) {
  ConfigOverrides o;
  o.poll_seconds = 1;
  write_config(o);
  stack_->stop_imap();
  start_background();
  std::this_thread::sleep_for(1500ms);
  const double before = cpu_seconds(daemon_pid_);
  const auto t0 = std::chrono::steady_clock::now();
  std::this_thread::sleep_for(10s);
  const double cpu = cpu_seconds(daemon_pid_) - before;
  const double wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  const std::string down_log = daemon_log();
  EXPECT_LT(cpu, 0.5) << "the daemon spins while the server is down";  // a busy loop would use ~10 s
  // One outage is one line. A second line only for a different failure: on a busy machine another
  // test's server can take the freed port meanwhile ("wrong version number" instead of "couldn't
  // connect"), and that is news. The same failure again (numbers aside) is the defect this catches.
  const std::vector<std::string> failures = poll_failures(down_log);
  EXPECT_GE(failures.size(), 1u) << down_log;
  EXPECT_LE(failures.size(), 2u) << down_log;
  for (std::size_t i = 1; i < failures.size(); ++i)
    EXPECT_FALSE(same_failure(failures[i - 1], failures[i])) << "logged again: " << failures[i] << "\n" << down_log;

  stack_->start_imap();
  stack_->deliver(complete_request(1, "kembali@student.example.ac.id"));
  EXPECT_EQ(stack_->wait_for_received(1, 30s).size(), 1u) << daemon_log();
  EXPECT_EQ(stop_background(SIGTERM), 0);
  EXPECT_EQ(occurrences(daemon_log(), "fetching mail (IMAP) works again"), 1) << daemon_log();
  record({{"fault", "IMAP server stopped for 10 s (poll every 1 s), then back"},
          {"runs", 1},
          {"mails", 1},
          {"lost", 1 - count("SELECT count(*) FROM messages WHERE state = 'processed'")},
          {"duplicated", static_cast<int>(stack_->received().size()) - 1},
          {"cpu_percent_while_down", 100.0 * cpu / wall},
          {"poll_failed_log_lines", occurrences(down_log, "poll failed")}});
}

TEST_F(OutageTest, ImapServerStoppedMidFetchLosesAndDuplicatesNothing) {
  ConfigOverrides o;
  o.poll_seconds = 1;
  write_config(o);
  const int mails = 1500;
  std::vector<std::string> batch;
  for (int i = 0; i < mails; ++i)
    batch.push_back(complete_request(i, fmt::format("tengah{}@student.example.ac.id", i)));
  stack_->deliver(batch);
  start_background();
  // Stop Dovecot while the pipelined fetch is under way, then bring it back.
  const auto stored = [&] {  // 0 while the daemon is still creating its database
    try {
      return std::filesystem::exists(db_path()) ? count("SELECT count(*) FROM messages") : 0;
    } catch (const std::exception&) {
      return 0;
    }
  };
  const auto until = std::chrono::steady_clock::now() + 20s;
  while (std::chrono::steady_clock::now() < until && stored() == 0) std::this_thread::sleep_for(10ms);
  const int stored_when_stopped = count("SELECT count(*) FROM messages");
  stack_->stop_imap();
  std::this_thread::sleep_for(3s);
  stack_->start_imap();
  const auto deadline = std::chrono::steady_clock::now() + 3min;
  while (std::chrono::steady_clock::now() < deadline &&
         (count("SELECT count(*) FROM messages WHERE state = 'processed'") < mails ||
          count("SELECT count(*) FROM outbox WHERE state <> 'sent'") > 0))
    std::this_thread::sleep_for(200ms);
  EXPECT_EQ(stop_background(SIGTERM), 0);
  EXPECT_LT(stored_when_stopped, mails) << "the fetch was over before the server stopped";
  EXPECT_EQ(count("SELECT count(*) FROM messages"), mails);
  EXPECT_EQ(count("SELECT count(DISTINCT sha256) FROM messages"), mails);
  EXPECT_EQ(count("SELECT count(*) FROM tickets"), mails);
  const auto received = stack_->wait_for_received(static_cast<std::size_t>(mails), 30s);
  EXPECT_EQ(received.size(), static_cast<std::size_t>(mails));
  record({{"fault", "IMAP server stopped for 3 s in the middle of a 1,500-mail fetch"},
          {"runs", 1},
          {"mails", mails},
          {"lost", mails - count("SELECT count(*) FROM messages WHERE state = 'processed'")},
          {"duplicated", static_cast<int>(received.size()) - mails},
          {"stored_before_the_stop", stored_when_stopped}});
}

TEST_F(OutageTest, TemporarySmtpRefusalIsRetriedUntilTheMailGoesOutOnce) {
  ConfigOverrides o;
  o.retry_min_seconds = 1;
  write_config(o);
  stack_->stop_smtp();
  stack_->start_smtp({"-r", "RCPT"});  // 4xx to every RCPT TO
  stack_->deliver(complete_request(1, "sementara@student.example.ac.id"));
  run_once();  // exit 0: the mail is deferred, not failed
  EXPECT_EQ(count("SELECT count(*) FROM outbox WHERE state = 'queued' AND attempts = 1"), 1) << output_;
  EXPECT_EQ(stack_->received().size(), 0u);
  std::this_thread::sleep_for(1500ms);
  run_once();  // still refusing: retried, still queued
  EXPECT_EQ(count("SELECT count(*) FROM outbox WHERE state = 'queued' AND attempts = 2"), 1);
  stack_->stop_smtp();
  stack_->start_smtp();
  std::this_thread::sleep_for(2500ms);  // the backoff: 1 s, then 2 s
  EXPECT_EQ(run_once(), 0) << output_;
  EXPECT_EQ(stack_->wait_for_received(1, 10s).size(), 1u);
  EXPECT_EQ(count("SELECT count(*) FROM outbox WHERE state = 'sent'"), 1);
  EXPECT_EQ(run_once(), 0) << output_;
  std::this_thread::sleep_for(500ms);
  EXPECT_EQ(stack_->received().size(), 1u) << "sent twice";
  record({{"fault", "SMTP answering 4xx twice, then accepting"},
          {"runs", 4},
          {"mails", 1},
          {"lost", 1 - static_cast<int>(stack_->received().size() > 0)},
          {"duplicated", static_cast<int>(stack_->received().size()) - 1}});
}

TEST_F(OutageTest, PermanentSmtpRefusalIsNeverRetried) {
  ConfigOverrides o;
  o.retry_min_seconds = 1;
  write_config(o);
  stack_->stop_smtp();
  stack_->start_smtp({"-f", "RCPT"});  // 5xx to every RCPT TO
  stack_->deliver(complete_request(1, "ditolak@student.example.ac.id"));
  run_once();
  EXPECT_EQ(count("SELECT count(*) FROM outbox WHERE state = 'failed' AND attempts = 1"), 1);
  stack_->stop_smtp();
  stack_->start_smtp();
  std::this_thread::sleep_for(1500ms);
  EXPECT_EQ(run_once(), 0) << output_;
  EXPECT_EQ(run_once(), 0) << output_;
  std::this_thread::sleep_for(500ms);
  EXPECT_EQ(stack_->received().size(), 0u) << "a 5xx was retried";
  EXPECT_EQ(count("SELECT count(*) FROM outbox WHERE state = 'failed' AND attempts = 1"), 1);
  record({{"fault", "SMTP answering 5xx (then healthy again)"},
          {"runs", 3},
          {"mails", 1},
          {"lost", 0},
          {"duplicated", 0},
          {"note", "failed on the ticket after one attempt; never retried"}});
}

TEST_F(OutageTest, TlsHandshakeFailureIsAClearErrorAndLosesNothing) {
  write_config();
  // imaps:// to the plain-text port: the server answers "* OK" where a TLS ServerHello belongs.
  edit_imap(fmt::format("imaps://127.0.0.1:{}/INBOX", stack_->imap_port()));
  stack_->deliver(complete_request(1, "tls@student.example.ac.id"));
  EXPECT_EQ(run_once(), 1);
  EXPECT_NE(output_.find("poll failed"), std::string::npos) << output_;
  EXPECT_EQ(count("SELECT count(*) FROM messages"), 0);
  write_config();  // fixed
  EXPECT_EQ(run_once(), 0) << output_;
  EXPECT_EQ(count("SELECT count(*) FROM messages WHERE state = 'processed'"), 1);
  EXPECT_EQ(stack_->wait_for_received(1, 10s).size(), 1u);
  record({{"fault", "TLS handshake failure (imaps to a plain port), then fixed"},
          {"runs", 2},
          {"mails", 1},
          {"lost", 1 - count("SELECT count(*) FROM messages WHERE state = 'processed'")},
          {"duplicated", static_cast<int>(stack_->received().size()) - 1}});
}

TEST_F(OutageTest, ServerThatAcceptsAndStallsCostsOnlyTheTimeout) {
  SilentServer silent;
  ConfigOverrides o;
  o.imaps = false;
  write_config(o);
  edit_imap(fmt::format("imap://127.0.0.1:{}/INBOX", silent.port()), 2, 3);
  const auto t0 = std::chrono::steady_clock::now();
  EXPECT_EQ(run_once(), 1) << output_;
  const double took = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  EXPECT_LT(took, 10.0) << "the stalled server held the daemon beyond its timeouts";
  EXPECT_NE(output_.find("Timeout was reached"), std::string::npos) << output_;
  EXPECT_NE(output_.find("poll failed"), std::string::npos) << output_;
  record({{"fault", "IMAP server accepts and never answers (connect timeout 2 s, timeout 3 s)"},
          {"runs", 1},
          {"mails", 0},
          {"lost", 0},
          {"duplicated", 0},
          {"seconds_until_given_up", took}});
}

}  // namespace
}  // namespace pst::test
