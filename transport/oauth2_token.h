// oauth2_token.h: OAuth2 access tokens for IMAP/SMTP logins (XOAUTH2, OAUTHBEARER), fetched from the
// provider's token endpoint with the refresh-token grant (RFC 6749 section 6) over libcurl.
// Microsoft 365 and Google Workspace no longer take passwords over IMAP/SMTP; the office registers
// an application once and keeps its refresh token as a credential (README).
// An access token is kept in memory and refreshed ahead of expiry (5 minutes before, or at half
// its life when that is shorter) and at once after the server refused it (invalidate()). A new
// refresh token in the answer (rotation) replaces the old one in memory.
// SECURITY: tokens and secrets go only into the POST body (TLS; http:// only to loopback, checked
// by the config) and to libcurl's XOAUTH2 bearer option; error messages carry the endpoint's
// `error` and `error_description`, never a token or secret.
#pragma once

#include <chrono>
#include <functional>
#include <mutex>
#include <optional>
#include <string>

#include "transport/transport_error.h"

namespace pst {

struct OAuth2Settings {
  std::string token_url;
  std::string client_id;
  std::string scope;
  std::string client_secret;   // may be empty (public client)
  std::string refresh_token;
  std::string ca_file;         // extra CA, may be empty
  std::chrono::milliseconds timeout{30'000};
};

struct TokenAnswer {
  std::string access_token;
  std::chrono::seconds expires_in{3600};
  std::optional<std::string> refresh_token;  // rotated
};

/// Parses the token endpoint's JSON answer (pure). An error answer ({"error": ..}) or a missing
/// access_token gives ErrorKind::auth with the endpoint's words.
[[nodiscard]] Result<TokenAnswer> parse_token_answer(long http_status, const std::string& body);

/// The form body of the refresh-token grant, URL-encoded (pure; holds secrets: never log it).
[[nodiscard]] std::string refresh_grant_body(const OAuth2Settings& s);

/// Keeps one access token fresh. Thread-safe (the poller and the sender share it).
class OAuth2TokenSource {
 public:
  using Clock = std::function<std::chrono::steady_clock::time_point()>;
  explicit OAuth2TokenSource(OAuth2Settings settings, Clock clock = {});

  /// A valid access token, refreshed first when it expires soon or was invalidated.
  [[nodiscard]] Result<std::string> token();
  /// The server refused the token: the next token() fetches a new one.
  void invalidate();
  /// How many times the endpoint was asked (tests, logs).
  [[nodiscard]] int refreshes() const;

 private:
  Result<TokenAnswer> fetch();
  OAuth2Settings settings_;
  Clock clock_;
  mutable std::mutex mutex_;
  std::string access_token_;
  std::chrono::steady_clock::time_point refresh_at_{};
  int refreshes_ = 0;
};

}  // namespace pst
