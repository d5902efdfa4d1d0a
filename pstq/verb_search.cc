// verb_search.cc: `pstq search WORDS...`: full-text search (SQLite FTS5) over subjects, the
// requesters' own words, officer replies and requester addresses/names. Officers see hits on their
// own and unassigned tickets only; supervisors see all.
#include <fmt/format.h>

#include "pstq/table.h"
#include "pstq/verb_helpers.h"
#include "queue/ticket_queries.h"

namespace pst::pstq {

int run_search(VerbContext& ctx) {
  CLI::App app{"Find tickets by words in subjects, mails, replies and requesters", "pstq search"};
  std::optional<std::string> as;
  std::vector<std::string> words;
  bool json = false;
  int limit = 50;
  app.add_option("WORDS", words, "words that must all occur (no query syntax)")->required();
  app.add_option("--limit", limit, "at most N tickets (default 50)")->check(CLI::Range(1, 10000))->type_name("N");
  app.add_flag("--json", json, "a JSON array of ticket objects, each with a \"snippet\"");
  app.footer(R"(examples:
  pstq search penduduk jembrana
  pstq search putu.lestari@student.example.ac.id
  pstq search inflasi --json)");
  if (auto code = parse_args(ctx, app, &as)) return *code;
  Session s = open_session(ctx, as);
  std::string query;
  for (const auto& w : words) query += (query.empty() ? "" : " ") + w;
  std::vector<SearchHit> hits = run_action(ctx, [&] { return search_tickets(*s.db, query, limit); });
  std::erase_if(hits, [&](const SearchHit& h) { return refuse_ticket(s.me, h.ticket).has_value(); });
  if (json) {
    nlohmann::json arr = nlohmann::json::array();
    for (const auto& h : hits) {
      auto j = ticket_json(s, h.ticket);
      j["snippet"] = h.snippet;
      arr.push_back(j);
    }
    ctx.out << arr.dump(2) << "\n";
    return kOk;
  }
  if (hits.empty()) {
    ctx.out << "no tickets match\n";
    return kOk;
  }
  Table table;
  table.headers = {"NUMBER", "STATE", "REQUESTER", "OFFICER", "MATCH"};
  for (const auto& h : hits)
    table.rows.push_back({h.ticket.number, to_string(h.ticket.state), h.ticket.requester_address,
                          h.ticket.officer.value_or("-"), h.snippet});
  print_table(ctx.out, table, terminal_for(ctx.out));
  return kOk;
}

}  // namespace pst::pstq
