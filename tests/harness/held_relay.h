// held_relay.h: a loopback TCP relay in front of a real server (Dovecot) that can hold the server's
// bytes: after `hold_after` bytes have gone to the client, the rest waits until release(). A test
// uses it to keep a real server's answer half-sent (a slow link, a long FETCH) for as long as it
// looks at what the client did meanwhile. Client bytes always pass. Each connection is relayed on a
// thread of its own (flags looked at every 50 ms); the destructor closes everything. Test code only.
#pragma once

#include <atomic>
#include <cstddef>
#include <mutex>
#include <thread>
#include <vector>

namespace pst::test {

class HeldRelay {
 public:
  /// Listens on a free loopback port; each connection is relayed to 127.0.0.1:`target_port`.
  HeldRelay(int target_port, std::size_t hold_after);
  ~HeldRelay();
  HeldRelay(const HeldRelay&) = delete;
  HeldRelay& operator=(const HeldRelay&) = delete;

  [[nodiscard]] int port() const { return port_; }
  /// True while a connection's server bytes are being held and its client is still connected.
  [[nodiscard]] bool holding() const { return holding_.load(); }
  /// Lets the held bytes (and all that follow, on every connection) through.
  void release();

 private:
  void serve();
  void relay(int client, int server);

  int target_port_;
  std::size_t hold_after_;
  int listen_fd_ = -1;
  int port_ = 0;
  std::atomic<bool> released_{false};
  std::atomic<bool> holding_{false};
  std::atomic<bool> stop_{false};
  std::thread thread_;
  std::mutex relays_mutex_;
  std::vector<std::thread> relays_;  // one per connection
};

}  // namespace pst::test
