// mailstack.cc: runs scripts/mailstack.sh and reads what it leaves in its folder.
#include "tests/harness/mailstack.h"

#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <map>
#include <sstream>
#include <stdexcept>
#include <system_error>
#include <thread>

#include "tests/harness/script_runner.h"

namespace pst::test {
namespace {

namespace fs = std::filesystem;

// "<a@b> SIZE=12 BODY=8BITMIME" -> "a@b"
std::string envelope_address(std::string_view args) {
  auto end = args.find(' ');
  std::string_view a = args.substr(0, end);
  if (a.size() >= 2 && a.front() == '<' && a.back() == '>') a = a.substr(1, a.size() - 2);
  return std::string(a);
}

}  // namespace

SinkMessage parse_sink_dump(std::string_view dump) {
  SinkMessage m;
  std::size_t pos = 0;
  bool in_received = false;
  while (pos < dump.size()) {
    std::size_t nl = dump.find('\n', pos);
    if (nl == std::string_view::npos) nl = dump.size();
    std::string_view line = dump.substr(pos, nl - pos);
    bool continuation = !line.empty() && (line[0] == '\t' || line[0] == ' ');
    if (in_received && !continuation) break;  // the message starts here
    pos = std::min(nl + 1, dump.size());
    if (continuation) continue;
    auto value = [&](std::string_view key) -> std::optional<std::string_view> {
      if (line.substr(0, key.size()) == key) return line.substr(key.size());
      return std::nullopt;
    };
    if (auto v = value("X-Helo-Args: ")) m.helo = std::string(*v);
    else if (auto v = value("X-Mail-Args: ")) m.mail_from = envelope_address(*v);
    else if (auto v = value("X-Rcpt-Args: ")) m.rcpt_to.push_back(envelope_address(*v));
    else if (value("Received: ")) in_received = true;
  }
  std::string_view message = dump.substr(pos);
  // smtp-sink ends each dump with an empty line of its own.
  if (message.size() >= 1 && message.back() == '\n') message.remove_suffix(1);
  m.message = std::string(message);
  return m;
}

MailStack::MailStack() {
  dir_ = make_temp_folder("pstms");
  try {
    run("start");
  } catch (...) {
    std::error_code ec;
    fs::remove_all(dir_, ec);
    throw;
  }
  const auto env = read_env_file(dir_ / "env");
  imap_port_ = std::stoi(env_value(env, "IMAP_PORT"));
  imaps_port_ = std::stoi(env_value(env, "IMAPS_PORT"));
  smtp_port_ = std::stoi(env_value(env, "SMTP_PORT"));
  user_ = env_value(env, "IMAP_USER");
  password_file_ = env_value(env, "IMAP_PASSWORD_FILE");
  ca_file_ = env_value(env, "CA_FILE");
  sink_dir_ = env_value(env, "SINK_DIR");
  maildir_ = env_value(env, "MAILDIR");
}

void MailStack::stop() {
  if (stopped_) return;
  run("stop");
  stopped_ = true;
}

MailStack::~MailStack() {
  try {
    stop();
  } catch (const std::exception& e) {
    std::fprintf(stderr, "mailstack: stop failed: %s\n", e.what());
  }
  remove_folder_unless_kept(dir_, "mailstack");
}

std::string MailStack::run(std::string_view command, const std::vector<std::string>& args) const {
  return run_script(PST_MAILSTACK_SCRIPT, command, dir_, args);
}

std::string MailStack::password() const {
  std::string pw = read_whole_file(password_file_);
  while (!pw.empty() && (pw.back() == '\n' || pw.back() == '\r')) pw.pop_back();
  return pw;
}

std::string MailStack::dovecot_log() const { return read_whole_file(dir_ / "log" / "dovecot.log"); }

std::string MailStack::dovecot_log_with(std::string_view needle, std::size_t times) const {
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(15);
  for (;;) {
    std::string log = dovecot_log();
    std::size_t found = 0;
    for (std::size_t at = log.find(needle); at != std::string::npos && found < times; at = log.find(needle, at + 1))
      ++found;
    if (found >= times || std::chrono::steady_clock::now() > deadline) return log;
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
}

std::string MailStack::imaps_url(std::string_view mailbox) const {
  return "imaps://127.0.0.1:" + std::to_string(imaps_port_) + "/" + std::string(mailbox);
}
std::string MailStack::imap_url(std::string_view mailbox) const {
  return "imap://127.0.0.1:" + std::to_string(imap_port_) + "/" + std::string(mailbox);
}
std::string MailStack::smtp_url() const { return "smtp://127.0.0.1:" + std::to_string(smtp_port_); }

void MailStack::deliver(const std::vector<std::string>& raw_mails, std::optional<std::chrono::sys_seconds> arrival) {
  if (raw_mails.empty()) return;
  fs::path incoming = dir_ / "incoming";
  fs::create_directories(incoming);
  // The arrival by this process's clock, not the file system's: a test run under a shifted clock (libfaketime,
  // to look for date bombs) then sees mail arrive at its "now", as on a server.
  if (!arrival) arrival = std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
  std::vector<std::string> args = {"--mtime", std::to_string(arrival->time_since_epoch().count())};
  // In batches: the whole command line is one argument of sh -c (at most 128 KiB).
  constexpr std::size_t kBatch = 1000;
  for (std::size_t first = 0; first < raw_mails.size(); first += kBatch) {
    std::vector<std::string> batch_args = args;
    std::vector<fs::path> files;
    for (std::size_t i = first; i < std::min(raw_mails.size(), first + kBatch); ++i) {
      fs::path f = incoming / ("mail-" + std::to_string(++delivered_) + ".eml");
      write_whole_file(f, raw_mails[i]);
      files.push_back(f);
      batch_args.push_back(f.string());
    }
    run("deliver", batch_args);
    for (const auto& f : files) fs::remove(f);
  }
}

void MailStack::mark_seen_by_other_client(std::uint32_t uid) { run("seen", {std::to_string(uid)}); }

std::vector<std::uint32_t> MailStack::uids_in(std::string_view mailbox) {
  std::string out = run("doveadm", {"search", "-u", user_, "mailbox", std::string(mailbox), "ALL"});
  std::vector<std::uint32_t> uids;
  std::istringstream in(out);
  std::string guid;
  std::uint32_t uid;
  while (in >> guid >> uid) uids.push_back(uid);
  std::sort(uids.begin(), uids.end());
  return uids;
}

std::string MailStack::flags_of(std::uint32_t uid, std::string_view mailbox) {
  std::string out = run("doveadm", {"fetch", "-u", user_, "flags", "mailbox", std::string(mailbox), "uid",
                                    std::to_string(uid)});
  auto p = out.find("flags: ");
  if (p == std::string::npos) return "";
  std::string flags = out.substr(p + 7);
  while (!flags.empty() && (flags.back() == '\n' || flags.back() == ' ')) flags.pop_back();
  return flags;
}

void MailStack::stop_smtp() { run("stop-smtp"); }
void MailStack::start_smtp(const std::vector<std::string>& flags) { run("start-smtp", flags); }
void MailStack::stop_imap() { run("stop-imap"); }
void MailStack::start_imap() { run("start-imap"); }

std::vector<SinkMessage> MailStack::received() const {
  struct Entry {
    fs::file_time_type mtime;
    fs::path path;
  };
  std::vector<Entry> entries;
  for (const auto& e : fs::directory_iterator(sink_dir_)) {
    if (e.is_regular_file()) entries.push_back({e.last_write_time(), e.path()});
  }
  std::sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) {
    return a.mtime != b.mtime ? a.mtime < b.mtime : a.path < b.path;
  });
  std::vector<SinkMessage> out;
  for (const auto& e : entries) {
    SinkMessage m = parse_sink_dump(read_whole_file(e.path));
    m.file = e.path;
    out.push_back(std::move(m));
  }
  return out;
}

std::vector<SinkMessage> MailStack::wait_for_received(std::size_t n, std::chrono::milliseconds timeout) {
  auto deadline = std::chrono::steady_clock::now() + timeout;
  std::map<fs::path, std::uintmax_t> last_sizes;
  for (;;) {
    std::map<fs::path, std::uintmax_t> sizes;
    for (const auto& e : fs::directory_iterator(sink_dir_)) {
      if (e.is_regular_file()) sizes[e.path()] = e.file_size();
    }
    // smtp-sink writes while it receives: a file is complete once it stops growing.
    if (sizes.size() >= n && sizes == last_sizes) return received();
    if (std::chrono::steady_clock::now() >= deadline) return received();
    last_sizes = std::move(sizes);
    std::this_thread::sleep_for(std::chrono::milliseconds(25));
  }
}

}  // namespace pst::test
