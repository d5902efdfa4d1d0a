// curl_session.cc: easy-handle set-up (TLS policy, timeouts, credentials) and error classification.
#include "transport/curl_session.h"

#include <cctype>
#include <filesystem>
#include <mutex>
#include <stdexcept>

namespace pst::detail {
namespace {

void global_init_once() {
  static std::once_flag once;
  std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

bool is_implicit_tls(const std::string& url) {
  return url.rfind("imaps://", 0) == 0 || url.rfind("smtps://", 0) == 0 || url.rfind("IMAPS://", 0) == 0 ||
         url.rfind("SMTPS://", 0) == 0;
}

}  // namespace

bool is_refusal(std::string_view line) {
  // SMTP: a 4xx or 5xx reply. IMAP: a tagged or untagged NO, BAD or BYE.
  if (line.size() >= 3 && (line[0] == '4' || line[0] == '5') && std::isdigit(static_cast<unsigned char>(line[1])) &&
      std::isdigit(static_cast<unsigned char>(line[2])))
    return true;
  const std::size_t sp = line.find(' ');
  if (sp == std::string_view::npos) return false;
  const std::string_view word = line.substr(sp + 1, line.find(' ', sp + 1) - sp - 1);
  return word == "NO" || word == "BAD" || word == "BYE";
}

ErrorKind classify_curl_error(CURLcode rc) {
  switch (rc) {
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_COULDNT_RESOLVE_PROXY:
    case CURLE_COULDNT_CONNECT:
    case CURLE_SEND_ERROR:
    case CURLE_RECV_ERROR:
    case CURLE_GOT_NOTHING:
    case CURLE_PARTIAL_FILE:
      return ErrorKind::connection;
    case CURLE_OPERATION_TIMEDOUT:
      return ErrorKind::timeout;
    case CURLE_LOGIN_DENIED:
      return ErrorKind::auth;
    case CURLE_USE_SSL_FAILED:
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CERTPROBLEM:
    case CURLE_SSL_CIPHER:
    case CURLE_SSL_CACERT_BADFILE:
    case CURLE_SSL_ENGINE_NOTFOUND:
    case CURLE_SSL_ENGINE_SETFAILED:
    case CURLE_SSL_ISSUER_ERROR:
    case CURLE_SSL_PINNEDPUBKEYNOTMATCH:
    case CURLE_SSL_INVALIDCERTSTATUS:
    case CURLE_SSL_CRL_BADFILE:
    case CURLE_SSL_SHUTDOWN_FAILED:
      return ErrorKind::tls;
    case CURLE_REMOTE_FILE_NOT_FOUND:
      return ErrorKind::not_found;
    case CURLE_UNSUPPORTED_PROTOCOL:
    case CURLE_URL_MALFORMAT:
      return ErrorKind::invalid_argument;
    default:
      return ErrorKind::protocol;
  }
}

CurlSession::CurlSession(const MailServerOptions& o, MailProtocol protocol) : shown_url_(redact_url(o.url)) {
  global_init_once();
  h_ = curl_easy_init();
  if (!h_) throw std::runtime_error("curl_easy_init failed");
  curl_easy_setopt(h_, CURLOPT_ERRORBUFFER, errbuf_);
  curl_easy_setopt(h_, CURLOPT_NOSIGNAL, 1L);
  curl_easy_setopt(h_, CURLOPT_PROTOCOLS_STR, protocol == MailProtocol::imap ? "imap,imaps" : "smtp,smtps");
  curl_easy_setopt(h_, CURLOPT_URL, o.url.c_str());
  if (!o.user.empty()) {
    curl_easy_setopt(h_, CURLOPT_USERNAME, o.user.c_str());
    if (o.bearer.empty())
      curl_easy_setopt(h_, CURLOPT_PASSWORD, o.password.c_str());
    else
      curl_easy_setopt(h_, CURLOPT_XOAUTH2_BEARER, o.bearer.c_str());
  }
  // A named mechanism is the only one tried (curl would pick GSSAPI or NTLM when advertised and
  // never fall back when the server cannot serve it).
  if (!o.login_options.empty()) curl_easy_setopt(h_, CURLOPT_LOGIN_OPTIONS, o.login_options.c_str());
  // TLS policy: implicit TLS is always verified; plain schemes need STARTTLS unless allow_insecure.
  if (!is_implicit_tls(o.url)) {
    curl_easy_setopt(h_, CURLOPT_USE_SSL, o.allow_insecure ? static_cast<long>(CURLUSESSL_NONE)
                                                           : static_cast<long>(CURLUSESSL_ALL));
  }
  curl_easy_setopt(h_, CURLOPT_SSL_VERIFYPEER, 1L);
  curl_easy_setopt(h_, CURLOPT_SSL_VERIFYHOST, 2L);
  if (!o.ca_file.empty()) {
    // CAINFO replaces the default bundle; the system's hashed folder keeps the public CAs trusted.
    curl_easy_setopt(h_, CURLOPT_CAINFO, o.ca_file.c_str());
    std::error_code ec;
    if (std::filesystem::is_directory("/etc/ssl/certs", ec)) curl_easy_setopt(h_, CURLOPT_CAPATH, "/etc/ssl/certs");
  }
  curl_easy_setopt(h_, CURLOPT_CONNECTTIMEOUT_MS, static_cast<long>(o.connect_timeout.count()));
  curl_easy_setopt(h_, CURLOPT_TIMEOUT_MS, static_cast<long>(o.timeout.count()));
  curl_easy_setopt(h_, CURLOPT_TCP_KEEPALIVE, 1L);
  curl_easy_setopt(h_, CURLOPT_WRITEFUNCTION, &CurlSession::on_body);
  curl_easy_setopt(h_, CURLOPT_WRITEDATA, this);
  curl_easy_setopt(h_, CURLOPT_HEADERFUNCTION, &CurlSession::on_response);
  curl_easy_setopt(h_, CURLOPT_HEADERDATA, this);
  // The server's reply lines, for error messages (CURLINFO_HEADER_IN: protocol lines only; mail
  // content and what we send are ignored, so no secret passes here).
  curl_easy_setopt(h_, CURLOPT_DEBUGFUNCTION, &CurlSession::on_debug);
  curl_easy_setopt(h_, CURLOPT_DEBUGDATA, this);
  curl_easy_setopt(h_, CURLOPT_VERBOSE, 1L);
}

int CurlSession::on_debug(CURL*, curl_infotype type, char* data, std::size_t size, void* self) {
  if (type != CURLINFO_HEADER_IN) return 0;
  auto* s = static_cast<CurlSession*>(self);
  // The FIRST refusal of the transfer is its cause: after a NO, curl logs out in the same transfer
  // and the server's last words are "OK Logout completed".
  if (!s->last_server_line_.empty()) return 0;
  std::string_view line(data, size);
  while (!line.empty() && (line.back() == '\n' || line.back() == '\r')) line.remove_suffix(1);
  if (!is_refusal(line)) return 0;
  std::string clean;
  for (char c : line.substr(0, 300)) clean += (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) ? ' ' : c;
  s->last_server_line_ = std::move(clean);
  return 0;
}

CurlSession::~CurlSession() {
  if (h_) curl_easy_cleanup(h_);
}

std::size_t CurlSession::on_body(char* data, std::size_t size, std::size_t n, void* self) {
  auto* s = static_cast<CurlSession*>(self);
  std::size_t len = size * n;
  if (s->body.size() + len > s->max_body_) {
    s->body_overflow_ = true;
    return 0;  // aborts the transfer (CURLE_WRITE_ERROR)
  }
  s->body.append(data, len);
  return len;
}

std::size_t CurlSession::on_response(char* data, std::size_t size, std::size_t n, void* self) {
  auto* s = static_cast<CurlSession*>(self);
  std::size_t len = size * n;
  if (s->response.size() < 1024 * 1024) s->response.append(data, len);  // replies are short; cap anyway
  return len;
}

long CurlSession::response_code() {
  long code = 0;
  curl_easy_getinfo(h_, CURLINFO_RESPONSE_CODE, &code);
  return code;
}

Result<void> CurlSession::perform(std::string_view what, std::size_t max_body) {
  body.clear();
  response.clear();
  last_server_line_.clear();
  errbuf_[0] = '\0';
  max_body_ = max_body;
  body_overflow_ = false;
  CURLcode rc = curl_easy_perform(h_);
  long new_connections = 0;
  curl_easy_getinfo(h_, CURLINFO_NUM_CONNECTS, &new_connections);
  connections_opened_ += static_cast<int>(new_connections);
  if (rc == CURLE_OK) return {};
  if (body_overflow_) {
    return TransportError{ErrorKind::too_large, shown_url_ + ": " + std::string(what) + ": larger than " +
                                                    std::to_string(max_body) + " bytes"};
  }
  std::string msg = shown_url_ + ": " + std::string(what) + ": " + curl_easy_strerror(rc);
  if (errbuf_[0] != '\0') msg += std::string(" (") + errbuf_ + ")";
  if (!last_server_line_.empty()) msg += ": server said \"" + last_server_line_ + "\"";
  return TransportError{classify_curl_error(rc), std::move(msg)};
}

}  // namespace pst::detail
