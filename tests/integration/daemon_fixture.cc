// daemon_fixture.cc: see daemon_fixture.h.
#include "tests/integration/daemon_fixture.h"

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <thread>

#include <fmt/format.h>

namespace pst::test {

void DaemonTest::SetUp() {
  stack_ = std::make_unique<MailStack>();
  write_config();
}

void DaemonTest::TearDown() {
  if (daemon_pid_ > 0) stop_background(SIGKILL);
  stack_.reset();
}

std::string DaemonTest::db_path() const { return (stack_->dir() / "pstmail.db").string(); }

void DaemonTest::write_config(const ConfigOverrides& o) {
  config_path_ = (stack_->dir() / "pstmail.yaml").string();
  std::ofstream f(config_path_);
  f << "office:\n"
       "  name: \"BPS Kabupaten Jembrana\"\n"
       "  mailbox: bps5101@bps.go.id\n"
       "  timezone: Asia/Makassar\n"
       "  holidays: [" PSTMAIL_SOURCE_DIR "/config/holidays/id-2026.yaml, " PSTMAIL_SOURCE_DIR
       "/config/holidays/id-2027.yaml]\n"
       "imap:\n";
  if (!o.imap_url.empty())
    f << "  url: \"" << o.imap_url << "\"\n  allow_insecure: true\n";
  else if (o.imaps)
    f << "  url: \"" << stack_->imaps_url() << "\"\n";
  else
    f << "  url: \"" << stack_->imap_url() << "\"\n  allow_insecure: true\n";
  f << "  user: \"" << (o.imap_user.empty() ? stack_->user() : o.imap_user) << "\"\n"
    << "  password_file: "
    << (o.imap_password_file.empty() ? stack_->password_file().string() : o.imap_password_file) << "\n";
  if (o.with_ca && o.imap_url.empty()) f << "  ca_file: " << stack_->ca_file().string() << "\n";
  f << "  poll_seconds: " << o.poll_seconds << "\n  idle: " << o.idle << "\n"
    << "  connect_timeout_seconds: 5\n  timeout_seconds: 20\n";
  if (!o.processed_folder.empty()) f << "  processed_folder: \"" << o.processed_folder << "\"\n";
  if (!o.imap_auth.empty()) f << "  auth: " << o.imap_auth << "\n";
  f << o.imap_extra;
  f << "smtp:\n"
    << "  url: \"" << stack_->smtp_url() << "\"\n"
    << "  from: \"PST BPS Kabupaten Jembrana <bps5101@bps.go.id>\"\n"
    << "  allow_insecure: true\n  connect_timeout_seconds: 5\n  timeout_seconds: 20\n"
    << "  retry_min_seconds: " << o.retry_min_seconds << "\n"
    << "database: " << db_path() << "\n"
    << "templates: " PSTMAIL_SOURCE_DIR "/templates\n"
    << "officers:\n"
       "  - {login: made, name: \"I Made Sudarma\", email: made@example.test, role: officer}\n"
       "  - {login: ayu, name: \"Ni Luh Ayu\", email: ayu@example.test, role: supervisor}\n"
    << o.extra;
}

void DaemonTest::dovecot_extra(const std::string& conf) {
  std::ofstream(stack_->dir() / "etc" / "extra.conf") << conf;
  stack_->stop_imap();
  stack_->start_imap();
}

int DaemonTest::run_daemon(const std::vector<std::string>& args) {
  std::string cmd = fmt::format("'{}' --config '{}'", PSTMAILD_BINARY, config_path_);
  for (const auto& a : args) cmd += " '" + a + "'";
  cmd += " 2>&1";
  output_.clear();
  FILE* p = ::popen(cmd.c_str(), "r");
  if (!p) return -1;
  std::array<char, 4096> buf{};
  std::size_t n;
  while ((n = std::fread(buf.data(), 1, buf.size(), p)) > 0) output_.append(buf.data(), n);
  int status = ::pclose(p);
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

void DaemonTest::start_background() {
  std::string log = (stack_->dir() / "daemon.log").string();
  daemon_pid_ = ::fork();
  if (daemon_pid_ == 0) {
    FILE* f = std::freopen(log.c_str(), "a", stderr);
    (void)f;
    ::execl(PSTMAILD_BINARY, PSTMAILD_BINARY, "--config", config_path_.c_str(), static_cast<char*>(nullptr));
    ::_exit(127);
  }
}

int DaemonTest::stop_background(int sig) {
  if (daemon_pid_ <= 0) return -1;
  ::kill(daemon_pid_, sig);
  int status = 0;
  for (int i = 0; i < 300; ++i) {  // up to 30 s
    pid_t r = ::waitpid(daemon_pid_, &status, WNOHANG);
    if (r == daemon_pid_) break;
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
    if (i == 299) {
      ::kill(daemon_pid_, SIGKILL);
      ::waitpid(daemon_pid_, &status, 0);
    }
  }
  daemon_pid_ = -1;
  return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

int DaemonTest::run_pstq(const char* pstq_binary, const std::string& args, const std::string& stdin_text,
                         std::string& out) {
  const std::string input = (stack_->dir() / "stdin.txt").string();
  std::ofstream(input) << stdin_text;
  const std::string cmd =
      fmt::format("PSTMAIL_CONFIG='{}' '{}' {} <'{}' 2>&1", config_path(), pstq_binary, args, input);
  out.clear();
  FILE* p = ::popen(cmd.c_str(), "r");
  if (!p) return -1;
  std::array<char, 4096> buf{};
  std::size_t n;
  while ((n = std::fread(buf.data(), 1, buf.size(), p)) > 0) out.append(buf.data(), n);
  const int status = ::pclose(p);
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

std::string DaemonTest::daemon_log() const {
  std::ifstream f(stack_->dir() / "daemon.log");
  std::stringstream s;
  s << f.rdbuf();
  return s.str();
}

std::unique_ptr<Database> DaemonTest::db() { return std::make_unique<Database>(db_path(), false); }

int DaemonTest::count(const std::string& sql) {
  auto d = db();
  Statement s = d->prepare(sql);
  return s.step() ? s.integer(0) : -1;
}

int DaemonTest::count_when(const std::string& sql, int expected, std::chrono::milliseconds within) {
  const auto until = std::chrono::steady_clock::now() + within;
  int got = count(sql);
  while (got != expected && std::chrono::steady_clock::now() < until) {
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    got = count(sql);
  }
  return got;
}

std::string complete_request(int n, const std::string& from) {
  return fmt::format(
      "From: Putu Ayu Lestari <{}>\r\nTo: PST BPS Kabupaten Jembrana <bps5101@bps.go.id>\r\n"
      "Subject: Permohonan data penduduk {}\r\nDate: Mon, 30 Nov 2026 09:12:44 +0800\r\n"
      "Message-ID: <request-{}@mail.example.test>\r\nMIME-Version: 1.0\r\n"
      "Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
      "Selamat pagi Bapak/Ibu,\r\n\r\nPerkenalkan, nama saya Putu Ayu Lestari, mahasiswa Universitas Udayana.\r\n"
      "Saya membutuhkan data jumlah penduduk Kabupaten Jembrana per kecamatan tahun {}.\r\n\r\n"
      "Terima kasih.\r\n",
      from, n, n, 2000 + n % 26);
}

}  // namespace pst::test
