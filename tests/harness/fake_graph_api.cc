// fake_graph_api.cc: see fake_graph_api.h.
#include "tests/harness/fake_graph_api.h"

#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cstring>
#include <stdexcept>

namespace pst::test {
namespace {

std::string header_value(const std::string& head, const std::string& name) {
  // Case-insensitive "\r\nName: value".
  std::string lower_head = head, lower_name = "\r\n" + name + ":";
  for (auto& c : lower_head) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (auto& c : lower_name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  auto p = lower_head.find(lower_name);
  if (p == std::string::npos) return {};
  p += lower_name.size();
  auto e = head.find("\r\n", p);
  std::string v = head.substr(p, e - p);
  while (!v.empty() && v.front() == ' ') v.erase(0, 1);
  return v;
}

void send_all(int fd, const std::string& s) {
  std::size_t off = 0;
  while (off < s.size()) {
    ssize_t n = ::send(fd, s.data() + off, s.size() - off, MSG_NOSIGNAL);
    if (n <= 0) return;
    off += static_cast<std::size_t>(n);
  }
}

}  // namespace

FakeGraphApi::FakeGraphApi() {
  listen_fd_ = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
  sockaddr_in a{};
  a.sin_family = AF_INET;
  a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (listen_fd_ < 0 || ::bind(listen_fd_, reinterpret_cast<sockaddr*>(&a), sizeof a) != 0 || ::listen(listen_fd_, 16) != 0)
    throw std::runtime_error(std::string("fake graph api: ") + std::strerror(errno));
  socklen_t len = sizeof a;
  ::getsockname(listen_fd_, reinterpret_cast<sockaddr*>(&a), &len);
  port_ = ntohs(a.sin_port);
  thread_ = std::thread([this] { serve(); });
}

FakeGraphApi::~FakeGraphApi() {
  stop_ = true;
  if (thread_.joinable()) thread_.join();
  if (listen_fd_ >= 0) ::close(listen_fd_);
}

std::string FakeGraphApi::api_url() const { return "http://127.0.0.1:" + std::to_string(port_) + "/v21.0"; }

void FakeGraphApi::fail_next(std::vector<Failure> failures) {
  std::lock_guard lock(mu_);
  failures_.insert(failures_.end(), failures.begin(), failures.end());
}

void FakeGraphApi::add_media(const std::string& id, std::string bytes, const std::string& mime_type) {
  std::lock_guard lock(mu_);
  media_.emplace_back(id, std::move(bytes), mime_type);
}

std::vector<FakeGraphApi::Request> FakeGraphApi::requests() const {
  std::lock_guard lock(mu_);
  return requests_;
}

std::vector<FakeGraphApi::Request> FakeGraphApi::wait_for(std::size_t n, std::chrono::milliseconds wait) const {
  const auto end = std::chrono::steady_clock::now() + wait;
  for (;;) {
    auto got = requests();
    if (got.size() >= n || std::chrono::steady_clock::now() >= end) return got;
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
}

void FakeGraphApi::serve() {
  while (!stop_) {
    pollfd p{listen_fd_, POLLIN, 0};
    if (::poll(&p, 1, 50) <= 0) continue;
    int fd = ::accept4(listen_fd_, nullptr, nullptr, SOCK_CLOEXEC);
    if (fd < 0) continue;
    serve_connection(fd);
    ::close(fd);
  }
}

void FakeGraphApi::serve_connection(int fd) {
  std::string in;
  char buf[8192];
  std::size_t head_end = std::string::npos, need = 0;
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(5);
  while (std::chrono::steady_clock::now() < deadline) {
    if (head_end == std::string::npos) {
      head_end = in.find("\r\n\r\n");
      if (head_end != std::string::npos) {
        const std::string cl = header_value(in.substr(0, head_end + 2), "Content-Length");
        need = head_end + 4 + (cl.empty() ? 0 : std::stoul(cl));
      }
    }
    if (head_end != std::string::npos && in.size() >= need) break;
    pollfd p{fd, POLLIN, 0};
    if (::poll(&p, 1, 100) <= 0) continue;
    ssize_t n = ::recv(fd, buf, sizeof buf, 0);
    if (n <= 0) return;
    in.append(buf, static_cast<std::size_t>(n));
  }
  if (head_end == std::string::npos) return;
  const std::string head = in.substr(0, head_end + 2);
  Request r;
  r.method = head.substr(0, head.find(' '));
  const auto sp = head.find(' ');
  r.path = head.substr(sp + 1, head.find(' ', sp + 1) - sp - 1);
  r.authorization = header_value(head, "Authorization");
  r.body = in.substr(head_end + 4, need - head_end - 4);
  int status = 200;
  std::string body;
  std::string type = "application/json";
  {
    std::lock_guard lock(mu_);
    if (r.method == "GET") {  // media: its description, then its bytes; not a message we "sent"
      status = 404;
      body = R"({"error":{"message":"no such media","code":100}})";
      for (const auto& [id, bytes, mime] : media_) {
        if (r.path == "/v21.0/" + id) {
          status = 200;
          body = R"({"messaging_product":"whatsapp","url":"http://127.0.0.1:)" + std::to_string(port_) + "/media/" + id +
                 R"(","mime_type":")" + mime + R"(","sha256":"x","file_size":)" + std::to_string(bytes.size()) +
                 R"(,"id":")" + id + R"("})";
        } else if (r.path == "/media/" + id) {
          status = 200;
          body = bytes;
          type = mime;
        }
      }
      if (r.authorization.rfind("Bearer ", 0) != 0) status = 401;
      const char* reason = status == 200 ? "OK" : "Error";
      send_all(fd, "HTTP/1.1 " + std::to_string(status) + " " + reason + "\r\nContent-Type: " + type +
                       "\r\nConnection: close\r\nContent-Length: " + std::to_string(body.size()) + "\r\n\r\n" + body);
      return;
    }
    requests_.push_back(r);
    if (!failures_.empty()) {
      const Failure f = failures_.front();
      failures_.pop_front();
      status = f.status;
      body = R"({"error":{"message":"fake failure","type":"OAuthException","code":)" + std::to_string(f.meta_code) +
             R"(,"fbtrace_id":"Afake"}})";
    } else if (r.path.size() > 6 && r.path.substr(r.path.size() - 6) == "/media") {
      ++sent_;
      body = R"({"id":"MEDIA)" + std::to_string(sent_) + R"("})";  // an upload
    } else {
      ++sent_;
      body = R"({"messaging_product":"whatsapp","contacts":[{"input":"x","wa_id":"x"}],"messages":[{"id":"wamid.FAKE)" +
             std::to_string(sent_) + R"("}]})";
    }
  }
  const char* reason = status == 200 ? "OK" : status == 429 ? "Too Many Requests" : status >= 500 ? "Server Error" : "Bad Request";
  send_all(fd, "HTTP/1.1 " + std::to_string(status) + " " + reason +
                   "\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: " +
                   std::to_string(body.size()) + "\r\n\r\n" + body);
}

}  // namespace pst::test
