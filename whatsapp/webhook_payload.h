// webhook_payload.h: Meta's WhatsApp webhook JSON (Cloud API, `object: whatsapp_business_account`)
// read into typed events: the requester's messages (text, button and list replies, images,
// documents and the rest) and the status of ours (sent, delivered, read, failed). Everything in it
// is hostile until checked here: the shape, the JSON types, the sizes (ids, numbers, texts, counts)
// and UTF-8 (the JSON parser refuses invalid UTF-8). Changes for another phone number of the same
// business account are skipped, not refused. Pure: the HTTP layer checks the signature first
// (webhook_signature.h) and stores the body before anything acts on it.
#pragma once

#include <chrono>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace pst::whatsapp {

/// A body that is not a well-formed webhook: the message says what and where ("entry[0].changes[1]
/// .value.messages[3].from: not a WhatsApp id"), for the 400 answer and the log.
class WebhookError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

enum class MessageType { text, interactive, button, image, document, audio, video, sticker, location, contacts,
                         reaction, other };

[[nodiscard]] std::string_view to_string(MessageType t);

struct MediaRef {
  std::string id;         // fetched with GET {api_url}/{id}, then its URL (both with the bearer)
  std::string mime_type;
  std::string sha256;     // as Meta gives it (base64 or hex), to check the download
  std::string filename;   // documents only
};

struct IncomingMessage {
  std::string id;            // "wamid.…": a message seen before is a duplicate
  std::string from;          // the requester's WhatsApp id: digits of the phone number
  std::string profile_name;  // from `contacts[].profile.name` (may be empty; not an introduction)
  std::chrono::sys_seconds timestamp{};
  MessageType type = MessageType::other;
  std::string type_name;     // Meta's word for it ("text", "image", "unsupported", …)
  std::string text;          // text body, the title of a button or list reply, or a media caption
  std::optional<MediaRef> media;
  std::string context_id;    // the message of ours it answers, if any
};

struct StatusUpdate {
  std::string message_id;    // the id Meta gave our message when it was accepted
  std::string recipient;     // WhatsApp id
  std::string status;        // "sent", "delivered", "read", "failed" (others kept as written)
  std::chrono::sys_seconds timestamp{};
  std::optional<long long> error_code;  // failed: Meta's code (131047: outside the 24-hour window, …)
  std::string error_title;
};

struct WebhookBatch {
  std::vector<IncomingMessage> messages;
  std::vector<StatusUpdate> statuses;
};

struct WebhookLimits {
  std::size_t max_body_bytes = 1 << 20;
  std::size_t max_events = 1000;          // messages + statuses in one body
  std::size_t max_text_bytes = 16 * 1024;  // WhatsApp allows 4,096 characters
};

/// The events of `raw_body` addressed to `phone_number_id`. Throws WebhookError when the body is not
/// a webhook of that shape.
[[nodiscard]] WebhookBatch parse_webhook(std::string_view raw_body, std::string_view phone_number_id,
                                         const WebhookLimits& limits = {});

}  // namespace pst::whatsapp
