// tickets.cc: see tickets.h.
#include "queue/tickets.h"

#include <cctype>

#include <fmt/format.h>

namespace pst {
namespace {

std::int64_t secs(Instant t) { return t.time_since_epoch().count(); }
std::optional<std::int64_t> secs(const std::optional<Instant>& t) {
  if (!t) return std::nullopt;
  return secs(*t);
}
std::optional<Instant> instant(const std::optional<std::int64_t>& v) {
  if (!v) return std::nullopt;
  return Instant{std::chrono::seconds{*v}};
}

constexpr const char* kColumnNames[] = {
    "id",       "number",   "kind",  "state", "requester_address", "requester_name", "requester_institution",
    "from_name", "subject", "request_summary", "language", "officer", "received", "start", "due", "first_reply",
    "closed",   "linked_ticket", "undeliverable", "check_introduction", "channel"};

}  // namespace

std::string ticket_columns(std::string_view alias) {
  std::string out;
  for (const char* c : kColumnNames) {
    if (!out.empty()) out += ", ";
    if (!alias.empty()) out += std::string(alias) + ".";
    out += c;
  }
  return out;
}

int ticket_column_count() { return static_cast<int>(std::size(kColumnNames)); }

Ticket read_ticket(const Statement& s) {
  Ticket t;
  t.id = s.int64(0);
  t.number = s.text(1);
  t.kind = s.text(2) == "complaint" ? TicketKind::complaint : TicketKind::request;
  t.state = parse_ticket_state(s.text(3)).value_or(TicketState::open);
  t.requester_address = s.text(4);
  t.requester_name = s.optional_text(5);
  t.requester_institution = s.optional_text(6);
  t.from_name = s.optional_text(7);
  t.subject = s.text(8);
  t.request_summary = s.optional_text(9);
  t.language = s.text(10);
  t.officer = s.optional_text(11);
  t.received = Instant{std::chrono::seconds{s.int64(12)}};
  t.start = instant(s.optional_int64(13));
  t.due = instant(s.optional_int64(14));
  t.first_reply = instant(s.optional_int64(15));
  t.closed = instant(s.optional_int64(16));
  t.linked_ticket = s.optional_int64(17);
  t.undeliverable = s.int64(18) != 0;
  t.check_introduction = s.optional_text(19);
  t.channel = s.text(20);
  return t;
}



const char* to_string(TicketKind k) { return k == TicketKind::complaint ? "complaint" : "request"; }

const char* to_string(TicketState s) {
  switch (s) {
    case TicketState::incomplete: return "incomplete";
    case TicketState::open: return "open";
    case TicketState::waiting: return "waiting";
    case TicketState::answered: return "answered";
    case TicketState::closed: return "closed";
    case TicketState::spam: return "spam";
  }
  return "open";
}

std::optional<TicketState> parse_ticket_state(std::string_view s) {
  for (TicketState st : {TicketState::incomplete, TicketState::open, TicketState::waiting, TicketState::answered,
                         TicketState::closed, TicketState::spam})
    if (s == to_string(st)) return st;
  return std::nullopt;
}

void insert_ticket(Database& db, Ticket& t, const std::string& prefix, int year, Instant now) {
  Statement next = db.prepare("SELECT coalesce(max(seq), 0) + 1 FROM tickets WHERE year = ?");
  next.bind(1, year);
  next.step();
  int seq = next.integer(0);
  t.number = TicketNumber{prefix, year, seq}.str();
  Statement s = db.prepare(
      "INSERT INTO tickets(number, year, seq, kind, state, requester_address, requester_name, "
      "requester_institution, from_name, subject, request_summary, language, officer, received, start, due, "
      "first_reply, closed, linked_ticket, undeliverable, updated, check_introduction, channel) "
      "VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
  s.bind(1, t.number)
      .bind(2, year)
      .bind(3, seq)
      .bind(4, to_string(t.kind))
      .bind(5, to_string(t.state))
      .bind(6, t.requester_address)
      .bind(7, t.requester_name)
      .bind(8, t.requester_institution)
      .bind(9, t.from_name)
      .bind(10, t.subject)
      .bind(11, t.request_summary)
      .bind(12, t.language)
      .bind(13, t.officer)
      .bind(14, secs(t.received))
      .bind(15, secs(t.start))
      .bind(16, secs(t.due))
      .bind(17, secs(t.first_reply))
      .bind(18, secs(t.closed))
      .bind(19, t.linked_ticket)
      .bind(20, t.undeliverable ? 1 : 0)
      .bind(21, secs(now))
      .bind(22, t.check_introduction)
      .bind(23, t.channel);
  s.run();
  t.id = db.last_insert_id();
}

void update_ticket(Database& db, const Ticket& t, Instant now) {
  Statement s = db.prepare(
      "UPDATE tickets SET kind=?, state=?, requester_address=?, requester_name=?, requester_institution=?, "
      "from_name=?, subject=?, request_summary=?, language=?, officer=?, start=?, due=?, first_reply=?, closed=?, "
      "linked_ticket=?, undeliverable=?, updated=?, check_introduction=? WHERE id=?");
  s.bind(1, to_string(t.kind))
      .bind(2, to_string(t.state))
      .bind(3, t.requester_address)
      .bind(4, t.requester_name)
      .bind(5, t.requester_institution)
      .bind(6, t.from_name)
      .bind(7, t.subject)
      .bind(8, t.request_summary)
      .bind(9, t.language)
      .bind(10, t.officer)
      .bind(11, secs(t.start))
      .bind(12, secs(t.due))
      .bind(13, secs(t.first_reply))
      .bind(14, secs(t.closed))
      .bind(15, t.linked_ticket)
      .bind(16, t.undeliverable ? 1 : 0)
      .bind(17, secs(now))
      .bind(18, t.check_introduction)
      .bind(19, t.id);
  s.run();
}

std::optional<Ticket> find_ticket(Database& db, std::int64_t id) {
  Statement s = db.prepare(fmt::format("SELECT {} FROM tickets WHERE id = ?", ticket_columns()));
  s.bind(1, id);
  if (!s.step()) return std::nullopt;
  return read_ticket(s);
}

std::optional<Ticket> latest_ticket_of_requester(Database& db, const std::string& address) {
  if (address.empty()) return std::nullopt;
  Statement s = db.prepare(fmt::format(
      "SELECT {} FROM tickets WHERE state <> 'spam' AND (lower(requester_address) = lower(?1) OR id IN "
      "(SELECT ticket_id FROM ticket_addresses WHERE address = ?1 AND kind = 'accepted')) "
      "ORDER BY received DESC, id DESC LIMIT 1",
      ticket_columns()));
  s.bind(1, address);
  if (!s.step()) return std::nullopt;
  return read_ticket(s);
}

std::optional<Ticket> find_ticket_by_number(Database& db, const std::string& number) {
  Statement s = db.prepare(fmt::format("SELECT {} FROM tickets WHERE number = ?", ticket_columns()));
  s.bind(1, number);
  if (!s.step()) return std::nullopt;
  return read_ticket(s);
}

std::optional<std::int64_t> ticket_of_message_id(Database& db, const std::string& message_id) {
  if (message_id.empty()) return std::nullopt;
  Statement out = db.prepare("SELECT ticket_id FROM outbox WHERE message_id = ? AND ticket_id IS NOT NULL");
  out.bind(1, message_id);
  if (out.step()) return out.int64(0);
  Statement in = db.prepare(
      "SELECT ticket_id FROM messages WHERE message_id = ? AND ticket_id IS NOT NULL ORDER BY id DESC LIMIT 1");
  in.bind(1, message_id);
  if (in.step()) return in.int64(0);
  return std::nullopt;
}

void add_event(Database& db, std::optional<std::int64_t> ticket_id, Instant at, const std::string& actor,
               const std::string& type, const std::string& detail) {
  db.prepare("INSERT INTO events(ticket_id, at, actor, type, detail) VALUES(?, ?, ?, ?, ?)")
      .bind(1, ticket_id)
      .bind(2, secs(at))
      .bind(3, actor)
      .bind(4, type)
      .bind(5, detail)
      .run();
}

std::vector<Event> ticket_events(Database& db, std::int64_t ticket_id) {
  Statement s = db.prepare(
      "SELECT at, actor, type, detail, coalesce(made_by, '') FROM events WHERE ticket_id = ? ORDER BY at, id");
  s.bind(1, ticket_id);
  std::vector<Event> out;
  while (s.step())
    out.push_back(Event{Instant{std::chrono::seconds{s.int64(0)}}, s.text(1), s.text(2), s.text(3), s.text(4)});
  return out;
}

bool is_requester_address(Database& db, const Ticket& t, const std::string& address) {
  auto lower = [](std::string v) {
    for (char& c : v) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return v;
  };
  if (address.empty()) return false;
  if (lower(address) == lower(t.requester_address)) return true;
  Statement s = db.prepare("SELECT 1 FROM ticket_addresses WHERE ticket_id = ? AND address = ? AND kind = 'accepted'");
  s.bind(1, t.id).bind(2, address);
  return s.step();
}

void add_ticket_address(Database& db, std::int64_t ticket_id, const std::string& address, const std::string& kind,
                        Instant at) {
  db.prepare("INSERT OR IGNORE INTO ticket_addresses(ticket_id, address, kind, at) VALUES (?, ?, ?, ?)")
      .bind(1, ticket_id)
      .bind(2, address)
      .bind(3, kind)
      .bind(4, static_cast<std::int64_t>(at.time_since_epoch().count()))
      .run();
}

std::vector<TicketAddress> ticket_addresses(Database& db, std::int64_t ticket_id) {
  Statement s = db.prepare("SELECT address, kind FROM ticket_addresses WHERE ticket_id = ? ORDER BY at, address");
  s.bind(1, ticket_id);
  std::vector<TicketAddress> out;
  while (s.step()) out.push_back({s.text(0), s.text(1)});
  return out;
}

}  // namespace pst
