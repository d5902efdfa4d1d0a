// verb_fix.cc: `pstq fix N [--name X] [--institution Y] [--request TEXT] [--complete]`: an officer
// corrects what pstmaild read from the requester's mail (issue 16); a ticket waiting for its
// introduction that becomes complete starts its clock at the requester's latest mail and gets its
// acknowledgement. `pstq fixes --export DIR`: every corrected ticket's first mail and its corrected
// labels, in the corpus format of tests/parsers/corpus (labels.json), so the office's corrections
// become test cases. Supervisors, root only for the export (it holds requesters' mail); files are
// written as the real user (user_files.h).
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "pstq/user_files.h"
#include "pstq/verb_helpers.h"

namespace pst::pstq {

int run_fix(VerbContext& ctx) {
  CLI::App app{"Correct what pstmaild read from the requester's mail (name, institution, request)", "pstq fix"};
  std::optional<std::string> as, name, institution, request;
  std::string number;
  bool complete = false;
  app.add_option("TICKET", number, "PST-2026-00042, 2026-42 or 42")->required();
  app.add_option("--name", name, "the requester's name as they wrote it")->type_name("TEXT");
  app.add_option("--institution", institution, "their institution (the university, not the faculty)")->type_name("TEXT");
  app.add_option("--request", request, "what they ask for, in a line")->type_name("TEXT");
  app.add_flag("--complete", complete, "the introduction and request are complete: start the clock now");
  app.footer(R"(examples:
  pstq fix 42 --institution "Universitas Udayana"
  pstq fix 42 --name "I Gusti Ngurah Rai" --complete

A ticket waiting for completion that becomes complete starts its clock at the arrival of the
requester's latest mail (not now) and gets its acknowledgement; the event records old and new values.)");
  if (auto code = parse_args(ctx, app, &as)) return *code;
  Session s = open_session(ctx, as);
  Ticket t = ticket_arg(ctx, s, number);
  auto c = s.actions();
  FixOutcome o = run_action(ctx, [&] { return fix_reading(c, t.id, ReadingFix{name, institution, request, complete}); });
  for (const auto& ch : o.changes) ctx.out << fmt::format("{}: {}\n", t.number, ch);
  if (o.completed)
    ctx.out << fmt::format("{}: complete; clock started{}\n", t.number,
                           o.acknowledgement ? fmt::format(", acknowledgement queued (outbox {})", *o.acknowledgement) : "");
  else if (o.changes.empty())
    ctx.out << fmt::format("{}: nothing changed\n", t.number);
  return kOk;
}

int run_fixes(VerbContext& ctx) {
  CLI::App app{"Export officers' corrections as test cases (corpus format)", "pstq fixes"};
  std::string dir;
  app.add_option("--export", dir, "write DIR/<ticket>.eml and DIR/labels.json")->required()->type_name("DIR");
  app.footer("examples:\n  pstq fixes --export ~/pst-fixes");
  if (auto code = parse_args(ctx, app, nullptr)) return *code;
  Session s = open_session(ctx, std::nullopt);
  if (s.me.role == Role::officer)
    fail(ctx, kNoPermission, "only supervisors and root may export requesters' mail");
  struct Fixed {
    Ticket t;
    std::string raw;
  };
  std::vector<Fixed> fixed = run_action(ctx, [&] {
    std::vector<Fixed> out;
    Statement q = s.db->prepare(
        "SELECT DISTINCT e.ticket_id, (SELECT r.raw FROM messages m JOIN raw_mail r ON r.id = m.id "
        "WHERE m.ticket_id = e.ticket_id ORDER BY m.arrival, m.id LIMIT 1) FROM events e "
        "WHERE e.type = 'reading_fixed' ORDER BY e.ticket_id");
    while (q.step())
      if (auto t = find_ticket(*s.db, q.int64(0)); t && !q.is_null(1)) out.push_back({*t, q.text(1)});
    return out;
  });
  nlohmann::json labels = nlohmann::json::object();
  for (const Fixed& f : fixed) {
    const std::string file = f.t.number + ".eml";
    if (std::string err = write_user_file(dir + "/" + file, f.raw); !err.empty()) fail(ctx, kCantCreate, err);
    nlohmann::json l;
    l["kind"] = to_string(f.t.kind);
    l["name"] = f.t.requester_name ? nlohmann::json(*f.t.requester_name) : nlohmann::json();
    l["institution"] = f.t.requester_institution ? nlohmann::json(*f.t.requester_institution) : nlohmann::json();
    l["request"] = f.t.request_summary.has_value();
    nlohmann::json missing = nlohmann::json::array();
    if (!f.t.requester_name) missing.push_back("name");
    if (!f.t.requester_institution) missing.push_back("institution");
    if (!f.t.request_summary) missing.push_back("request");
    l["missing"] = missing;
    l["language"] = f.t.language;
    l["rating"] = nullptr;
    l["ticket_ref"] = nullptr;
    l["set"] = "office";
    labels[file] = l;
  }
  if (std::string err = write_user_file(dir + "/labels.json", labels.dump(2) + "\n"); !err.empty())
    fail(ctx, kCantCreate, err);
  ctx.out << fmt::format("{} corrected ticket{} exported to {}\n", fixed.size(), fixed.size() == 1 ? "" : "s", dir);
  return kOk;
}

}  // namespace pst::pstq
