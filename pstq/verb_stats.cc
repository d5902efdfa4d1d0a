// verb_stats.cc: `pstq stats`: tickets by state, open load per officer, overdue, closures and
// the service standard over the last 30 days. Figures over all tickets (no requester data), so any
// known officer may run it.
#include <fmt/format.h>

#include "pstq/table.h"
#include "pstq/verb_helpers.h"
#include "queue/ticket_queries.h"

namespace pst::pstq {

int run_stats(VerbContext& ctx) {
  CLI::App app{"Counts: tickets by state, load per officer, overdue, last 30 days", "pstq stats"};
  std::optional<std::string> as;
  bool json = false;
  app.add_flag("--json", json, "one JSON object");
  app.footer("examples:\n  pstq stats\n  pstq stats --json | jq .overdue");
  if (auto code = parse_args(ctx, app, &as)) return *code;
  Session s = open_session(ctx, as);
  TicketStats st = run_action(ctx, [&] { return ticket_stats(*s.db, s.now); });
  if (json) {
    nlohmann::json j;
    j["by_state"] = nlohmann::json::object();
    for (const auto& [k, v] : st.by_state) j["by_state"][k] = v;
    j["by_officer"] = nlohmann::json::array();
    for (const auto& o : st.by_officer)
      j["by_officer"].push_back({{"officer", o.officer.empty() ? nlohmann::json() : nlohmann::json(o.officer)},
                                 {"open", o.open},
                                 {"overdue", o.overdue}});
    j["overdue"] = st.overdue;
    j["closed_last_30_days"] = st.closed_last_30_days;
    j["closed_on_time_last_30_days"] = st.closed_on_time_last_30_days;
    j["median_first_reply_hours"] =
        st.median_first_reply_hours ? nlohmann::json(*st.median_first_reply_hours) : nlohmann::json();
    ctx.out << j.dump(2) << "\n";
    return kOk;
  }
  const Terminal term = terminal_for(ctx.out);
  Table states;
  states.headers = {"STATE", "TICKETS"};
  for (const auto& [k, v] : st.by_state) states.rows.push_back({k, std::to_string(v)});
  print_table(ctx.out, states, term);
  ctx.out << "\n";
  Table load;
  load.headers = {"OFFICER", "OPEN", "OVERDUE"};
  for (const auto& o : st.by_officer)
    load.rows.push_back({o.officer.empty() ? "(unassigned)" : o.officer, std::to_string(o.open),
                         std::to_string(o.overdue)});
  print_table(ctx.out, load, term);
  ctx.out << fmt::format("\noverdue now: {}\nclosed in the last 30 days: {} ({} answered on time)\n", st.overdue,
                         st.closed_last_30_days, st.closed_on_time_last_30_days);
  if (st.median_first_reply_hours)
    ctx.out << fmt::format("median time to first reply (30 days): {:.1f} h\n", *st.median_first_reply_hours);
  return kOk;
}

}  // namespace pst::pstq
