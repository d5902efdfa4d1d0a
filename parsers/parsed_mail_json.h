// parsed_mail_json.h: ParsedMail -> the JSON object `pstmaild parse` prints (issue 3 item 7), also
// stored as messages.parsed: message_id, from {address, name}, subject, kind, ticket_ref,
// requester {name, institution}, request, missing, confidence, doubts, rating, language, text (not
// in the stored form), attachments [{filename, content_type, size}]. Unknown values are null; `missing` is [] for every
// kind but request; a whole-number rating prints as an integer (4, not 4.0).
// Written directly, compact, byte for byte what nlohmann::ordered_json's dump() gives for the same
// object (the tests hold it to that): building the nlohmann object and escaping the mail's text
// through its serializer was 8 % of a whole ingest of long mails. Invalid UTF-8 (which the decoder
// does not let through) would be replaced by U+FFFD, never thrown on.
// Not for: the store's other columns (queue/).
#pragma once

#include <string>

#include "parsers/parsed_mail.h"

namespace pst {

/// Whether the object carries the own words ("text"). `pstmaild parse` prints them; the store leaves
/// them out (JsonText::omitted): they are the stored raw mail's, which pstq show reads them from
/// (own_words_of), and a second copy was 45 % of the bytes a worst-case ingest wrote.
enum class JsonText { included, omitted };

/// Keys in the order of issue 3, so the output reads like the documented example.
[[nodiscard]] std::string parsed_mail_json(const ParsedMail& p, JsonText text = JsonText::included);

}  // namespace pst
