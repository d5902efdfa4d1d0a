// idle_watcher.cc: see idle_watcher.h.
#include "daemon/idle_watcher.h"

#include <fmt/format.h>

#include "common/log.h"
#include "transport/imap_response.h"
#include "transport/imap_stream.h"

namespace pst {
namespace {

using namespace std::chrono;
using namespace std::chrono_literals;

constexpr auto kReidle = 25min;
constexpr auto kReadSlice = 1s;  // how often the thread looks at the stop flag
constexpr auto kMaxBackoff = 5min;

bool ends_with(std::string_view s, std::string_view tail) {
  return s.size() >= tail.size() && s.substr(s.size() - tail.size()) == tail;
}

}  // namespace

IdleWatcher::IdleWatcher(MailServerOptions options, std::string mailbox, std::function<void()> on_new_mail,
                         std::function<std::string(bool)> bearer)
    : options_(std::move(options)), bearer_(std::move(bearer)), mailbox_(std::move(mailbox)),
      on_new_mail_(std::move(on_new_mail)) {
  thread_ = std::thread([this] { run(); });
}

IdleWatcher::~IdleWatcher() { stop(); }

void IdleWatcher::stop() {
  stop_ = true;
  wake_.notify_all();
  if (thread_.joinable()) thread_.join();
}

bool IdleWatcher::pause(milliseconds d) {
  std::unique_lock lock(mutex_);
  wake_.wait_for(lock, d, [this] { return stop_.load(); });
  return !stop_;
}

void IdleWatcher::run() {
  milliseconds backoff = 1s;
  std::string last_state;
  auto state = [&](const std::string& s, LogLevel level) {
    if (s != last_state) log(level, "IDLE: " + s);
    last_state = s;
  };
  auto quoted = quote_imap_string(mailbox_);
  if (!quoted) {
    state(fmt::format("mailbox name \"{}\" cannot be quoted; polling only", mailbox_), LogLevel::warning);
    return;
  }
  bool refused = false;
  while (!stop_) {
    if (bearer_) options_.bearer = bearer_(refused);
    ImapStream s(options_, ImapReaderLimits{});
    bool has_idle = false;
    auto fail = [&](const std::string& what) {
      state(fmt::format("{}; reconnecting in {} s (polling continues)", what, duration_cast<seconds>(backoff).count()),
            LogLevel::warning);
      bool go_on = pause(backoff);
      backoff = std::min<milliseconds>(backoff * 2, kMaxBackoff);
      return go_on;
    };
    if (auto c = s.connect(); !c) {
      refused = c.error().kind == ErrorKind::auth;
      if (!fail(c.error().message)) return;
      continue;
    }
    auto caps = s.run("CAPABILITY", [&](ImapResponse&& r) {
      if (r.text.rfind("CAPABILITY ", 0) == 0 && r.text.find(" IDLE") != std::string::npos) has_idle = true;
    });
    if (!caps) {
      if (!fail(caps.error().message)) return;
      continue;
    }
    if (!has_idle) {
      state("the server does not offer IDLE: polling only", LogLevel::notice);
      return;
    }
    if (auto sel = s.run("SELECT " + *quoted, [](ImapResponse&&) {}); !sel) {
      if (!fail(sel.error().message)) return;
      continue;
    }
    backoff = 1s;
    state("waiting for new mail", LogLevel::info);
    bool broken = false;
    while (!stop_ && !broken) {
      auto tag = s.send_command("IDLE");
      if (!tag) break;
      auto cont = s.read(10s);
      if (!cont || !*cont || (*cont)->kind != ImapResponse::Kind::continuation) break;
      auto started = steady_clock::now();
      while (!stop_ && steady_clock::now() - started < kReidle) {
        auto r = s.read(kReadSlice);
        if (!r) {
          broken = true;
          break;
        }
        if (!*r) continue;
        const ImapResponse& resp = **r;
        if (resp.kind == ImapResponse::Kind::untagged && ends_with(resp.text, " EXISTS")) on_new_mail_();
        if (resp.kind == ImapResponse::Kind::untagged && resp.text.rfind("BYE", 0) == 0) {
          broken = true;
          break;
        }
      }
      if (broken) break;
      if (!s.send_line("DONE")) break;
      bool done = false;
      for (auto until = steady_clock::now() + 10s; steady_clock::now() < until;) {
        auto r = s.read(kReadSlice);
        if (!r) break;
        if (*r && (*r)->kind == ImapResponse::Kind::tagged) {
          done = true;
          break;
        }
        if (*r && (*r)->kind == ImapResponse::Kind::untagged && ends_with((*r)->text, " EXISTS")) on_new_mail_();
      }
      if (!done) break;
    }
    if (stop_) return;
    if (!fail("connection lost")) return;
  }
}

}  // namespace pst
