// fake_graph_api.h: a loopback stand-in for the WhatsApp Cloud API (Meta's Graph API) for the
// channel's tests (issue 18) — Meta's servers cannot run here. It speaks enough HTTP/1.1 for libcurl
// (one request per connection, Content-Length bodies), records every request (method, path,
// Authorization header, body), answers POST …/messages with Meta's shape
// (`{"messaging_product":"whatsapp","contacts":[…],"messages":[{"id":"wamid.FAKE<n>"}]}`) and can be
// told to answer the next requests with an error status and Meta's error body (429, 500, 400 with a
// code). Test code only; one thread, stopped by the destructor.
#pragma once

#include <atomic>
#include <chrono>
#include <deque>
#include <mutex>
#include <string>
#include <thread>
#include <tuple>
#include <vector>

namespace pst::test {

class FakeGraphApi {
 public:
  struct Request {
    std::string method, path, authorization, body;
  };
  struct Failure {
    int status;
    long long meta_code;
  };

  FakeGraphApi();  // listens on 127.0.0.1, a free port
  ~FakeGraphApi();
  FakeGraphApi(const FakeGraphApi&) = delete;
  FakeGraphApi& operator=(const FakeGraphApi&) = delete;

  [[nodiscard]] int port() const { return port_; }
  /// "http://127.0.0.1:<port>/v21.0": the api_url to configure.
  [[nodiscard]] std::string api_url() const;
  /// Serves a medium the requester "sent": GET …/<id> answers its URL (on this server) and type,
  /// GET that URL answers the bytes (both want the bearer like Meta).
  void add_media(const std::string& id, std::string bytes, const std::string& mime_type);
  /// The next requests get these answers, in order; then success again.
  void fail_next(std::vector<Failure> failures);
  [[nodiscard]] std::vector<Request> requests() const;
  /// Waits until at least `n` requests came (or `wait` passed); returns them.
  std::vector<Request> wait_for(std::size_t n, std::chrono::milliseconds wait) const;

 private:
  void serve();
  void serve_connection(int fd);

  int listen_fd_ = -1;
  int port_ = 0;
  std::atomic<bool> stop_{false};
  mutable std::mutex mu_;
  std::vector<Request> requests_;
  std::deque<Failure> failures_;
  std::vector<std::tuple<std::string, std::string, std::string>> media_;  // id, bytes, type
  int sent_ = 0;
  std::thread thread_;
};

}  // namespace pst::test
