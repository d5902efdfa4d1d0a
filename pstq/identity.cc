// identity.cc: see identity.h.
#include "pstq/identity.h"

#include <pwd.h>
#include <unistd.h>

#include <fmt/format.h>

namespace pst::pstq {
namespace {

const OfficerConfig* find_officer(const Config& cfg, std::string_view login) {
  for (const auto& o : cfg.officers)
    if (o.login == login) return &o;
  return nullptr;
}

Role role_of(const OfficerConfig& o) { return o.role == "supervisor" ? Role::supervisor : Role::officer; }

}  // namespace

std::string login_of_uid(uid_t uid) {
  struct passwd pw {};
  struct passwd* result = nullptr;
  char buf[4096];
  if (::getpwuid_r(uid, &pw, buf, sizeof buf, &result) != 0 || !result) return "";
  return result->pw_name;
}

IdentityResult resolve_identity(const Config& cfg, uid_t uid, const std::string& login,
                                const std::optional<std::string>& as_login) {
  IdentityResult r;
  Identity me;
  me.real_login = login.empty() ? fmt::format("uid {}", uid) : login;
  const OfficerConfig* o = find_officer(cfg, login);
  if (uid == 0) {
    me.login = o ? login : "root";
    me.role = Role::supervisor;
  } else if (o) {
    me.login = login;
    me.role = role_of(*o);
  } else if (login == kServiceUser) {
    me.login = login;
    me.role = Role::service;
  } else {
    r.refusal = fmt::format(
        "user \"{}\" is not an officer of this service (no officers[].login \"{}\" in {}); ask the supervisor to "
        "add you",
        me.real_login, login, cfg.path);
    return r;
  }
  if (as_login) {
    if (me.role != Role::supervisor) {
      r.refusal = fmt::format("--as is for supervisors only; \"{}\" is {}", me.real_login,
                              me.role == Role::service ? "the service user" : "an officer");
      return r;
    }
    const OfficerConfig* target = find_officer(cfg, *as_login);
    if (!target) {
      r.refusal = fmt::format("--as {}: no officers[].login \"{}\" in {}", *as_login, *as_login, cfg.path);
      return r;
    }
    me.login = target->login;
    me.role = role_of(*target);
  }
  r.identity = me;
  return r;
}

std::optional<std::string> refuse_ticket(const Identity& who, const Ticket& t) {
  if (who.role == Role::supervisor) return std::nullopt;
  if (who.role == Role::service) return fmt::format("the service user may not act on tickets ({})", t.number);
  if (!t.officer || *t.officer == who.login) return std::nullopt;
  return fmt::format("{} belongs to {}; officers act on their own and unassigned tickets (ask a supervisor to "
                     "assign it to you)",
                     t.number, *t.officer);
}

std::optional<std::string> refuse_verb(const Identity& who, std::string_view verb) {
  if (who.role == Role::service && verb != "remind" && verb != "report" && verb != "status" && verb != "backup")
    return fmt::format("the service user \"{}\" may run only remind, report, status and backup, not {}", who.login,
                       verb);
  return std::nullopt;
}

}  // namespace pst::pstq
