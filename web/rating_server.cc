// rating_server.cc: see rating_server.h. The only file that includes Boost.Beast (~8 s, ~560 MB to
// compile): keep it that way.
#include <utility>  // before asio (asio #944 with g++ 12)

#include "web/rating_server.h"

#include <algorithm>
#include <map>
#include <set>

#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <fmt/format.h>

#include "common/log.h"
#include "queue/database.h"
#include "queue/ratings.h"
#include "queue/tickets.h"
#include "queue/whatsapp_inbox.h"
#include "web/rating_page.h"
#include "whatsapp/webhook_payload.h"
#include "whatsapp/webhook_signature.h"

#include <openssl/crypto.h>

namespace pst {
namespace {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
using tcp = asio::ip::tcp;
using Request = http::request<http::string_body>;
using Response = http::response<http::string_body>;

constexpr const char* kCsp =
    "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

Response page_response(unsigned version, http::status status, std::string body, bool head) {
  Response res{status, version};
  res.set(http::field::server, "pstmaild");
  res.set(http::field::content_type, "text/html; charset=utf-8");
  res.set("Content-Security-Policy", kCsp);
  res.set("X-Content-Type-Options", "nosniff");
  res.set("Referrer-Policy", "no-referrer");
  res.set("X-Frame-Options", "DENY");
  res.set(http::field::cache_control, "no-store");
  res.set("X-Robots-Tag", "noindex, nofollow");
  std::size_t size = body.size();
  if (!head) res.body() = std::move(body);
  res.content_length(size);
  return res;
}

// The webhook's answers are for Meta's servers, not for people: plain text.
Response text_response(unsigned version, http::status status, std::string body) {
  Response res{status, version};
  res.set(http::field::server, "pstmaild");
  res.set(http::field::content_type, "text/plain; charset=utf-8");
  res.set("X-Content-Type-Options", "nosniff");
  res.set(http::field::cache_control, "no-store");
  res.content_length(body.size());
  res.body() = std::move(body);
  return res;
}

bool same_secret(std::string_view a, std::string_view b) {
  return !a.empty() && a.size() == b.size() && CRYPTO_memcmp(a.data(), b.data(), a.size()) == 0;
}

std::string_view path_of(std::string_view target) { return target.substr(0, target.find('?')); }

}  // namespace

struct RatingServer::Impl : std::enable_shared_from_this<RatingServer::Impl> {
  class Session;

  Impl(asio::io_context& io, RatingServerOptions o) : io(io), opts(std::move(o)), acceptor(io) {}

  asio::io_context& io;
  RatingServerOptions opts;
  tcp::acceptor acceptor;
  std::unique_ptr<Database> db;
  std::set<Session*> sessions;
  std::map<asio::ip::address, std::size_t> per_address;  // open connections per client address
  bool stopped = false;

  std::chrono::sys_seconds now() const {
    if (opts.clock) return opts.clock();
    return std::chrono::time_point_cast<std::chrono::seconds>(std::chrono::system_clock::now());
  }

  void accept();
  Response handle(const Request& req);
  Response handle_token(const Request& req, std::string_view token);
  Response handle_whatsapp(const Request& req, std::string_view query);
  bool is_webhook(std::string_view target) const { return opts.whatsapp && path_of(target) == opts.whatsapp->path; }
};

class RatingServer::Impl::Session : public std::enable_shared_from_this<Session> {
 public:
  Session(std::shared_ptr<Impl> server, tcp::socket socket, asio::ip::address peer)
      : server_(std::move(server)), stream_(std::move(socket)), peer_(peer) {
    ++server_->per_address[peer_];
  }
  ~Session() {
    server_->sessions.erase(this);
    if (auto it = server_->per_address.find(peer_); it != server_->per_address.end() && --it->second == 0)
      server_->per_address.erase(it);
  }

  void start() {
    server_->sessions.insert(this);
    read();
  }
  void close() {
    beast::error_code ec;
    stream_.socket().shutdown(tcp::socket::shutdown_both, ec);
    stream_.close();
  }

 private:
  void read() {
    parser_.emplace();
    parser_->header_limit(static_cast<std::uint32_t>(server_->opts.max_header_bytes));
    parser_->body_limit(server_->opts.max_body_bytes);
    // The header within header_timeout (a slow drip of header bytes is cut), then the body within
    // the ordinary timeout.
    stream_.expires_after(server_->opts.header_timeout);
    http::async_read_header(stream_, buffer_, *parser_, [self = shared_from_this()](beast::error_code ec, std::size_t) {
      if (ec || self->parser_->is_done()) return self->on_read(ec);
      // The webhook's deliveries may be larger than a rating form.
      const auto& target = self->parser_->get().target();
      if (self->server_->is_webhook(std::string_view(target.data(), target.size())))
        self->parser_->body_limit(self->server_->opts.whatsapp->max_body_bytes);
      self->stream_.expires_after(self->server_->opts.timeout);
      http::async_read(self->stream_, self->buffer_, *self->parser_,
                       [self](beast::error_code ec2, std::size_t) { self->on_read(ec2); });
    });
  }

  void on_read(beast::error_code ec) {
    if (ec == http::error::end_of_stream || ec == beast::error::timeout || ec == asio::error::operation_aborted ||
        ec == asio::error::connection_reset || server_->stopped)
      return close();
    if (ec == http::error::header_limit || ec == http::error::buffer_overflow)
      return send(page_response(11, http::status::request_header_fields_too_large,
                                rating_error_page(RatingErrorPage::headers_too_large), false),
                  true);
    if (ec == http::error::body_limit)
      return send(page_response(11, http::status::payload_too_large, rating_error_page(RatingErrorPage::too_large),
                                false),
                  true);
    if (ec)
      return send(page_response(11, http::status::bad_request, rating_error_page(RatingErrorPage::bad_request), false),
                  true);
    Request req = parser_->release();
    Response res;
    try {
      res = server_->handle(req);
    } catch (const std::exception& e) {
      log_error(fmt::format("rating endpoint: {}", e.what()));
      res = page_response(req.version(), http::status::internal_server_error,
                          rating_error_page(RatingErrorPage::server_error), req.method() == http::verb::head);
    }
    bool keep = req.keep_alive() && res.result_int() < 400;
    res.keep_alive(keep);
    send(std::move(res), !keep);
  }

  void send(Response res, bool close_after) {
    res_ = std::move(res);
    if (close_after) res_.keep_alive(false);
    stream_.expires_after(server_->opts.timeout);
    http::async_write(stream_, res_, [self = shared_from_this(), close_after](beast::error_code ec, std::size_t) {
      if (ec) return self->close();
      if (close_after) return self->linger();
      self->buffer_.consume(self->buffer_.size());
      self->read();
    });
  }

  // After an error answer: stop sending, read and drop what the client still sends (up to a limit and the
  // timeout) so that closing does not reset the connection before the client has read the answer.
  void linger() {
    beast::error_code ec;
    stream_.socket().shutdown(tcp::socket::shutdown_send, ec);
    stream_.expires_after(std::chrono::seconds(2));
    stream_.async_read_some(asio::buffer(drain_), [self = shared_from_this()](beast::error_code ec, std::size_t n) {
      self->drained_ += n;
      if (ec || self->drained_ > (1u << 20)) return self->close();
      self->linger_more();
    });
  }
  void linger_more() {
    stream_.async_read_some(asio::buffer(drain_), [self = shared_from_this()](beast::error_code ec, std::size_t n) {
      self->drained_ += n;
      if (ec || self->drained_ > (1u << 20)) return self->close();
      self->linger_more();
    });
  }

  std::shared_ptr<Impl> server_;
  beast::tcp_stream stream_;
  asio::ip::address peer_;
  beast::flat_buffer buffer_{16 * 1024};
  std::optional<http::request_parser<http::string_body>> parser_;
  Response res_;
  std::array<char, 8192> drain_{};
  std::size_t drained_ = 0;
};

void RatingServer::Impl::accept() {
  acceptor.async_accept([self = shared_from_this()](beast::error_code ec, tcp::socket socket) {
    if (self->stopped || ec == asio::error::operation_aborted) return;
    if (!ec) {
      beast::error_code peer_ec;
      const asio::ip::address peer = socket.remote_endpoint(peer_ec).address();
      const auto from_peer = self->per_address.find(peer);
      if (peer_ec || self->sessions.size() >= self->opts.max_connections ||
          (from_peer != self->per_address.end() && from_peer->second >= self->opts.max_connections_per_address)) {
        beast::error_code ignored;
        socket.close(ignored);
      } else {
        std::make_shared<Session>(self, std::move(socket), peer)->start();
      }
    }
    self->accept();
  });
}

Response RatingServer::Impl::handle(const Request& req) {
  const bool head = req.method() == http::verb::head;
  std::string_view target(req.target().data(), req.target().size());
  if (is_webhook(target)) {
    const auto q = target.find('?');
    return handle_whatsapp(req, q == std::string_view::npos ? std::string_view() : target.substr(q + 1));
  }
  if (auto q = target.find('?'); q != std::string_view::npos) target = target.substr(0, q);  // scanners add queries
  std::string prefix = opts.path + "/";
  if (target.size() <= prefix.size() || target.compare(0, prefix.size(), prefix) != 0 ||
      target.find('/', prefix.size()) != std::string_view::npos)
    return page_response(req.version(), http::status::not_found, rating_error_page(RatingErrorPage::not_found), head);
  if (req.method() != http::verb::get && !head && req.method() != http::verb::post) {
    Response r = page_response(req.version(), http::status::method_not_allowed,
                               rating_error_page(RatingErrorPage::method_not_allowed), false);
    r.set(http::field::allow, "GET, HEAD, POST");
    return r;
  }
  return handle_token(req, target.substr(prefix.size()));
}

Response RatingServer::Impl::handle_token(const Request& req, std::string_view token) {
  const bool head = req.method() == http::verb::head;
  const auto v = req.version();
  const Instant t_now = now();
  VerifiedToken vt = verify_rating_token(*db, opts.key, token, t_now);
  switch (vt.check) {
    case TokenCheck::malformed:
      return page_response(v, http::status::not_found, rating_error_page(RatingErrorPage::invalid_link), head);
    case TokenCheck::forged:
      log(LogLevel::warning, "rating endpoint: a link with a wrong signature was refused");
      return page_response(v, http::status::forbidden, rating_error_page(RatingErrorPage::invalid_link), head);
    case TokenCheck::expired:
      return page_response(v, http::status::gone, rating_error_page(RatingErrorPage::expired), head);
    case TokenCheck::ok: break;
  }
  std::optional<Ticket> ticket = find_ticket(*db, vt.ticket_id);
  if (!ticket) return page_response(v, http::status::not_found, rating_error_page(RatingErrorPage::invalid_link), head);
  RatingPageData d;
  d.english = ticket->language == "en";
  d.office_name = opts.office_name;
  d.ticket_number = ticket->number;
  d.subject = ticket->subject;
  d.existing = find_rating(*db, ticket->id);
  if (req.method() != http::verb::post) return page_response(v, http::status::ok, rating_form_page(d), head);

  // POST: the only request that records.
  std::string_view type(req[http::field::content_type].data(), req[http::field::content_type].size());
  std::string lower_type;
  for (char c : type.substr(0, type.find(';'))) lower_type += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  while (!lower_type.empty() && lower_type.back() == ' ') lower_type.pop_back();
  if (lower_type != "application/x-www-form-urlencoded")
    return page_response(v, http::status::unsupported_media_type, rating_error_page(RatingErrorPage::unsupported_type),
                         false);
  auto fields = parse_form(req.body());
  if (!fields) return page_response(v, http::status::bad_request, rating_error_page(RatingErrorPage::bad_request), false);
  FormRating f = rating_from_form(*fields);
  if (!f.input) {
    d.error = d.english ? f.error_en : f.error_id;
    return page_response(v, http::status::bad_request, rating_form_page(d), false);
  }
  bool replaced = false;
  {
    Transaction tx(*db);
    replaced = record_rating(*db, ticket->id, *f.input, t_now);
    tx.commit();
  }
  log(LogLevel::info, fmt::format("{}: rating {} via the web (overall {})", ticket->number, replaced ? "replaced" : "recorded",
                       *f.input->overall),
           LogFields{ticket->number, ""});
  return page_response(v, http::status::ok, rating_thanks_page(d, replaced), false);
}

Response RatingServer::Impl::handle_whatsapp(const Request& req, std::string_view query) {
  const auto v = req.version();
  const WhatsAppWebhookOptions& wa = *opts.whatsapp;
  if (req.method() == http::verb::get) {
    // Meta's handshake: hub.mode=subscribe&hub.verify_token=T&hub.challenge=C -> 200 C.
    auto fields = parse_form(query);
    std::string mode, token, challenge;
    if (fields)
      for (const auto& [k, val] : *fields) {
        if (k == "hub.mode") mode = val;
        else if (k == "hub.verify_token") token = val;
        else if (k == "hub.challenge") challenge = val;
      }
    const bool printable = !challenge.empty() && challenge.size() <= 256 &&
                           std::all_of(challenge.begin(), challenge.end(), [](char c) { return c > ' ' && c < 0x7F; });
    if (mode != "subscribe" || !same_secret(wa.verify_token, token) || !printable) {
      log(LogLevel::warning, "whatsapp webhook: a verification request with a wrong token or challenge was refused");
      return text_response(v, http::status::forbidden, "forbidden\n");
    }
    log_info("whatsapp webhook: verified by Meta");
    return text_response(v, http::status::ok, challenge);
  }
  if (req.method() != http::verb::post) {
    Response r = text_response(v, http::status::method_not_allowed, "GET or POST\n");
    r.set(http::field::allow, "GET, POST");
    return r;
  }
  // The signature first, on the bytes as received: nothing unsigned is read any further.
  const auto sig = req["X-Hub-Signature-256"];
  if (!whatsapp::webhook_signature_valid(wa.app_secret, req.body(), std::string_view(sig.data(), sig.size()))) {
    log(LogLevel::warning, "whatsapp webhook: a delivery without a valid signature was refused");
    return text_response(v, http::status::unauthorized, "signature\n");
  }
  std::string_view type(req[http::field::content_type].data(), req[http::field::content_type].size());
  type = type.substr(0, type.find(';'));
  while (!type.empty() && type.back() == ' ') type.remove_suffix(1);
  if (type != "application/json") return text_response(v, http::status::unsupported_media_type, "application/json\n");
  whatsapp::WebhookBatch batch;
  try {
    whatsapp::WebhookLimits limits;
    limits.max_body_bytes = wa.max_body_bytes;
    batch = whatsapp::parse_webhook(req.body(), wa.phone_number_id, limits);
  } catch (const whatsapp::WebhookError& e) {
    log(LogLevel::warning, fmt::format("whatsapp webhook: a signed delivery was refused: {}", e.what()));
    return text_response(v, http::status::bad_request, "not a webhook\n");
  }
  std::vector<std::string> keys;
  for (const auto& m : batch.messages) keys.push_back("m:" + m.id);
  for (const auto& st : batch.statuses) keys.push_back("s:" + st.message_id + ":" + st.status);
  if (!keys.empty()) {
    const std::size_t fresh = store_whatsapp_webhook(*db, req.body(), keys, now());
    if (fresh < keys.size())
      log_info(fmt::format("whatsapp webhook: {} of {} events seen before (a retry)", keys.size() - fresh, keys.size()));
    if (fresh > 0 && wa.on_stored) wa.on_stored();
  }
  return text_response(v, http::status::ok, "ok\n");
}

RatingServer::RatingServer(asio::io_context& io, RatingServerOptions opts)
    : impl_(std::make_shared<Impl>(io, std::move(opts))) {}

RatingServer::~RatingServer() { stop(); }

void RatingServer::start() {
  Impl& s = *impl_;
  s.db = std::make_unique<Database>(s.opts.database, false);
  beast::error_code ec;
  auto where = fmt::format("{}:{}", s.opts.host, s.opts.port);
  auto address = asio::ip::make_address(s.opts.host == "localhost" ? "127.0.0.1" : s.opts.host, ec);
  if (ec) throw std::runtime_error(fmt::format("rating endpoint: listen {}: {}", where, ec.message()));
  tcp::endpoint ep(address, s.opts.port);
  s.acceptor.open(ep.protocol(), ec);
  if (!ec) s.acceptor.set_option(asio::socket_base::reuse_address(true), ec);
  if (!ec) s.acceptor.bind(ep, ec);
  if (!ec) s.acceptor.listen(asio::socket_base::max_listen_connections, ec);
  if (ec) throw std::runtime_error(fmt::format("rating endpoint: listen {}: {}", where, ec.message()));
  s.accept();
}

void RatingServer::stop() {
  if (!impl_ || impl_->stopped) return;
  impl_->stopped = true;
  beast::error_code ec;
  impl_->acceptor.close(ec);
  for (auto* session : std::set<Impl::Session*>(impl_->sessions)) session->close();
}

unsigned short RatingServer::port() const {
  beast::error_code ec;
  return impl_->acceptor.local_endpoint(ec).port();
}

}  // namespace pst
