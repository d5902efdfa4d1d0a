// verb_helpers.h: small pieces several ticket verbs share: a ticket as JSON, the text of a
// reply/question/note (--file, -m, stdin when not a terminal, else $EDITOR), and the standard
// "done" line.
#pragma once

#include <nlohmann/json.hpp>

#include <optional>
#include <string>

#include "pstq/session.h"

namespace pst::pstq {

/// {"number", "state", "kind", "requester", "requester_name", "institution", "subject", "officer",
///  "received", "due", "first_reply", "closed"} (times ISO 8601 in the office zone, or null).
[[nodiscard]] nlohmann::json ticket_json(const Session& s, const Ticket& t);

/// The text for reply/wait/note: -m TEXT, else --file FILE (read as the user), else stdin when it
/// is not a terminal, else $EDITOR on a template (as the user). Exits 66/65 on failure or empty.
[[nodiscard]] std::string text_input(VerbContext& ctx, const std::optional<std::string>& message,
                                     const std::optional<std::string>& file, const std::string& editor_intro);

}  // namespace pst::pstq
