// verb_leave.cc: `pstq leave LOGIN FROM TO`: the officer gets no new tickets on those office-local
// dates (inclusive). Supervisors for anyone; an officer for themself. Without dates: lists leave.
#include <fmt/format.h>

#include "pstq/table.h"
#include "pstq/verb_helpers.h"

namespace pst::pstq {

int run_leave(VerbContext& ctx) {
  CLI::App app{"Record an officer's leave (no new tickets then), or list it", "pstq leave"};
  std::optional<std::string> as, login, from, to;
  app.add_option("LOGIN", login, "the officer");
  app.add_option("FROM", from, "first day, YYYY-MM-DD");
  app.add_option("TO", to, "last day, YYYY-MM-DD (inclusive)");
  app.footer("examples:\n  pstq leave made 2026-12-01 2026-12-05\n  pstq leave            (list recorded leave)");
  if (auto code = parse_args(ctx, app, &as)) return *code;
  Session s = open_session(ctx, as);
  if (!login) {
    Table table;
    table.headers = {"LOGIN", "FROM", "TO", "BY"};
    Statement q = s.db->prepare("SELECT login, from_date, to_date, actor FROM officer_leave ORDER BY from_date, login");
    while (q.step()) table.rows.push_back({q.text(0), q.text(1), q.text(2), q.text(3)});
    print_table(ctx.out, table, terminal_for(ctx.out));
    return kOk;
  }
  if (!from || !to) fail(ctx, kUsage, "give LOGIN FROM TO (see pstq leave --help)");
  if (s.me.role != Role::supervisor && *login != s.me.login)
    fail(ctx, kNoPermission, "officers record only their own leave");
  auto c = s.actions();
  run_action(ctx, [&] { add_leave(c, *login, *from, *to); });
  ctx.out << fmt::format("{}: on leave {} to {}; no new tickets then\n", *login, *from, *to);
  return kOk;
}

}  // namespace pst::pstq
