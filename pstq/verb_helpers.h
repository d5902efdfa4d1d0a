// verb_helpers.h: small pieces several ticket verbs share: a ticket as JSON, the MIME limits, and
// the text of a reply/question/note (--file, -m, stdin when not a terminal, else the editor on a
// draft that is kept until the text is queued: draft.h, issue 19).
#pragma once

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <type_traits>

#include "parsers/mime_decode.h"
#include "pstq/draft.h"
#include "pstq/session.h"

namespace pst::pstq {

/// {"number", "state", "kind", "requester", "requester_name", "institution", "subject", "officer",
///  "received", "due", "first_reply", "closed"} (times ISO 8601 in the office zone, or null).
[[nodiscard]] nlohmann::json ticket_json(const Session& s, const Ticket& t);

/// The MIME limits of the configuration, for reading stored mail.
[[nodiscard]] MimeLimits pstq_mime_limits(const Config& cfg);

/// What the editor's template shows below the scissors (draft.h): the ticket's facts and the
/// requester's latest mail.
[[nodiscard]] DraftFacts draft_facts(Session& s, const Ticket& t, const std::string& what);

struct TextInput {
  std::string text;
  std::string draft;  // the editor's draft file, kept until the text is queued ("" when none)
};

/// The text for reply/wait/note: -m TEXT, else --file FILE (read as the user; a kept draft's
/// scissors part is dropped), else stdin when it is not a terminal, else the editor on the draft
/// template (draft.h, as the user). `resend` is the command that sends a kept draft ("pstq reply
/// PST-2026-00042"). Empty text: exit 65, nothing sent (the draft removed). Editor failure: exit 66,
/// the draft kept and the command printed.
[[nodiscard]] TextInput text_input(VerbContext& ctx, const std::optional<std::string>& message,
                                   const std::optional<std::string>& file, const DraftFacts& facts,
                                   const std::string& resend);

/// Runs `queue_it` (the action that queues the text); afterwards removes the draft. When it fails
/// (it printed why and threw ExitError) the draft stays and the command that sends it is printed:
/// nothing the officer typed is lost.
template <typename F>
auto queue_with_draft(VerbContext& ctx, const TextInput& in, const std::string& resend, F&& queue_it)
    -> decltype(queue_it());

void say_draft_kept(VerbContext& ctx, const std::string& draft, const std::string& resend);
void discard_draft(const TextInput& in);

template <typename F>
auto queue_with_draft(VerbContext& ctx, const TextInput& in, const std::string& resend, F&& queue_it)
    -> decltype(queue_it()) {
  try {
    if constexpr (std::is_void_v<decltype(queue_it())>) {
      queue_it();
      discard_draft(in);
    } else {
      auto r = queue_it();
      discard_draft(in);
      return r;
    }
  } catch (const ExitError&) {
    if (!in.draft.empty()) say_draft_kept(ctx, in.draft, resend);
    throw;
  }
}

}  // namespace pst::pstq
