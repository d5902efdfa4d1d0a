// parsed_mail_json.h: ParsedMail -> the JSON object `pstmaild parse` prints (issue 3 item 7):
// message_id, from {address, name}, subject, kind, ticket_ref, requester {name, institution},
// request, missing, rating, language, text, attachments [{filename, content_type, size}].
// Unknown values are null; `missing` is [] for every kind but request; a whole-number rating
// prints as an integer (4, not 4.0).
// Not for: the store's columns (queue/) - this is the command-line view.
#pragma once

#include <nlohmann/json.hpp>

#include "parsers/parsed_mail.h"

namespace pst {

/// Keys in the order of issue 3 (ordered_json), so the output reads like the documented example.
[[nodiscard]] nlohmann::ordered_json to_json(const ParsedMail& p);

}  // namespace pst
