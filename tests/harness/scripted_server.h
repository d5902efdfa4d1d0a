// scripted_server.h: a loopback TCP server that follows a script, for protocol corners a real server
// won't produce: an IMAP server without STARTTLS, one that accepts and never greets. It records every
// byte it receives, so a test can prove what a client did NOT send (e.g. a password).
// One connection at a time, served on its own thread. Test code only.
#pragma once

#include <atomic>
#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <thread>

namespace pst::test {

class ScriptedServer {
 public:
  /// Answers one received line (without CRLF) with bytes to send ("" = send nothing); nullopt closes.
  using Responder = std::function<std::optional<std::string>(std::string_view line)>;

  /// Listens on 127.0.0.1 (a free port). Sends `greeting` on accept (empty: stay silent), then
  /// answers each line with `responder` (none: read and stay silent).
  explicit ScriptedServer(std::string greeting, Responder responder = nullptr);
  ~ScriptedServer();
  ScriptedServer(const ScriptedServer&) = delete;
  ScriptedServer& operator=(const ScriptedServer&) = delete;

  [[nodiscard]] int port() const { return port_; }
  [[nodiscard]] std::string received() const;  // everything clients sent so far
  [[nodiscard]] int connections() const { return connections_.load(); }

 private:
  void serve();
  void serve_connection(int fd);

  std::string greeting_;
  Responder responder_;
  int listen_fd_ = -1;
  int port_ = 0;
  int stop_pipe_[2] = {-1, -1};
  std::atomic<int> connections_{0};
  mutable std::mutex mu_;
  std::string received_;
  std::thread thread_;
};

}  // namespace pst::test
