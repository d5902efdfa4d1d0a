// held_relay.cc: poll()-driven relays; the server side is not read while holding.
#include "tests/harness/held_relay.h"

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <stdexcept>

namespace pst::test {
namespace {

int listen_on_loopback(int& port) {
  int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
  if (fd < 0) throw std::runtime_error("held relay: socket failed");
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  socklen_t len = sizeof addr;
  if (::bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0 || ::listen(fd, 8) != 0 ||
      ::getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len) != 0) {
    ::close(fd);
    throw std::runtime_error("held relay: bind/listen failed");
  }
  port = ntohs(addr.sin_port);
  return fd;
}

int connect_to_loopback(int port) {
  int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
  if (fd < 0) return -1;
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  addr.sin_port = htons(static_cast<unsigned short>(port));
  if (::connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0) {
    ::close(fd);
    return -1;
  }
  return fd;
}

bool send_all(int fd, const char* p, std::size_t n) {
  while (n > 0) {
    ssize_t k = ::send(fd, p, n, MSG_NOSIGNAL);
    if (k <= 0) return false;
    p += k;
    n -= static_cast<std::size_t>(k);
  }
  return true;
}

}  // namespace

HeldRelay::HeldRelay(int target_port, std::size_t hold_after) : target_port_(target_port), hold_after_(hold_after) {
  listen_fd_ = listen_on_loopback(port_);
  thread_ = std::thread([this] { serve(); });
}

HeldRelay::~HeldRelay() {
  stop_ = true;
  thread_.join();
  for (auto& t : relays_) t.join();
  ::close(listen_fd_);
}

void HeldRelay::release() { released_ = true; }

void HeldRelay::serve() {
  while (!stop_) {
    pollfd fd{listen_fd_, POLLIN, 0};
    if (::poll(&fd, 1, 50) <= 0) continue;
    int client = ::accept4(listen_fd_, nullptr, nullptr, SOCK_CLOEXEC);
    if (client < 0) continue;
    std::lock_guard lock(relays_mutex_);
    relays_.emplace_back([this, client] {
      if (int server = connect_to_loopback(target_port_); server >= 0) {
        relay(client, server);
        ::close(server);
      }
      ::close(client);
    });
  }
}

void HeldRelay::relay(int client, int server) {
  std::size_t to_client = 0;
  char buf[16384];
  while (!stop_) {
    const bool hold = !released_ && to_client >= hold_after_;
    if (hold) holding_ = true;
    pollfd fds[2] = {{client, POLLIN, 0}, {server, static_cast<short>(hold ? 0 : POLLIN), 0}};
    if (::poll(fds, 2, 50) <= 0) continue;
    if (fds[0].revents) {
      ssize_t n = ::recv(client, buf, sizeof buf, 0);
      if (n <= 0 || !send_all(server, buf, static_cast<std::size_t>(n))) {
        holding_ = false;  // the client gave up (or ended): nothing is held for it any more
        return;
      }
    }
    if (!hold && fds[1].revents) {
      // Never past the threshold in one go: the hold starts exactly at `hold_after` bytes.
      std::size_t want = sizeof buf;
      if (!released_ && to_client < hold_after_) want = std::min(want, hold_after_ - to_client);
      ssize_t n = ::recv(server, buf, want, 0);
      if (n <= 0 || !send_all(client, buf, static_cast<std::size_t>(n))) return;
      to_client += static_cast<std::size_t>(n);
    }
  }
}

}  // namespace pst::test
