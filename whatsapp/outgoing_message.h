// outgoing_message.h: the JSON bodies pstmail POSTs to `{api_url}/{phone_number_id}/messages` of the
// WhatsApp Cloud API — a text, an approved template (the only thing allowed outside the 24-hour
// customer-service window), a document already uploaded to `/{phone_number_id}/media` — and the
// rules that decide between them. Pure; the outbox sends them (with `Authorization: Bearer`).
#pragma once

#include <chrono>
#include <string>
#include <string_view>
#include <vector>

namespace pst::whatsapp {

/// WhatsApp's limit for one text message, in characters (code points).
inline constexpr std::size_t kMaxTextChars = 4096;

/// Free-form messages may go only within 24 hours of the requester's last message.
inline constexpr std::chrono::hours kServiceWindow{24};

/// Whether a free-form message may be sent at `now` after the requester's last message at `last_inbound`.
[[nodiscard]] bool within_service_window(std::chrono::sys_seconds last_inbound, std::chrono::sys_seconds now);

/// `text` cut into messages of at most `max_chars` code points each, at a paragraph break, else a
/// line break, else a space, else anywhere between two characters; never inside a UTF-8 sequence.
[[nodiscard]] std::vector<std::string> split_text(std::string_view text, std::size_t max_chars = kMaxTextChars);

/// `{"messaging_product":"whatsapp","recipient_type":"individual","to":…,"type":"text","text":{…}}`.
/// `body` must fit one message (split_text); links are not previewed.
[[nodiscard]] std::string text_message(std::string_view to, std::string_view body);

/// A template message: `name` in `language` ("id", "en"), its body parameters in order.
[[nodiscard]] std::string template_message(std::string_view to, std::string_view name, std::string_view language,
                                           const std::vector<std::string>& body_parameters);

/// A document uploaded before (its media id), with the name the requester sees and a caption.
[[nodiscard]] std::string document_message(std::string_view to, std::string_view media_id, std::string_view filename,
                                           std::string_view caption);

}  // namespace pst::whatsapp
