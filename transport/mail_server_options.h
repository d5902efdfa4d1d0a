// mail_server_options.h: where and how to reach an IMAP or SMTP server, and the TLS policy.
//   imaps:// smtps://   implicit TLS, always verified (host name and chain; ca_file adds a CA).
//   imap://  smtp://    STARTTLS required (CURLUSESSL_ALL): no STARTTLS, no login, no mail.
//                       allow_insecure = true: plaintext allowed instead (loopback tests only).
// Connect and total timeouts are always set (libcurl's default is to wait forever; `smtp://` to an
// implicit-TLS port would hang). `timeout` bounds each operation (one command, one fetch, one send).
// SECURITY: the caller reads the password from its file; it is handed to curl as CURLOPT_PASSWORD,
// never put in a URL or a message. Not for: reading config files (config/ does).
#pragma once

#include <chrono>
#include <optional>
#include <string>

#include "transport/transport_error.h"

namespace pst {

struct MailServerOptions {
  std::string url{};       // "imaps://host:993/INBOX", "smtp://host:587", "smtps://host"
  std::string user{};      // empty: no login (SMTP relays often need none)
  std::string password{};  // the secret itself, already read by the caller
  std::string login_options{};  // libcurl's CURLOPT_LOGIN_OPTIONS ("AUTH=PLAIN"); empty: curl picks
  std::string bearer{};         // OAuth2 access token (AUTH=XOAUTH2 / AUTH=OAUTHBEARER), else empty
  std::string ca_file{};   // empty: system CAs only
  bool allow_insecure = false;
  std::chrono::milliseconds connect_timeout{10'000};
  std::chrono::milliseconds timeout{120'000};
};

enum class MailProtocol { imap, smtp };

/// Checks the URL's scheme against the protocol and the policy (e.g. "ftp://", "http://", CR/LF in
/// the URL or user). nullopt when the options are usable.
[[nodiscard]] std::optional<TransportError> check_options(const MailServerOptions& options, MailProtocol protocol);

/// The URL with any "user:password@" part removed, for messages.
[[nodiscard]] std::string redact_url(const std::string& url);

}  // namespace pst
