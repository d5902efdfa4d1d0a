// ticket_queries.h: the reads behind pstq's list, search, show, attachment and stats. Read-only:
// no transaction is needed (WAL readers never block the daemon, nor it them).
// Limits: search takes the user's words as plain terms (each quoted for FTS5, so no query syntax
// reaches SQLite); list/search return at most `limit` rows.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "parsers/mime_limits.h"
#include "queue/database.h"
#include "queue/tickets.h"

namespace pst {

struct TicketFilter {
  std::optional<std::string> officer;        // only this officer's tickets
  bool with_unassigned = false;              // ... and the unassigned ones
  std::vector<TicketState> states;           // empty: every state but closed and spam
  bool overdue = false;                      // due < now
  std::optional<Instant> due_before;
  int limit = 1000;
};

/// Sorted by due (no due last), then number.
[[nodiscard]] std::vector<Ticket> list_tickets(Database& db, const TicketFilter& f, Instant now);

struct SearchHit {
  Ticket ticket;
  std::string snippet;                       // matching words in [brackets]
};
/// Full-text search over subjects, the requesters' own words, officer replies and requesters;
/// one hit per ticket, best first. Empty query -> no hits.
[[nodiscard]] std::vector<SearchHit> search_tickets(Database& db, const std::string& words, int limit);

/// FTS5 query from free words: each word a quoted term ("data" "penduduk"), AND-ed.
[[nodiscard]] std::string fts_query(const std::string& words);

struct ThreadAttachment {
  std::string id;                            // "<message row id>.<part id>", for `pstq attachment`
  std::string filename;
  std::string content_type;
  std::size_t size = 0;
};

struct ThreadEntry {
  enum class Direction { in, out } direction = Direction::in;
  Instant at{};
  std::string from;                          // address (in) or outbox kind (out)
  std::string subject;
  std::string text;                          // own words for inbound when known, else the body
  std::string state;                         // outbox state for outgoing mail
  std::vector<ThreadAttachment> attachments;
  std::optional<Instant> purged;             // the bytes were removed (pstq purge): text says so
};
/// Inbound mail and outgoing mail of the ticket, in time order.
[[nodiscard]] std::vector<ThreadEntry> ticket_thread(Database& db, std::int64_t ticket_id, const MimeLimits& limits);

struct InboundAttachment {
  std::string filename;
  std::string content_type;
  std::string bytes;
};
/// The attachment "<message id>.<part id>" of a mail on ticket `ticket_id`, or "wa.<n>" of a medium
/// sent on WhatsApp, or nullopt.
[[nodiscard]] std::optional<InboundAttachment> inbound_attachment(Database& db, std::int64_t ticket_id,
                                                                  const std::string& id, const MimeLimits& limits);

struct OfficerLoad {
  std::string officer;                       // "" = unassigned
  int open = 0;
  int overdue = 0;
};
struct TicketStats {
  std::vector<std::pair<std::string, int>> by_state;
  std::vector<OfficerLoad> by_officer;       // open tickets only
  int overdue = 0;
  int closed_last_30_days = 0;
  int closed_on_time_last_30_days = 0;       // first reply (or closure) before due
  std::optional<double> median_first_reply_hours;  // last 30 days
};
[[nodiscard]] TicketStats ticket_stats(Database& db, Instant now);

}  // namespace pst
