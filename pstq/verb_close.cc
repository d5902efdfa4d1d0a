// verb_close.cc: `pstq close N` (closure mail queued) and `pstq reopen N` (a fresh deadline from now).
#include <fmt/format.h>

#include "pstq/verb_helpers.h"

namespace pst::pstq {

int run_close(VerbContext& ctx) {
  CLI::App app{"Close a ticket; the requester gets the closure mail", "pstq close"};
  std::optional<std::string> as;
  std::string number;
  app.add_option("TICKET", number, "PST-2026-00042, 2026-42 or 42")->required();
  app.footer("examples:\n  pstq close 42\n  pstq reply 42 --file jawaban.txt --close    (answer and close at once)");
  if (auto code = parse_args(ctx, app, &as)) return *code;
  Session s = open_session(ctx, as);
  Ticket t = ticket_arg(ctx, s, number);
  auto c = s.actions();
  std::int64_t id = run_action(ctx, [&] { return close_ticket(c, t.id); });
  ctx.out << fmt::format("{}: closed{}\n", t.number,
                         id == kClosureHandedToDaemon ? "; pstmaild sends the closure mail with the rating link"
                         : id                         ? fmt::format("; closure mail queued (outbox {})", id)
                                                      : " (address undeliverable: no mail)");
  return kOk;
}

int run_reopen(VerbContext& ctx) {
  CLI::App app{"Reopen a closed or answered ticket (new deadline from now)", "pstq reopen"};
  std::optional<std::string> as;
  std::string number;
  app.add_option("TICKET", number, "PST-2026-00042, 2026-42 or 42")->required();
  app.footer("examples:\n  pstq reopen 42");
  if (auto code = parse_args(ctx, app, &as)) return *code;
  Session s = open_session(ctx, as);
  Ticket t = ticket_arg(ctx, s, number);
  auto c = s.actions();
  run_action(ctx, [&] { reopen_ticket(c, t.id); });
  ctx.out << fmt::format("{}: open again\n", t.number);
  return kOk;
}

}  // namespace pst::pstq
