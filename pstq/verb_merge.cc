// verb_merge.cc: `pstq merge N M`: a requester who wrote twice: N's mail moves to M, N is closed
// (no mail sent) and linked to M. `pstq spam N`: closes without answering and remembers the sender.
#include <fmt/format.h>

#include "pstq/verb_helpers.h"

namespace pst::pstq {

int run_merge(VerbContext& ctx) {
  CLI::App app{"Fold ticket N into ticket M (the same request written twice)", "pstq merge"};
  std::optional<std::string> as;
  std::string from, into;
  app.add_option("N", from, "the duplicate ticket (closed, no mail)")->required();
  app.add_option("M", into, "the ticket that stays")->required();
  app.footer("examples:\n  pstq merge 43 42        43's mail moves to 42; 43 is closed without a mail");
  if (auto code = parse_args(ctx, app, &as)) return *code;
  Session s = open_session(ctx, as);
  Ticket a = ticket_arg(ctx, s, from);
  Ticket b = ticket_arg(ctx, s, into);
  auto c = s.actions();
  run_action(ctx, [&] { merge_tickets(c, a.id, b.id); });
  ctx.out << fmt::format("{}: merged into {}\n", a.number, b.number);
  return kOk;
}

int run_spam(VerbContext& ctx) {
  CLI::App app{"Close a ticket as spam without answering; remember the sender", "pstq spam"};
  std::optional<std::string> as;
  std::string number;
  app.add_option("TICKET", number, "PST-2026-00042, 2026-42 or 42")->required();
  app.footer("examples:\n  pstq spam 42");
  if (auto code = parse_args(ctx, app, &as)) return *code;
  Session s = open_session(ctx, as);
  Ticket t = ticket_arg(ctx, s, number);
  auto c = s.actions();
  run_action(ctx, [&] { mark_spam(c, t.id); });
  ctx.out << fmt::format("{}: spam; {} remembered\n", t.number, t.requester_address);
  return kOk;
}

}  // namespace pst::pstq
