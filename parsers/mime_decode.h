// mime_decode.h: raw RFC 5322 message -> DecodedMail (structure, decoded headers and text,
// attachments listed, forwarded mails, delivery-status reports). The entry point of the MIME layer.
// See mime_decode.cc for the design (own scanner, why not mimetic) and the limits.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "parsers/decoded_mail.h"
#include "parsers/mime_limits.h"

namespace pst {

/// Decodes one raw message. Never throws, never crashes; time and memory are linear in the input
/// (bounded by `limits`). Anything odd is recorded in DecodedMail::problems, never fatal.
[[nodiscard]] DecodedMail decode_mail(std::string_view raw, const MimeLimits& limits);

/// The decoded bytes (transfer encoding undone, no charset conversion) of the part `part_id`
/// ("2", "1.3"; IMAP BODY[] numbering, as in AttachmentInfo::part_id), or nullopt when the message
/// has no such part or is beyond `limits`. For a message/rfc822 part: the embedded message.
[[nodiscard]] std::optional<std::string> extract_part(std::string_view raw, std::string_view part_id,
                                                      const MimeLimits& limits);

}  // namespace pst
