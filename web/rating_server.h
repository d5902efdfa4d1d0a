// rating_server.h: the daemon's HTTP endpoint (the rating pages; the WhatsApp webhook when
// configured, see WhatsAppWebhookOptions) - a small HTTP/1.1 server (Boost.Beast, the one translation
// unit that includes Beast) on the daemon's io_context. It serves only <path>/<token> (path of
// rating.base_url, so links work directly and behind a reverse proxy):
//   GET/HEAD  the form (never records anything: mail link scanners fetch every link)
//   POST      records the rating (application/x-www-form-urlencoded); a later POST replaces it
// Answers: 404 unknown path or malformed token, 403 forged token, 410 expired, 405 other methods,
// 400 bad form, 415 other body types, 413 body over the limit, 431 headers over the limit; every page
// is HTML (charset utf-8) with security headers (CSP default-src 'none', nosniff, no-referrer, DENY,
// no-store). Idle or slow connections are closed after `timeout`; a request header must arrive whole
// within `header_timeout` (shorter), and one client address holds at most
// `max_connections_per_address` connections (issue 15: a slowloris client from one address cannot
// take the 64 connections everyone shares). Behind a reverse proxy every client has the proxy's
// address: the proxy buffers whole requests before passing them on, so its connections are short.
// SECURITY: binds where rating.listen says (loopback behind a proxy); no TLS (the proxy's job); the
// token is never logged. Its own SQLite connection, used on the io_context's thread only; a write
// is one short transaction (busy_timeout covers the daemon's worker).
// LIMITS: one io_context thread; at most max_connections at once (more are closed at accept).
#pragma once

#include <chrono>
#include <functional>
#include <memory>
#include <optional>
#include <string>

namespace boost::asio {
class io_context;
}

namespace pst {

/// The WhatsApp channel's webhook (issue 18) on the same listener: Meta's verification handshake
/// (GET, hub.verify_token) and signed deliveries (POST, X-Hub-Signature-256), stored before they are
/// answered 200 (queue/whatsapp_inbox.h): 401 unsigned or forged, 400 not a webhook, 415 not JSON,
/// 413 over max_body_bytes; the body is stored only when it carries an event not seen before.
struct WhatsAppWebhookOptions {
  std::string path = "/whatsapp";
  std::string verify_token;     // the handshake's hub.verify_token (compared in constant time)
  std::string app_secret;       // signs every POST (whatsapp/webhook_signature.h)
  std::string phone_number_id;  // events for other numbers of the account are ignored
  std::size_t max_body_bytes = 1 << 20;
  std::function<void()> on_stored;  // called on the io_context's thread after a delivery was stored
};

struct RatingServerOptions {
  std::string host = "127.0.0.1";
  unsigned short port = 8025;            // 0: any free port (tests; see RatingServer::port())
  std::string path;                      // "/r" or "" (root)
  std::string key;                       // the rating key (queue/ratings.h)
  std::string database;                  // path of the migrated store
  std::string office_name;
  std::size_t max_body_bytes = 16 * 1024;
  std::size_t max_header_bytes = 8 * 1024;
  std::chrono::seconds timeout{20};          // idle connection; reading a body; writing
  std::chrono::seconds header_timeout{5};    // a request's header must arrive whole within this
  std::size_t max_connections = 64;
  std::size_t max_connections_per_address = 8;  // more from one client address are closed at accept
  std::function<std::chrono::sys_seconds()> clock;  // default: the system clock
  std::optional<WhatsAppWebhookOptions> whatsapp;  // absent: the channel is off (404 there)
};

class RatingServer {
 public:
  RatingServer(boost::asio::io_context& io, RatingServerOptions opts);
  ~RatingServer();
  RatingServer(const RatingServer&) = delete;
  RatingServer& operator=(const RatingServer&) = delete;

  /// Opens the database and starts listening. Throws std::runtime_error "rating endpoint: listen
  /// HOST:PORT: <reason>" or the database's error.
  void start();
  /// Stops accepting and closes open connections (call on the io_context's thread or before run()).
  void stop();
  /// The port actually bound (after start()).
  [[nodiscard]] unsigned short port() const;

 private:
  struct Impl;
  std::shared_ptr<Impl> impl_;
};

}  // namespace pst
