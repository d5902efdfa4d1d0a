// imap_stream.cc: CONNECT_ONLY handle, send/recv loops with poll() on curl's socket.
#include "transport/imap_stream.h"

#include <algorithm>

#include <curl/curl.h>
#include <poll.h>

#include <cerrno>

#include "transport/curl_session.h"

namespace pst {

ImapStream::ImapStream(const MailServerOptions& options, ImapReaderLimits limits)
    : options_(options), reader_(limits), shown_url_(redact_url(options.url)) {}

ImapStream::~ImapStream() {
  // A polite end (issue 20): LOGOUT, waiting briefly for the server's BYE/OK; never blocks long.
  if (!connected_ || !session_) return;
  options_.timeout = std::min(options_.timeout, std::chrono::milliseconds(2000));
  (void)run("LOGOUT", [](ImapResponse&&) {});
}

Result<void> ImapStream::connect() {
  if (auto e = check_options(options_, MailProtocol::imap)) return *e;
  session_ = std::make_unique<detail::CurlSession>(options_, MailProtocol::imap);
  curl_easy_setopt(session_->handle(), CURLOPT_CONNECT_ONLY, 1L);
  auto r = session_->perform("connect", 1024);
  if (!r) {
    session_.reset();
    return r.error();
  }
  connected_ = true;
  return {};
}

Result<void> ImapStream::send_all(std::string_view bytes, std::string_view what) {
  curl_socket_t fd = CURL_SOCKET_BAD;
  curl_easy_getinfo(session_->handle(), CURLINFO_ACTIVESOCKET, &fd);
  while (!bytes.empty()) {
    std::size_t sent = 0;
    CURLcode rc = curl_easy_send(session_->handle(), bytes.data(), bytes.size(), &sent);
    if (rc == CURLE_AGAIN) {
      pollfd p{fd, POLLOUT, 0};
      int n = ::poll(&p, 1, static_cast<int>(options_.timeout.count()));
      if (n == 0) return TransportError{ErrorKind::timeout, shown_url_ + ": " + std::string(what) + ": send timed out"};
      if (n < 0 && errno != EINTR) {
        connected_ = false;
        return TransportError{ErrorKind::connection, shown_url_ + ": " + std::string(what) + ": poll failed"};
      }
      continue;
    }
    if (rc != CURLE_OK) {
      connected_ = false;
      return TransportError{detail::classify_curl_error(rc),
                            shown_url_ + ": " + std::string(what) + ": " + curl_easy_strerror(rc)};
    }
    bytes.remove_prefix(sent);
  }
  return {};
}

Result<bool> ImapStream::receive_some(std::string_view what, std::chrono::milliseconds wait) {
  curl_socket_t fd = CURL_SOCKET_BAD;
  curl_easy_getinfo(session_->handle(), CURLINFO_ACTIVESOCKET, &fd);
  char buf[64 * 1024];
  for (;;) {
    std::size_t n = 0;
    CURLcode rc = curl_easy_recv(session_->handle(), buf, sizeof buf, &n);
    if (rc == CURLE_AGAIN) {
      // TLS may hold decrypted bytes curl has not handed out yet: only poll once recv says AGAIN.
      pollfd p{fd, POLLIN, 0};
      int ready = ::poll(&p, 1, static_cast<int>(wait.count()));
      if (ready == 0) return false;
      if (ready < 0 && errno != EINTR) {
        connected_ = false;
        return TransportError{ErrorKind::connection, shown_url_ + ": " + std::string(what) + ": poll failed"};
      }
      continue;
    }
    if (rc != CURLE_OK || n == 0) {
      connected_ = false;
      std::string why = rc != CURLE_OK ? curl_easy_strerror(rc) : "server closed the connection";
      return TransportError{rc != CURLE_OK ? detail::classify_curl_error(rc) : ErrorKind::connection,
                            shown_url_ + ": " + std::string(what) + ": " + why};
    }
    received_bytes_.fetch_add(n, std::memory_order_relaxed);
    if (auto e = reader_.feed(std::string_view(buf, n))) {
      connected_ = false;
      return TransportError{reader_.literal_over_limit() ? ErrorKind::too_large : ErrorKind::protocol,
                            shown_url_ + ": " + std::string(what) + ": " + *e};
    }
    // One chunk at a time: the caller takes the complete responses before more is read. Reading on
    // until the socket is empty let a server that sends as fast as we read (a pipelined FETCH of a
    // whole mailbox over TLS on a fast link) pile the mailbox up in memory (152 MB in the benchmark).
    // The next call asks recv first, so bytes TLS already decrypted are not left waiting on poll.
    return true;
  }
}

Result<std::string> ImapStream::send_command(std::string_view command) {
  if (!connected_) return TransportError{ErrorKind::connection, shown_url_ + ": " + std::string(command) + ": not connected"};
  if (command.find_first_of("\r\n") != std::string_view::npos) {
    return TransportError{ErrorKind::invalid_argument, shown_url_ + ": CR or LF in a command"};
  }
  std::string tag = "P" + std::to_string(next_tag_++);
  if (auto r = send_all(tag + " " + std::string(command) + "\r\n", command); !r) return r.error();
  return tag;
}

Result<void> ImapStream::send_line(std::string_view line) {
  if (!connected_) return TransportError{ErrorKind::connection, shown_url_ + ": not connected"};
  if (line.find_first_of("\r\n") != std::string_view::npos) {
    return TransportError{ErrorKind::invalid_argument, shown_url_ + ": CR or LF in a line"};
  }
  return send_all(std::string(line) + "\r\n", line);
}

Result<std::optional<ImapResponse>> ImapStream::read(std::chrono::milliseconds wait) {
  const auto deadline = std::chrono::steady_clock::now() + wait;
  for (;;) {
    if (auto resp = reader_.next()) return std::optional<ImapResponse>(std::move(*resp));
    if (!connected_) return TransportError{ErrorKind::connection, shown_url_ + ": not connected"};
    auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
    if (left.count() <= 0) return std::optional<ImapResponse>();
    auto got = receive_some("read", left);
    if (!got) return got.error();
  }
}

Result<void> ImapStream::run(std::string_view command, const std::function<void(ImapResponse&&)>& on_untagged) {
  auto tag = send_command(command);
  if (!tag) return tag.error();
  try {
    return read_reply(command, *tag, on_untagged);
  } catch (...) {
    // `on_untagged` gave up in the middle of the reply: the rest of it is still coming, so this connection is out
    // of step. Not read to its end (a pipelined FETCH of a whole mailbox), not sent LOGOUT (whose reply would come
    // after all of it): dropped.
    connected_ = false;
    throw;
  }
}

Result<void> ImapStream::read_reply(std::string_view command, const std::string& tag,
                                    const std::function<void(ImapResponse&&)>& on_untagged) {
  for (;;) {
    while (auto resp = reader_.next()) {
      if (resp->kind == ImapResponse::Kind::tagged && resp->tag == tag) {
        if (resp->text.rfind("OK", 0) == 0) return {};
        return TransportError{ErrorKind::protocol, shown_url_ + ": " + std::string(command) + ": " + resp->text};
      }
      if (resp->kind == ImapResponse::Kind::untagged && resp->text.rfind("BYE", 0) == 0) {
        connected_ = false;
        return TransportError{ErrorKind::connection, shown_url_ + ": " + std::string(command) + ": " + resp->text};
      }
      if (resp->kind == ImapResponse::Kind::untagged) on_untagged(std::move(*resp));
    }
    auto got = receive_some(command, options_.timeout);
    if (!got || !*got) {
      // Hand out what was complete before the failure (the mails before an oversized one).
      while (auto resp = reader_.next()) {
        if (resp->kind == ImapResponse::Kind::untagged) on_untagged(std::move(*resp));
      }
      if (!got) return got.error();
      connected_ = false;  // a reply may still come: this connection is out of step now
      return TransportError{ErrorKind::timeout, shown_url_ + ": " + std::string(command) + ": no reply within " +
                                                    std::to_string(options_.timeout.count()) + " ms"};
    }
  }
}

}  // namespace pst
