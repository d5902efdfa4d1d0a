// script_runner.h: what the harness classes share to drive their shell scripts (mailstack.sh,
// imapserver.sh): quoting, running `bash SCRIPT COMMAND DIR ARGS...`, reading the KEY=VALUE env file
// a script leaves in its folder, whole-file reads and writes. Test code: failures throw.
#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace pst::test {

[[nodiscard]] std::string shell_quote(std::string_view s);

/// Runs `bash SCRIPT COMMAND DIR ARGS...` (stdin /dev/null); returns stdout+stderr; throws
/// std::runtime_error naming the script, the command and the output when it exits non-zero.
std::string run_script(const std::filesystem::path& script, std::string_view command,
                       const std::filesystem::path& dir, const std::vector<std::string>& args = {});

/// "KEY=VALUE" lines of a script's env file.
[[nodiscard]] std::map<std::string, std::string> read_env_file(const std::filesystem::path& p);
/// env[key], or std::runtime_error naming the file's key.
[[nodiscard]] std::string env_value(const std::map<std::string, std::string>& env, const std::string& key);

[[nodiscard]] std::string read_whole_file(const std::filesystem::path& p);
void write_whole_file(const std::filesystem::path& p, std::string_view data);

/// A fresh folder "$TMPDIR/PREFIX-XXXXXX" (short: daemons put sockets there).
[[nodiscard]] std::filesystem::path make_temp_folder(std::string_view prefix);
/// Removes a test's folder, unless PST_KEEP_MAILSTACK=1 (then says on stderr, as `who`, that it kept it).
void remove_folder_unless_kept(const std::filesystem::path& dir, std::string_view who);

}  // namespace pst::test
