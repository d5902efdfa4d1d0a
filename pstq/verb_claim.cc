// verb_claim.cc: `pstq claim N`: take an unassigned ticket (supervisors: any ticket).
#include <fmt/format.h>

#include "pstq/verb_helpers.h"

namespace pst::pstq {

int run_claim(VerbContext& ctx) {
  CLI::App app{"Take a ticket: it becomes yours", "pstq claim"};
  std::optional<std::string> as;
  std::string number;
  app.add_option("TICKET", number, "PST-2026-00042, 2026-42 or 42")->required();
  app.footer("examples:\n  pstq claim 42\n  pstq claim PST-2026-00042");
  if (auto code = parse_args(ctx, app, &as)) return *code;
  Session s = open_session(ctx, as);
  Ticket t = ticket_arg(ctx, s, number);
  if (s.me.role == Role::service || s.me.login == "root")
    fail(ctx, kNoPermission, "root is not an officer; use --as LOGIN");
  auto c = s.actions();
  run_action(ctx, [&] { claim_ticket(c, t.id); });
  ctx.out << fmt::format("{}: assigned to {}\n", t.number, s.me.login);
  return kOk;
}

}  // namespace pst::pstq
