// smtp_client.h: sending one finished message to an SMTP relay over libcurl, with an outcome the
// outbox can act on: delivered, temporary (4xx, connection, timeout, TLS or login trouble: retry
// with backoff) or permanent (5xx for this mail: mark it failed).
// One SmtpClient = one libcurl easy handle: a drain of many mails reuses one connection.
// What callers must pass as `data` (libcurl does NOT fix it, see ../shared/LIBRARY-NOTES.md):
//   the complete RFC 5322 message with CRLF line endings only (no bare CR or LF, no NUL), not
//   dot-stuffed (libcurl dot-stuffs CRLF "." lines itself), ending with CRLF. compose/ builds that.
// Envelope addresses with CR, LF or NUL are refused before anything is sent (CRLF injection).
// Not for: building messages (compose/), retry scheduling (queue/ outbox).
// SECURITY: password only to curl; messages carry the URL without credentials.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "transport/mail_server_options.h"
#include "transport/transport_error.h"

namespace pst {

namespace detail {
class CurlSession;
}

enum class SmtpOutcomeKind { delivered, temporary, permanent };
[[nodiscard]] const char* to_string(SmtpOutcomeKind kind);

struct SmtpOutcome {
  SmtpOutcomeKind kind = SmtpOutcomeKind::temporary;
  int code = 0;                      // last SMTP reply code (250, 421, 451, 550, ...); 0 if none
  std::string message;               // server reply line or curl's error, with URL and stage
  std::optional<ErrorKind> error;    // set when the session failed rather than this mail (connection,
                                     // timeout, tls, auth, invalid_argument): unset for 4xx/5xx replies
};

/// Why an envelope address cannot be used (CR, LF, NUL, space, control characters, too long); nullopt if fine.
/// "" is the null sender and allowed for the sender only.
[[nodiscard]] std::optional<std::string> check_envelope_address(std::string_view address);

/// Why `data` cannot be sent as it is (bare LF/CR, NUL, no final CRLF); nullopt if fine.
[[nodiscard]] std::optional<std::string> check_message_data(std::string_view data);

class SmtpClient {
 public:
  explicit SmtpClient(MailServerOptions options);
  ~SmtpClient();
  SmtpClient(const SmtpClient&) = delete;
  SmtpClient& operator=(const SmtpClient&) = delete;

  /// Sends `data` from `envelope_from` ("" for the null sender) to every recipient (all must be
  /// accepted, or nothing is sent).
  [[nodiscard]] SmtpOutcome send(std::string_view envelope_from, const std::vector<std::string>& recipients,
                                 std::string_view data);

  /// Connections curl opened so far (a drain should open one).
  [[nodiscard]] int connections_opened() const;

 private:
  MailServerOptions options_;
  std::optional<TransportError> config_error_;
  std::unique_ptr<detail::CurlSession> session_;
};

}  // namespace pst
