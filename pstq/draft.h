// draft.h: the officer's text written in an editor, laid out the way `git commit` does (issue 19).
// The text goes on the first lines, which start empty (the editor's cursor is there); below a
// scissors line come, as comments, what to do and, for reference, the ticket's facts and the
// requester's latest mail quoted. Only what is below the scissors is removed: a line above it that
// starts with '#' ("#1 tabel", a hashtag, a comment the editor continued) is the officer's text.
// Requester-supplied text placed in the template is cleaned (common/untrusted_text.h): the draft is
// shown in the officer's terminal. Pure functions; the editor itself runs in user_files.h.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace pst::pstq {

inline constexpr std::string_view kScissors = "# ------------------------ >8 ------------------------";

struct DraftFacts {
  std::string what;          // "Reply to the requester", "Question for the requester", "Internal note"
  std::string ticket;        // PST-2026-00042
  std::string subject;
  std::string requester;     // "Putu Ayu <putu@example.ac.id>"
  std::string institution;
  std::string request;
  std::string due;           // office-local, or empty
  std::string latest_from;   // the requester's latest mail: who and when ("Putu, 2026-12-01 09:12")
  std::string latest_text;   // its text (quoted below the scissors)
};

/// The file the editor opens: an empty first line, a blank line, the scissors, the guidance, the
/// facts, and the latest mail quoted (at most `max_quoted_lines` lines).
[[nodiscard]] std::string draft_template(const DraftFacts& f, std::size_t max_quoted_lines = 60);

/// The officer's text: everything above the first scissors line (the whole text when there is
/// none), trailing whitespace of the whole removed, leading blank lines removed.
[[nodiscard]] std::string text_above_scissors(std::string_view edited);

/// True when `text` holds nothing but whitespace.
[[nodiscard]] bool is_blank(std::string_view text);

/// The editor command for `sh -c '<command> "$1"'`: $VISUAL, else $EDITOR, else sensible-editor
/// when installed, else vi (Debian's order).
[[nodiscard]] std::string choose_editor(const std::optional<std::string>& visual, const std::optional<std::string>& editor,
                                        bool sensible_editor_installed);

}  // namespace pst::pstq
