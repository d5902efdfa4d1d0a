// user_files.h: reading what the USER names (--file, --attach, $EDITOR) with the user's own rights.
// SECURITY: pstq is installed setgid to the service group (like Postfix's postdrop) so it can open
// the database (0660, service user and group). Files the user names and $EDITOR must not get that
// group: otherwise `pstq reply --attach /var/lib/pstmail/pstmail.db` would mail out the database.
// Design: every such read happens in a forked child that first drops the group for good
// (setresgid(rgid, rgid, rgid) and setgroups untouched - supplementary groups are the user's own),
// then opens/reads the file or runs $EDITOR on a private temporary file, and sends the bytes back
// through a pipe. The parent (still holding the group) never opens a user-named path itself. Writes
// the user asks for (`attachment -o FILE`) go the same way. Limits: 25 MiB per file.
#pragma once

#include <optional>
#include <string>

namespace pst::pstq {

struct UserFileResult {
  std::optional<std::string> bytes;  // set on success
  std::string error;                 // "cannot open report.pdf: No such file or directory"
};

/// Reads `path` as the real user.
[[nodiscard]] UserFileResult read_user_file(const std::string& path);

struct DraftEdit {
  std::optional<std::string> text;  // the edited file, when the editor succeeded
  std::string path;                 // the draft file (kept until remove_user_file)
  std::string error;                // "the editor (vim) failed (exit 1)"
};

/// As the real user: writes `initial` to a new draft file (0600) in $XDG_STATE_HOME/pstq/drafts
/// (else ~/.local/state/pstq/drafts, else $TMPDIR or /tmp), named after `name` ("reply-PST-2026-42"),
/// runs the editor (draft.h choose_editor) on it in the terminal, and reads it back. The file is
/// KEPT (also when the editor fails): the caller removes it once the text is safely queued.
[[nodiscard]] DraftEdit edit_draft_as_user(const std::string& initial, const std::string& name);

/// Removes `path` as the real user. Returns an error message or "".
std::string remove_user_file(const std::string& path);

/// Writes `bytes` to `path` (0644 by umask) as the real user. Returns an error message or "".
[[nodiscard]] std::string write_user_file(const std::string& path, const std::string& bytes);

constexpr std::size_t kMaxUserFile = 25u << 20;

}  // namespace pst::pstq
