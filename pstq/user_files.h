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

/// Runs $VISUAL/$EDITOR (default vi) on a temporary file holding `initial` as the real user;
/// returns the edited text.
[[nodiscard]] UserFileResult edit_as_user(const std::string& initial);

/// Writes `bytes` to `path` (0644 by umask) as the real user. Returns an error message or "".
[[nodiscard]] std::string write_user_file(const std::string& path, const std::string& bytes);

constexpr std::size_t kMaxUserFile = 25u << 20;

}  // namespace pst::pstq
