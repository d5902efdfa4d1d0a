// verb_assign.cc: `pstq assign N LOGIN` (supervisors; an officer may hand over their own ticket)
// and `pstq unassign N`.
#include <fmt/format.h>

#include "pstq/verb_helpers.h"

namespace pst::pstq {

int run_assign(VerbContext& ctx) {
  CLI::App app{"Give a ticket to an officer", "pstq assign"};
  std::optional<std::string> as;
  std::string number, login;
  app.add_option("TICKET", number, "PST-2026-00042, 2026-42 or 42")->required();
  app.add_option("LOGIN", login, "the officer's login (officers[].login)")->required();
  app.footer("examples:\n  pstq assign 42 made\n  pstq assign PST-2026-00042 ayu");
  if (auto code = parse_args(ctx, app, &as)) return *code;
  Session s = open_session(ctx, as);
  Ticket t = ticket_arg(ctx, s, number);
  auto c = s.actions();
  run_action(ctx, [&] { assign_ticket(c, t.id, login); });
  ctx.out << fmt::format("{}: assigned to {}\n", t.number, login);
  return kOk;
}

int run_unassign(VerbContext& ctx) {
  CLI::App app{"Take a ticket's officer away (back to the unassigned pool)", "pstq unassign"};
  std::optional<std::string> as;
  std::string number;
  app.add_option("TICKET", number, "PST-2026-00042, 2026-42 or 42")->required();
  app.footer("examples:\n  pstq unassign 42");
  if (auto code = parse_args(ctx, app, &as)) return *code;
  Session s = open_session(ctx, as);
  Ticket t = ticket_arg(ctx, s, number);
  auto c = s.actions();
  run_action(ctx, [&] { unassign_ticket(c, t.id); });
  ctx.out << fmt::format("{}: unassigned\n", t.number);
  return kOk;
}

}  // namespace pst::pstq
