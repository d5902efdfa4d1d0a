// mail_server_options.cc: URL scheme and policy checks, URL redaction.
#include "transport/mail_server_options.h"

#include <string_view>

namespace pst {
namespace {

bool has_control(std::string_view s) {
  for (unsigned char c : s) {
    if (c < 0x20 || c == 0x7f) return true;
  }
  return false;
}

std::string scheme_of(const std::string& url) {
  auto p = url.find("://");
  if (p == std::string::npos) return "";
  std::string s = url.substr(0, p);
  for (auto& c : s) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  return s;
}

}  // namespace

std::string redact_url(const std::string& url) {
  auto p = url.find("://");
  if (p == std::string::npos) return url;
  auto host_start = p + 3;
  auto path = url.find('/', host_start);
  auto at = url.rfind('@', path == std::string::npos ? url.size() : path);
  if (at == std::string::npos || at < host_start) return url;
  return url.substr(0, host_start) + url.substr(at + 1);
}

std::optional<TransportError> check_options(const MailServerOptions& o, MailProtocol protocol) {
  const std::string shown = redact_url(o.url);
  if (has_control(o.url) || has_control(o.user)) {
    return TransportError{ErrorKind::invalid_argument, shown + ": control characters in URL or user name"};
  }
  const std::string scheme = scheme_of(o.url);
  const bool ok = protocol == MailProtocol::imap ? (scheme == "imap" || scheme == "imaps")
                                                 : (scheme == "smtp" || scheme == "smtps");
  if (!ok) {
    return TransportError{ErrorKind::invalid_argument,
                          shown + ": expected a " +
                              (protocol == MailProtocol::imap ? "imaps:// or imap://" : "smtps:// or smtp://") +
                              " URL"};
  }
  if (redact_url(o.url) != o.url) {
    return TransportError{ErrorKind::invalid_argument,
                          shown + ": credentials in the URL are not allowed (use user and the password file)"};
  }
  if (o.connect_timeout.count() <= 0 || o.timeout.count() <= 0) {
    return TransportError{ErrorKind::invalid_argument, shown + ": connect timeout and timeout must be positive"};
  }
  return std::nullopt;
}

}  // namespace pst
