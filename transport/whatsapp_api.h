// whatsapp_api.h: sending one message through the WhatsApp Cloud API (issue 18): `POST
// {api_url}/{phone_number_id}/messages` with `Authorization: Bearer <access token>` and the JSON body
// whatsapp/outgoing_message.h made. libcurl, with the same connect and total timeouts as mail. The
// outcome follows Meta's rules: 2xx sent (with the id Meta gave the message), 429 and 5xx (and no
// answer at all) to retry with backoff, any other 4xx failed for good with Meta's error code.
// SECURITY: the token goes only in the Authorization header, never in a URL, an error or a log.
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace pst {

struct WhatsAppApiOptions {
  std::string api_url;          // "https://graph.facebook.com/v21.0" (no final '/')
  std::string phone_number_id;
  std::string access_token;
  std::chrono::seconds connect_timeout{15};
  std::chrono::seconds timeout{60};
};

enum class WhatsAppSendKind { sent, temporary, permanent };

struct WhatsAppSendOutcome {
  WhatsAppSendKind kind = WhatsAppSendKind::temporary;
  long http_status = 0;                 // 0: no answer (connection, timeout)
  std::optional<long long> error_code;  // Meta's error.code (131047: outside the 24-hour window, …)
  std::string message;                  // for the log and the ticket: status and Meta's error message
  std::string message_id;               // sent: messages[0].id ("wamid.…"), for status webhooks
};

[[nodiscard]] WhatsAppSendOutcome send_whatsapp_message(const WhatsAppApiOptions& options, std::string_view json_body);

/// Uploads a document for a later message: `POST {api_url}/{phone_number_id}/media` (multipart:
/// messaging_product, type, file) with the bearer. On success `message_id` holds the media id.
[[nodiscard]] WhatsAppSendOutcome upload_whatsapp_media(const WhatsAppApiOptions& options, std::string_view bytes,
                                                        const std::string& mime_type, const std::string& filename);

struct WhatsAppMedia {
  bool ok = false;
  bool temporary = false;   // not ok: worth trying again (no answer, 429, 5xx)
  std::string error;        // not ok: why (no token in it)
  std::string bytes;
  std::string mime_type;
};

/// A medium the requester sent: `GET {api_url}/{media_id}` (its URL and type), then that URL, both
/// with the bearer; refused over `max_bytes` (announced or while downloading). The URL must be
/// http(s); it is fetched without following redirects.
[[nodiscard]] WhatsAppMedia fetch_whatsapp_media(const WhatsAppApiOptions& options, std::string_view media_id,
                                                 std::size_t max_bytes);

}  // namespace pst
