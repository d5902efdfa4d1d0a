// trusted_config.h: which configuration pstq may use, and with which rights (issue 15, item 1).
// pstq is installed setgid to the service group so officers can reach the database; the
// configuration decides the database, the officers and their roles, the sender and the templates.
// So, in the manner of Postfix's postdrop and `sendmail -C`:
//   - root (real uid 0) may name any configuration (--config FILE, else $PSTMAIL_CONFIG).
//   - Anyone else gets the INSTALLED configuration (installed_config_path()), and only when it and every
//     folder above it are owned by root and writable by nobody else (checked; refused otherwise,
//     exit 78). $PSTMAIL_CONFIG, $PSTMAIL_DATABASE, $CREDENTIALS_DIRECTORY and $SQLITE_TMPDIR are
//     ignored (removed from the environment before anything reads them).
//   - `--config FILE` from anyone else is honoured only after pstq has dropped its group for good
//     (setresgid to the real group): it then runs with the user's own rights and can open only what
//     the user could open anyway (development, a private test setup). `--config` naming the
//     installed file is the installed file (checked, group kept).
// Decided once per run by choose_config() (pure) and applied by apply_config_choice().
#pragma once

#include <sys/types.h>

#include <optional>
#include <string>
#include <string_view>

namespace pst::pstq {

/// The one configuration a non-root caller gets with pstq's group: /etc/pstmail/pstmail.yaml, a
/// compile-time constant (installed_config.cc) that no input at run time may move. The setgid tests
/// link the same objects with a private path (tests/pstq/CMakeLists.txt).
[[nodiscard]] std::string_view installed_config_path();

struct ConfigChoice {
  std::string path;                // the file to load
  bool check_ownership = false;    // the installed file for a non-root caller: verify root owns it
  bool drop_group = false;         // a non-root caller's own --config: drop the setgid group first
  bool trust_environment = false;  // $PSTMAIL_DATABASE, $CREDENTIALS_DIRECTORY may be used
  std::string note;                // said on stderr when an input was ignored
};

/// Pure: the choice for a caller with real uid `uid`, the --config value and $PSTMAIL_CONFIG.
[[nodiscard]] ConfigChoice choose_config(uid_t uid, const std::optional<std::string>& flag,
                                         const std::optional<std::string>& env_config, std::string_view installed);

/// Why `path` may not be trusted as the installed configuration ("/etc/pstmail: writable by its
/// group"), or nullopt when the file and every folder above it are owned by root, are not symbolic
/// links and are not writable by group or others.
[[nodiscard]] std::optional<std::string> untrusted_config_reason(const std::string& path);

/// Drops the setgid group for good (real, effective and saved gid = the real gid); false on failure.
[[nodiscard]] bool drop_group_for_good();

/// Applies `c`: removes the environment it must not trust, drops the group, checks ownership.
/// Returns the refusal message (exit 78 / 77 by the caller), or "" when the file may be loaded.
[[nodiscard]] std::string apply_config_choice(const ConfigChoice& c);

}  // namespace pst::pstq
