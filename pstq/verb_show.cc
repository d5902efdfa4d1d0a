// verb_show.cc: `pstq show N`: the ticket, its thread (inbound and outgoing mail, in time order,
// with attachment ids for `pstq attachment`), and its audit events ("made as ayu" under --as).
// The requester's rating link is shown redacted; everything printed passes terminal_guard.h.
#include <fmt/format.h>

#include "calendar/instant_format.h"
#include "pstq/table.h"
#include "pstq/verb_helpers.h"
#include "queue/ratings.h"
#include "queue/ticket_queries.h"

namespace pst::pstq {

/// "made as ayu" when a supervisor acted with --as, else the actor.
std::string who(const Event& e) { return e.made_by.empty() ? e.actor : e.made_by + " as " + e.actor; }

int run_show(VerbContext& ctx) {
  CLI::App app{"Show a ticket: details, the mail thread with attachments, and its events", "pstq show"};
  std::optional<std::string> as;
  std::string number;
  bool json = false;
  app.add_option("TICKET", number, "PST-2026-00042, 2026-42 or 42")->required();
  app.add_flag("--json", json, "one JSON object {ticket, thread, events}");
  app.footer(R"(examples:
  pstq show 42
  pstq show PST-2026-00042 --json
  pstq attachment 42 17.2 -o tabel.xlsx     (ids as listed under "attachments"))");
  if (auto code = parse_args(ctx, app, &as)) return *code;
  Session s = open_session(ctx, as);
  Ticket t = ticket_arg(ctx, s, number);
  auto thread = run_action(ctx, [&] { return ticket_thread(*s.db, t.id, pstq_mime_limits(s.config)); });
  // The rating link is the requester's: an officer who could open it could rate for them (issue 15,
  // item 7). Hidden in both directions (a reply may quote the closure mail).
  for (auto& e : thread) e.text = redact_rating_tokens(e.text);
  auto events = run_action(ctx, [&] { return ticket_events(*s.db, t.id); });
  if (json) {
    nlohmann::json j;
    j["ticket"] = ticket_json(s, t);
    j["ticket"]["request_summary"] = t.request_summary ? nlohmann::json(*t.request_summary) : nlohmann::json();
    j["ticket"]["other_addresses"] = nlohmann::json::array();
    for (const TicketAddress& a : ticket_addresses(*s.db, t.id))
      j["ticket"]["other_addresses"].push_back({{"address", a.address}, {"kind", a.kind}});
    j["thread"] = nlohmann::json::array();
    for (const auto& e : thread) {
      nlohmann::json m{{"direction", e.direction == ThreadEntry::Direction::in ? "in" : "out"},
                       {"at", format_iso8601(*s.calendar.zone, e.at)},
                       {"from", e.from},
                       {"subject", e.subject},
                       {"text", e.text},
                       {"attachments", nlohmann::json::array()}};
      if (!e.state.empty()) m["state"] = e.state;
      if (e.purged) m["purged"] = format_iso8601(*s.calendar.zone, *e.purged);
      for (const auto& a : e.attachments)
        m["attachments"].push_back(
            {{"id", a.id}, {"filename", a.filename}, {"content_type", a.content_type}, {"size", a.size}});
      j["thread"].push_back(m);
    }
    j["events"] = nlohmann::json::array();
    for (const auto& e : events)
      j["events"].push_back({{"at", format_iso8601(*s.calendar.zone, e.at)},
                             {"actor", e.actor},
                             {"made_by", e.made_by.empty() ? nlohmann::json() : nlohmann::json(e.made_by)},
                             {"type", e.type},
                             {"detail", e.detail}});
    ctx.out << j.dump(2) << "\n";
    return kOk;
  }
  const Terminal term = terminal_for(ctx.out);
  auto bold = [&](const std::string& x) { return term.colour ? "\x1b[1m" + x + "\x1b[0m" : x; };
  ctx.out << bold(fmt::format("{}  {}  {}", t.number, to_string(t.state), to_string(t.kind))) << "\n";
  ctx.out << fmt::format("  subject:     {}\n", t.subject);
  ctx.out << fmt::format("  requester:   {}{}\n",
                         t.requester_name ? *t.requester_name + " " : (t.from_name ? *t.from_name + " " : ""),
                         "<" + t.requester_address + ">" + (t.undeliverable ? "  (UNDELIVERABLE)" : ""));
  for (const TicketAddress& a : ticket_addresses(*s.db, t.id))
    ctx.out << fmt::format("  {:<12} {}{}\n", a.kind == "accepted" ? "also:" : "other:", a.address,
                           a.kind == "accepted"         ? " (accepted as the requester's)"
                           : a.kind == "reply_to"       ? " (Reply-To; pstq reply --to)"
                                                        : " (forwarded from; pstq reply --to)");
  if (t.requester_institution) ctx.out << fmt::format("  institution: {}\n", *t.requester_institution);
  if (t.check_introduction) {
    ctx.out << "  CHECK THE INTRODUCTION (read as incomplete, but):\n";
    std::size_t start = 0;
    while (start < t.check_introduction->size()) {
      std::size_t end = t.check_introduction->find('\n', start);
      if (end == std::string::npos) end = t.check_introduction->size();
      ctx.out << "    - " << t.check_introduction->substr(start, end - start) << "\n";
      start = end + 1;
    }
    ctx.out << fmt::format("    then: pstq fix {} [--name ..] [--institution ..] [--request ..] [--complete]\n", t.number);
  }
  if (t.request_summary) ctx.out << fmt::format("  request:     {}\n", *t.request_summary);
  ctx.out << fmt::format("  officer:     {}\n", t.officer.value_or("(unassigned)"));
  ctx.out << fmt::format("  received:    {}\n", format_human(*s.calendar.zone, t.received, Language::id));
  if (t.due) ctx.out << fmt::format("  due:         {}\n", format_human(*s.calendar.zone, *t.due, Language::id));
  if (t.first_reply)
    ctx.out << fmt::format("  first reply: {}\n", format_human(*s.calendar.zone, *t.first_reply, Language::id));
  if (t.closed) ctx.out << fmt::format("  closed:      {}\n", format_human(*s.calendar.zone, *t.closed, Language::id));
  for (const auto& e : thread) {
    const bool in = e.direction == ThreadEntry::Direction::in;
    ctx.out << "\n"
            << bold(fmt::format("{} {}  {}", in ? "<<" : ">>", short_time(s.calendar, e.at),
                                in ? "from " + e.from : e.from + " (" + e.state + ")"))
            << "\n";
    ctx.out << "   Subject: " << e.subject << "\n";
    std::string text = e.text;
    while (!text.empty() && (text.back() == '\n' || text.back() == '\r')) text.pop_back();
    std::size_t start = 0;
    while (start <= text.size()) {
      std::size_t end = text.find('\n', start);
      if (end == std::string::npos) end = text.size();
      ctx.out << "   | " << text.substr(start, end - start) << "\n";
      start = end + 1;
    }
    for (const auto& a : e.attachments)
      ctx.out << fmt::format("   attachment {}  {}  {}  {} bytes\n", a.id.empty() ? "(sent)" : a.id,
                             a.filename.empty() ? "(no name)" : a.filename, a.content_type, a.size);
  }
  ctx.out << "\n" << bold("events") << "\n";
  Table table;
  table.headers = {"WHEN (WITA)", "WHO", "WHAT", "DETAIL"};
  for (const auto& e : events) table.rows.push_back({short_time(s.calendar, e.at), who(e), e.type, e.detail});
  print_table(ctx.out, table, term);
  return kOk;
}

}  // namespace pst::pstq
