// ticket_queries.cc: see ticket_queries.h.
#include "queue/ticket_queries.h"

#include <algorithm>
#include <set>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "parsers/mime_decode.h"
#include "parsers/own_words.h"
#include "parsers/text_scan.h"

namespace pst {
namespace {

std::int64_t secs(Instant t) { return t.time_since_epoch().count(); }

}  // namespace

std::vector<Ticket> list_tickets(Database& db, const TicketFilter& f, Instant now) {
  std::string where;
  auto add = [&](const std::string& cond) { where += (where.empty() ? " WHERE " : " AND ") + cond; };
  if (f.states.empty()) {
    add("t.state IN ('incomplete','open','waiting','answered')");
  } else {
    std::string in;
    for (TicketState s : f.states) in += fmt::format("{}'{}'", in.empty() ? "" : ",", to_string(s));
    add("t.state IN (" + in + ")");
  }
  if (f.officer) add(f.with_unassigned ? "(t.officer = ?1 OR t.officer IS NULL)" : "t.officer = ?1");
  if (f.overdue) add("t.due < ?2");
  if (f.due_before) add("t.due < ?3");
  std::string sql = fmt::format("SELECT {} FROM tickets t{} ORDER BY t.due IS NULL, t.due, t.number LIMIT ?4",
                                ticket_columns("t"), where);
  Statement s = db.prepare(sql);
  if (f.officer) s.bind(1, *f.officer);
  if (f.overdue) s.bind(2, secs(now));
  if (f.due_before) s.bind(3, secs(*f.due_before));
  s.bind(4, f.limit);
  std::vector<Ticket> out;
  while (s.step()) out.push_back(read_ticket(s));
  return out;
}

std::string fts_query(const std::string& words) {
  std::string out, term;
  auto flush = [&] {
    if (term.empty()) return;
    std::string q = "\"";
    for (char ch : term) q += ch == '"' ? std::string("\"\"") : std::string(1, ch);
    out += (out.empty() ? "" : " ") + q + "\"";
    term.clear();
  };
  for (char ch : words) {
    if (ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r') flush();
    else term += ch;
  }
  flush();
  return out;
}

std::vector<SearchHit> search_tickets(Database& db, const std::string& words, int limit) {
  std::vector<SearchHit> out;
  const std::string q = fts_query(words);
  if (q.empty()) return out;
  // The best-ranked rows first (FTS5 stops early with ORDER BY rank LIMIT); one hit per ticket.
  Statement s = db.prepare(fmt::format(
      "SELECT {}, h.snip FROM (SELECT ticket_id, snippet(search_index, -1, '[', ']', '…', 10) AS snip, rank AS r "
      "FROM search_index WHERE search_index MATCH ?1 ORDER BY rank LIMIT ?2) h "
      "JOIN tickets t ON t.id = h.ticket_id ORDER BY h.r",
      ticket_columns("t")));
  s.bind(1, q).bind(2, static_cast<std::int64_t>(limit) * 4);
  std::set<std::int64_t> seen;
  while (s.step() && static_cast<int>(out.size()) < limit) {
    Ticket t = read_ticket(s);
    // The snippet is the column after the ticket's (was read at a fixed index, which the ticket's
    // later columns shifted: pstq search showed no snippet).
    if (seen.insert(t.id).second) out.push_back(SearchHit{std::move(t), s.text(ticket_column_count())});
  }
  return out;
}

std::vector<ThreadEntry> ticket_thread(Database& db, std::int64_t ticket_id, const MimeLimits& limits) {
  std::vector<ThreadEntry> out;
  Statement in = db.prepare(
      "SELECT m.id, m.arrival, coalesce(m.from_address, ''), coalesce(m.subject, ''), coalesce(r.raw, X''), m.parsed, "
      "m.purged FROM messages m LEFT JOIN raw_mail r ON r.id = m.id WHERE m.ticket_id = ? ORDER BY m.arrival, m.id");
  in.bind(1, ticket_id);
  while (in.step()) {
    ThreadEntry e;
    e.direction = ThreadEntry::Direction::in;
    e.at = Instant{std::chrono::seconds{in.int64(1)}};
    e.from = in.text(2);
    e.subject = in.text(3);
    if (auto p = in.optional_int64(6)) {  // retention: only the facts are left
      e.purged = Instant{std::chrono::seconds{*p}};
      e.text = "(mail purged under the retention rule; only its facts are kept)";
      out.push_back(std::move(e));
      continue;
    }
    DecodedMail m = decode_mail(in.text(4), limits);
    if (e.from.empty() && m.from) e.from = m.from->address;
    if (e.subject.empty()) e.subject = m.subject;
    // The own words: kept in messages.parsed by stores before 2026-12-05, else read from the raw mail as
    // the parser reads them; the whole text when they are empty.
    if (auto parsed = in.optional_text(5)) {
      auto j = nlohmann::json::parse(*parsed, nullptr, false);
      if (j.is_object() && j.contains("text") && j["text"].is_string()) e.text = j["text"].get<std::string>();
    }
    if (e.text.empty()) e.text = own_words_of(m).text;
    if (text::trim(e.text).empty()) e.text = m.text;
    for (const auto& a : m.attachments)
      e.attachments.push_back(
          ThreadAttachment{fmt::format("{}.{}", in.int64(0), a.part_id), a.filename, a.content_type, a.size});
    out.push_back(std::move(e));
  }
  Statement ob =
      db.prepare("SELECT created, kind, state, data, purged FROM outbox WHERE ticket_id = ? ORDER BY created, id");
  ob.bind(1, ticket_id);
  while (ob.step()) {
    ThreadEntry e;
    e.direction = ThreadEntry::Direction::out;
    e.at = Instant{std::chrono::seconds{ob.int64(0)}};
    e.from = ob.text(1);
    e.state = ob.text(2);
    if (auto p = ob.optional_int64(4)) {
      e.purged = Instant{std::chrono::seconds{*p}};
      e.text = "(mail purged under the retention rule; only its facts are kept)";
      out.push_back(std::move(e));
      continue;
    }
    DecodedMail m = decode_mail(ob.text(3), limits);
    e.subject = m.subject;
    e.text = m.text;
    for (const auto& a : m.attachments) e.attachments.push_back(ThreadAttachment{"", a.filename, a.content_type, a.size});
    out.push_back(std::move(e));
  }
  // issue 18: what the requester sent on WhatsApp with a medium (ids "wa.<n>" for pstq attachment).
  Statement media = db.prepare(
      "SELECT id, received, wa_id, caption, filename, mime_type, state, length(bytes), coalesce(error, '') "
      "FROM whatsapp_media WHERE ticket_id = ? ORDER BY received, id");
  media.bind(1, ticket_id);
  while (media.step()) {
    ThreadEntry e;
    e.direction = ThreadEntry::Direction::in;
    e.at = Instant{std::chrono::seconds{media.int64(1)}};
    e.from = "WhatsApp +" + media.text(2);
    e.subject = "(WhatsApp)";
    e.text = media.text(3);
    const std::string state = media.text(6);
    if (state == "fetched")
      e.attachments.push_back(ThreadAttachment{"wa." + std::to_string(media.int64(0)), media.text(4), media.text(5),
                                               static_cast<std::size_t>(media.int64(7))});
    else
      e.text += (e.text.empty() ? "" : "\n") + std::string("(a medium ") +
                (state == "failed" ? "that could not be fetched: " + media.text(8) : "still being fetched") + ")";
    out.push_back(std::move(e));
  }
  std::stable_sort(out.begin(), out.end(), [](const ThreadEntry& a, const ThreadEntry& b) { return a.at < b.at; });
  return out;
}

std::optional<InboundAttachment> inbound_attachment(Database& db, std::int64_t ticket_id, const std::string& id,
                                                    const MimeLimits& limits) {
  if (id.rfind("wa.", 0) == 0) {  // a WhatsApp medium (ticket_thread)
    Statement w = db.prepare(
        "SELECT filename, mime_type, bytes FROM whatsapp_media WHERE id = ? AND ticket_id = ? AND state = 'fetched'");
    std::int64_t n = 0;
    try {
      std::size_t used = 0;
      n = std::stoll(id.substr(3), &used);
      if (used != id.size() - 3) return std::nullopt;
    } catch (const std::exception&) {
      return std::nullopt;
    }
    w.bind(1, n).bind(2, ticket_id);
    if (!w.step()) return std::nullopt;
    return InboundAttachment{w.text(0), w.text(1), w.text(2)};
  }
  auto dot = id.find('.');
  if (dot == std::string::npos || dot == 0) return std::nullopt;
  std::int64_t message_id = 0;
  try {
    std::size_t used = 0;
    message_id = std::stoll(id.substr(0, dot), &used);
    if (used != dot) return std::nullopt;
  } catch (const std::exception&) {
    return std::nullopt;
  }
  const std::string part = id.substr(dot + 1);
  Statement s = db.prepare("SELECT r.raw FROM messages m JOIN raw_mail r ON r.id = m.id WHERE m.id = ? AND m.ticket_id = ?");
  s.bind(1, message_id).bind(2, ticket_id);
  if (!s.step()) return std::nullopt;
  const std::string raw = s.text(0);
  auto bytes = extract_part(raw, part, limits);
  if (!bytes) return std::nullopt;
  InboundAttachment a;
  a.bytes = std::move(*bytes);
  for (const auto& info : decode_mail(raw, limits).attachments)
    if (info.part_id == part) a.filename = info.filename, a.content_type = info.content_type;
  return a;
}

TicketStats ticket_stats(Database& db, Instant now) {
  TicketStats st;
  Statement s = db.prepare("SELECT state, count(*) FROM tickets GROUP BY state ORDER BY state");
  while (s.step()) st.by_state.emplace_back(s.text(0), s.integer(1));
  Statement o = db.prepare(
      "SELECT coalesce(officer, ''), count(*), count(*) FILTER (WHERE due < ?1 AND state IN ('open','incomplete')) "
      "FROM tickets WHERE state IN ('incomplete','open','waiting','answered') GROUP BY officer ORDER BY officer");
  o.bind(1, secs(now));
  while (o.step()) {
    st.by_officer.push_back(OfficerLoad{o.text(0), o.integer(1), o.integer(2)});
    st.overdue += o.integer(2);
  }
  const std::int64_t since = secs(now) - 30 * 86400;
  Statement c = db.prepare(
      "SELECT count(*), count(*) FILTER (WHERE due IS NULL OR coalesce(first_reply, closed) <= due) "
      "FROM tickets WHERE state = 'closed' AND closed >= ?");
  c.bind(1, since);
  if (c.step()) st.closed_last_30_days = c.integer(0), st.closed_on_time_last_30_days = c.integer(1);
  Statement m = db.prepare(
      "SELECT first_reply - received FROM tickets WHERE first_reply IS NOT NULL AND first_reply >= ? "
      "ORDER BY 1 LIMIT 1 OFFSET (SELECT count(*) / 2 FROM tickets WHERE first_reply IS NOT NULL AND first_reply >= ?)");
  m.bind(1, since).bind(2, since);
  if (m.step()) st.median_first_reply_hours = static_cast<double>(m.int64(0)) / 3600.0;
  return st;
}

}  // namespace pst
