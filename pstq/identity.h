// identity.h: who is running pstq and what they may do. The officer is the REAL Unix login
// (getuid() -> passwd name; never $USER, never the effective ids of the setgid binary) mapped to
// config `officers[].login`. root counts as a supervisor; `--as LOGIN` is honoured only for a
// supervisor (or root) and then acts as LOGIN; the service user ("pstmail") may run remind and
// report only. Officers act on their own and unassigned tickets, supervisors on all tickets.
// Pure functions over injected values (uid, login): tests need no real accounts.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <sys/types.h>

#include "config/config.h"
#include "queue/tickets.h"

namespace pst::pstq {

enum class Role { officer, supervisor, service };

struct Identity {
  std::string login;          // the acting login (after --as)
  std::string real_login;     // who ran the command
  Role role = Role::officer;
};

constexpr std::string_view kServiceUser = "pstmail";

/// The identity, or a refusal message ("pstq: user \"bob\" is not an officer in /etc/...; ask ...").
struct IdentityResult {
  std::optional<Identity> identity;
  std::string refusal;
};

[[nodiscard]] IdentityResult resolve_identity(const Config& cfg, uid_t uid, const std::string& login,
                                              const std::optional<std::string>& as_login);

/// The real login of `uid` from the passwd database ("" when it has none).
[[nodiscard]] std::string login_of_uid(uid_t uid);

/// Whether `who` may change or read ticket `t`; otherwise the refusal message.
[[nodiscard]] std::optional<std::string> refuse_ticket(const Identity& who, const Ticket& t);

/// Whether `who` may run `verb` at all (the service user: only remind and report).
[[nodiscard]] std::optional<std::string> refuse_verb(const Identity& who, std::string_view verb);

}  // namespace pst::pstq
