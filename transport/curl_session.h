// curl_session.h: one libcurl easy handle set up for a mail server (internal to transport/).
// Applies the TLS policy of MailServerOptions, timeouts and credentials once; each perform() runs one
// transfer and collects what curl hands to the write callback (`body`) and the header callback
// (`response`: the server's reply lines, e.g. SELECT's untagged replies or SMTP status lines). The
// handle keeps its connection between transfers (curl's connection cache), so a poll or a drain
// logs in once. Not thread-safe: one session per thread.
#pragma once

#include <curl/curl.h>

#include <cstddef>
#include <string>
#include <string_view>

#include "transport/mail_server_options.h"
#include "transport/transport_error.h"

namespace pst::detail {

class CurlSession {
 public:
  CurlSession(const MailServerOptions& options, MailProtocol protocol);
  ~CurlSession();
  CurlSession(const CurlSession&) = delete;
  CurlSession& operator=(const CurlSession&) = delete;

  [[nodiscard]] CURL* handle() { return h_; }

  /// Runs one transfer; `what` names it in error messages ("UID FETCH 5 (INTERNALDATE)").
  /// `max_body`: a larger body aborts the transfer with ErrorKind::too_large.
  [[nodiscard]] Result<void> perform(std::string_view what, std::size_t max_body);

  std::string body;      // write callback data of the last transfer
  std::string response;  // header callback data of the last transfer (server reply lines)

  /// The server's first refusal in the last transfer (an IMAP NO/BAD/BYE or an SMTP 4xx/5xx line:
  /// "A005 NO [TRYCREATE] Mailbox doesn't exist: PST/Processed"), cleaned, at most 300 bytes; ""
  /// when none. Every failure message carries it: the server's own words say what to fix.
  [[nodiscard]] const std::string& last_server_line() const { return last_server_line_; }

  [[nodiscard]] long response_code();
  [[nodiscard]] int connections_opened() const { return connections_opened_; }
  [[nodiscard]] const std::string& shown_url() const { return shown_url_; }

 private:
  static std::size_t on_body(char* data, std::size_t size, std::size_t n, void* self);
  static std::size_t on_response(char* data, std::size_t size, std::size_t n, void* self);
  static int on_debug(CURL*, curl_infotype type, char* data, std::size_t size, void* self);

  CURL* h_ = nullptr;
  std::string shown_url_;  // redacted, for messages
  std::size_t max_body_ = 0;
  bool body_overflow_ = false;
  int connections_opened_ = 0;
  std::string last_server_line_;
  char errbuf_[CURL_ERROR_SIZE] = {};
};

/// Whether a server line refuses something: an SMTP 4xx/5xx reply, an IMAP NO, BAD or BYE.
[[nodiscard]] bool is_refusal(std::string_view line);

/// Maps a curl result to an ErrorKind.
[[nodiscard]] ErrorKind classify_curl_error(CURLcode rc);

}  // namespace pst::detail
