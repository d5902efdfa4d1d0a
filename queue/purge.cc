// purge.cc: see purge.h.
#include "queue/purge.h"

#include <fmt/format.h>

#include "queue/tickets.h"

namespace pst {
namespace {

std::int64_t secs(Instant t) { return static_cast<std::int64_t>(t.time_since_epoch().count()); }

struct TicketPurge {
  std::int64_t id = 0;
  int messages = 0;
  int outgoing = 0;
  std::int64_t bytes = 0;
  int search_rows = 0;
};

// Per finished ticket closed before ?1: what is still there to purge.
constexpr const char* kCandidates = R"sql(
WITH t AS (SELECT id FROM tickets WHERE state IN ('closed', 'spam') AND closed IS NOT NULL AND closed < ?1)
SELECT t.id,
  (SELECT count(*) FROM messages m WHERE m.ticket_id = t.id AND m.purged IS NULL),
  (SELECT count(*) FROM outbox o WHERE o.ticket_id = t.id AND o.purged IS NULL AND o.state != 'queued'),
  (SELECT coalesce(sum(coalesce(length(r.raw), 0) + coalesce(length(m.parsed), 0)), 0)
     FROM messages m LEFT JOIN raw_mail r ON r.id = m.id WHERE m.ticket_id = t.id AND m.purged IS NULL)
  + (SELECT coalesce(sum(length(o.data)), 0) FROM outbox o
     WHERE o.ticket_id = t.id AND o.purged IS NULL AND o.state != 'queued'),
  (SELECT count(*) FROM search_index s WHERE s.ticket_id = t.id)
FROM t ORDER BY t.id
)sql";

std::vector<TicketPurge> candidates(Database& db, Instant cutoff) {
  std::vector<TicketPurge> out;
  Statement s = db.prepare(kCandidates);
  s.bind(1, secs(cutoff));
  while (s.step()) {
    TicketPurge p{s.int64(0), s.integer(1), s.integer(2), s.int64(3), s.integer(4)};
    if (p.messages || p.outgoing || p.search_rows) out.push_back(p);
  }
  return out;
}

void purge_ticket(Database& db, const TicketPurge& p, Instant now) {
  db.prepare("UPDATE raw_mail SET raw = X'' WHERE id IN (SELECT id FROM messages WHERE ticket_id = ? AND purged IS NULL)")
      .bind(1, p.id)
      .run();
  db.prepare("UPDATE messages SET parsed = NULL, purged = ? WHERE ticket_id = ? AND purged IS NULL")
      .bind(1, secs(now))
      .bind(2, p.id)
      .run();
  db.prepare("UPDATE outbox SET data = X'', purged = ? WHERE ticket_id = ? AND purged IS NULL AND state != 'queued'")
      .bind(1, secs(now))
      .bind(2, p.id)
      .run();
  db.prepare("DELETE FROM search_index WHERE ticket_id = ?").bind(1, p.id).run();
  add_event(db, p.id, now, "pstq", "mail_purged",
            fmt::format("{} received and {} sent mail(s), {} bytes, {} search row(s) removed (retention)", p.messages,
                        p.outgoing, p.bytes, p.search_rows));
}

}  // namespace

PurgeReport purge_closed_before(Database& db, Instant cutoff, Instant now, bool dry_run) {
  PurgeReport r;
  std::vector<TicketPurge> todo;
  if (dry_run) {
    todo = candidates(db, cutoff);
  } else {
    db.exec("PRAGMA secure_delete = ON");
    Transaction tx(db);
    todo = candidates(db, cutoff);
    for (const auto& p : todo) purge_ticket(db, p, now);
    tx.commit();
    if (!todo.empty()) {
      // Deleted FTS rows only get a tombstone until segments merge: merge now.
      Transaction opt(db);
      db.exec("INSERT INTO search_index(search_index) VALUES ('optimize')");
      opt.commit();
      try {  // old page images leave the WAL (best effort: a reader may hold it)
        db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
      } catch (const DatabaseError&) {
      }
    }
  }
  for (const auto& p : todo) {
    ++r.tickets;
    r.messages += p.messages;
    r.outgoing += p.outgoing;
    r.bytes += p.bytes;
    r.search_rows += p.search_rows;
  }
  return r;
}

}  // namespace pst
