// idle_watcher.h: push intake. A thread keeps a second IMAP connection in IDLE (RFC 2177) and calls
// `on_new_mail` as soon as the server announces EXISTS; the service then polls at once. Polling
// stays the fallback and the safety net: a server without IDLE, or a broken connection, only costs
// latency. Re-IDLEs every 25 minutes (before the 29-minute limit); reconnects with backoff
// (1 s doubling to 5 min); one log line per state change. stop() returns within about a second.
// Not for: fetching (the poller does that on its own connection).
#pragma once

#include <atomic>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <string>
#include <thread>

#include "transport/mail_server_options.h"

namespace pst {

class IdleWatcher {
 public:
  /// Starts the thread. `on_new_mail` runs on that thread: it must only hand the news on.
  /// `bearer` (OAuth2 logins): the access token for each new connection; called with true after
  /// the server refused the last one (fetch a fresh one).
  IdleWatcher(MailServerOptions options, std::string mailbox, std::function<void()> on_new_mail,
              std::function<std::string(bool refused)> bearer = {});
  ~IdleWatcher();
  IdleWatcher(const IdleWatcher&) = delete;
  IdleWatcher& operator=(const IdleWatcher&) = delete;

  void stop();

 private:
  void run();
  /// Sleeps up to `d`; false when stop() was called.
  bool pause(std::chrono::milliseconds d);

  MailServerOptions options_;
  std::function<std::string(bool)> bearer_;
  std::string mailbox_;
  std::function<void()> on_new_mail_;
  std::atomic<bool> stop_{false};
  std::mutex mutex_;
  std::condition_variable wake_;
  std::thread thread_;
};

}  // namespace pst
