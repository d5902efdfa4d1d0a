// imap_stream.cc: CONNECT_ONLY handle, send/recv loops with poll() on curl's socket.
#include "transport/imap_stream.h"

#include <curl/curl.h>
#include <poll.h>

#include <cerrno>

#include "transport/curl_session.h"

namespace pst {

ImapStream::ImapStream(const MailServerOptions& options, ImapReaderLimits limits)
    : options_(options), reader_(limits), shown_url_(redact_url(options.url)) {}

ImapStream::~ImapStream() = default;

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

Result<void> ImapStream::receive_some(std::string_view what) {
  curl_socket_t fd = CURL_SOCKET_BAD;
  curl_easy_getinfo(session_->handle(), CURLINFO_ACTIVESOCKET, &fd);
  char buf[64 * 1024];
  bool got_any = false;
  for (;;) {
    std::size_t n = 0;
    CURLcode rc = curl_easy_recv(session_->handle(), buf, sizeof buf, &n);
    if (rc == CURLE_AGAIN) {
      // TLS may hold decrypted bytes curl has not handed out yet: only poll once recv says AGAIN.
      if (got_any) return {};
      pollfd p{fd, POLLIN, 0};
      int ready = ::poll(&p, 1, static_cast<int>(options_.timeout.count()));
      if (ready == 0) {
        return TransportError{ErrorKind::timeout, shown_url_ + ": " + std::string(what) + ": no reply within " +
                                                      std::to_string(options_.timeout.count()) + " ms"};
      }
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
    got_any = true;
    if (auto e = reader_.feed(std::string_view(buf, n))) {
      connected_ = false;
      return TransportError{ErrorKind::protocol, shown_url_ + ": " + std::string(what) + ": " + *e};
    }
  }
}

Result<void> ImapStream::run(std::string_view command, const std::function<void(ImapResponse&&)>& on_untagged) {
  if (!connected_) return TransportError{ErrorKind::connection, shown_url_ + ": " + std::string(command) + ": not connected"};
  if (command.find_first_of("\r\n") != std::string_view::npos) {
    return TransportError{ErrorKind::invalid_argument, shown_url_ + ": CR or LF in a command"};
  }
  const std::string tag = "P" + std::to_string(next_tag_++);
  std::string line = tag + " " + std::string(command) + "\r\n";
  if (auto r = send_all(line, command); !r) return r;
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
    if (auto r = receive_some(command); !r) {
      // Hand out what was complete before the failure (the mails before an oversized one).
      while (auto resp = reader_.next()) {
        if (resp->kind == ImapResponse::Kind::untagged) on_untagged(std::move(*resp));
      }
      return r;
    }
  }
}

}  // namespace pst
