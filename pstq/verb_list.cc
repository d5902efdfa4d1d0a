// verb_list.cc: `pstq list`: open tickets sorted by due (default: mine). Officers see their own and
// unassigned tickets (--all: both); supervisors see everyone's. --json prints a JSON array.
#include <fmt/format.h>

#include "calendar/holidays.h"
#include "calendar/instant_format.h"
#include "pstq/table.h"
#include "pstq/verb_helpers.h"
#include "queue/ticket_queries.h"

namespace pst::pstq {
namespace {

constexpr const char* kExamples = R"(examples:
  pstq list                          my open tickets, earliest due first
  pstq list --all                    every open ticket I may see (supervisors: all)
  pstq list --officer made --overdue
  pstq list --state waiting,answered --due-before 2026-12-04
  pstq list --json | jq '.[].number'

Columns: number, state, requester, institution, subject, due (WITA), officer.)";

}  // namespace

int run_list(VerbContext& ctx) {
  CLI::App app{"List tickets, earliest due first (default: my open tickets)", "pstq list"};
  std::optional<std::string> as, officer, due_before;
  std::vector<std::string> states;
  bool all = false, overdue = false, json = false;
  int limit = 1000;
  app.add_flag("--all", all, "every open ticket (officers: own and unassigned)");
  app.add_option("--state", states, "only these states (incomplete,open,waiting,answered,closed,spam)")
      ->delimiter(',')
      ->type_name("STATE[,STATE]");
  app.add_option("--officer", officer, "only this officer's tickets (\"none\": unassigned)")->type_name("LOGIN");
  app.add_flag("--overdue", overdue, "only tickets past their due time");
  app.add_option("--due-before", due_before, "only tickets due before DATE (YYYY-MM-DD, office time) or INSTANT")
      ->type_name("DATE");
  app.add_option("--limit", limit, "at most N rows (default 1000)")->check(CLI::Range(1, 1000000))->type_name("N");
  app.add_flag("--json", json, "a JSON array of ticket objects");
  app.footer(kExamples);
  if (auto code = parse_args(ctx, app, &as)) return *code;

  Session s = open_session(ctx, as);
  TicketFilter f;
  f.limit = limit;
  f.overdue = overdue;
  for (const auto& st : states) {
    auto parsed = parse_ticket_state(st);
    if (!parsed) fail(ctx, kUsage, fmt::format("--state: unknown state \"{}\"", st));
    f.states.push_back(*parsed);
  }
  if (due_before) {
    std::optional<Instant> at = parse_iso8601(*due_before);
    if (!at) {
      if (auto ymd = parse_iso_date(*due_before)) {
        date::local_days day{*ymd};
        at = s.calendar.zone->to_sys(date::local_seconds{day.time_since_epoch()});
      }
    }
    if (!at) fail(ctx, kUsage, fmt::format("--due-before: \"{}\" is not a date (YYYY-MM-DD)", *due_before));
    f.due_before = at;
  }
  const bool supervisor = s.me.role == Role::supervisor;
  if (officer && *officer != s.me.login && !supervisor)
    fail(ctx, kNoPermission, "officers list only their own and unassigned tickets (--officer is for supervisors)");
  if (officer) {
    if (*officer != "none") f.officer = *officer;
    else f.states = f.states.empty() ? std::vector<TicketState>{} : f.states;
  } else if (!all || !supervisor) {
    f.officer = s.me.login;
    f.with_unassigned = all;
  }
  std::vector<Ticket> rows = run_action(ctx, [&] { return list_tickets(*s.db, f, s.now); });
  if (officer && *officer == "none")
    std::erase_if(rows, [](const Ticket& t) { return t.officer.has_value(); });

  if (json) {
    nlohmann::json arr = nlohmann::json::array();
    for (const auto& t : rows) arr.push_back(ticket_json(s, t));
    ctx.out << arr.dump(2) << "\n";
    return kOk;
  }
  Table table;
  table.headers = {"NUMBER", "STATE", "REQUESTER", "INSTITUTION", "SUBJECT", "DUE (WITA)", "OFFICER"};
  table.shrink_column = 4;
  for (const auto& t : rows) {
    table.rows.push_back({t.number + (t.check_introduction ? " (check)" : ""), to_string(t.state),
                          t.requester_name.value_or(t.requester_address),
                          t.requester_institution.value_or("-"), t.subject,
                          t.due ? short_time(s.calendar, *t.due) : "-", t.officer.value_or("-")});
    const bool late = t.due && *t.due < s.now && (t.state == TicketState::open || t.state == TicketState::incomplete);
    table.row_colour.push_back(late ? "31" : "");
  }
  if (rows.empty()) {
    ctx.out << "no tickets\n";
    return kOk;
  }
  print_table(ctx.out, table, terminal_for(ctx.out));
  return kOk;
}

}  // namespace pst::pstq
