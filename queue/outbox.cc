// outbox.cc: see outbox.h.
#include "queue/outbox.h"

#include <algorithm>

#include <fmt/format.h>

#include "queue/tickets.h"

namespace pst {
namespace {

std::int64_t secs(Instant t) { return t.time_since_epoch().count(); }

std::string join_lines(const std::vector<std::string>& v) {
  std::string out;
  for (const auto& s : v) out += (out.empty() ? "" : "\n") + s;
  return out;
}

std::vector<std::string> split_lines(const std::string& s) {
  std::vector<std::string> out;
  std::size_t pos = 0;
  while (pos <= s.size()) {
    std::size_t nl = s.find('\n', pos);
    if (nl == std::string::npos) nl = s.size();
    if (nl > pos) out.push_back(s.substr(pos, nl - pos));
    pos = nl + 1;
  }
  return out;
}

}  // namespace

std::int64_t enqueue_mail(Database& db, OutboxItem& item, Instant now) {
  db.prepare(
        "INSERT INTO outbox(ticket_id, kind, automatic, envelope_from, recipients, message_id, data, created, "
        "next_attempt) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)")
      .bind(1, item.ticket_id)
      .bind(2, item.kind)
      .bind(3, item.automatic ? 1 : 0)
      .bind(4, item.envelope_from)
      .bind(5, join_lines(item.recipients))
      .bind(6, item.message_id)
      .bind_blob(7, item.data)
      .bind(8, secs(now))
      .bind(9, secs(now))
      .run();
  item.id = db.last_insert_id();
  return item.id;
}

std::vector<OutboxItem> due_mail(Database& db, Instant now, int limit) {
  Statement s = db.prepare(
      "SELECT id, ticket_id, kind, automatic, envelope_from, recipients, message_id, data, attempts FROM outbox "
      "WHERE state = 'queued' AND next_attempt <= ? ORDER BY next_attempt, id LIMIT ?");
  s.bind(1, secs(now)).bind(2, limit);
  std::vector<OutboxItem> out;
  while (s.step()) {
    OutboxItem i;
    i.id = s.int64(0);
    i.ticket_id = s.optional_int64(1);
    i.kind = s.text(2);
    i.automatic = s.int64(3) != 0;
    i.envelope_from = s.text(4);
    i.recipients = split_lines(s.text(5));
    i.message_id = s.text(6);
    i.data = s.text(7);
    i.attempts = s.integer(8);
    out.push_back(std::move(i));
  }
  return out;
}

std::optional<Instant> next_due(Database& db) {
  // A closure pstq handed over (ticket_actions.h) is due at once: its mail is built in the drain.
  Statement s = db.prepare(
      "SELECT min(t) FROM (SELECT min(next_attempt) AS t FROM outbox WHERE state = 'queued' "
      "UNION ALL SELECT min(queued_at) FROM pending_closures)");
  if (!s.step() || s.is_null(0)) return std::nullopt;
  return Instant{std::chrono::seconds{s.int64(0)}};
}

void mark_sent(Database& db, const OutboxItem& item, Instant now) {
  Transaction tx(db);
  db.prepare("UPDATE outbox SET state = 'sent', sent_at = ?, attempts = attempts + 1, last_error = NULL WHERE id = ?")
      .bind(1, secs(now))
      .bind(2, item.id)
      .run();
  if (item.ticket_id)
    add_event(db, item.ticket_id, now, "pstmaild", "mail_sent",
              fmt::format("{} to {} <{}>", item.kind, join_lines(item.recipients), item.message_id));
  tx.commit();
}

std::chrono::seconds retry_delay(int attempts, std::chrono::seconds min_delay, std::chrono::seconds max_delay) {
  std::chrono::seconds d = min_delay;
  for (int i = 1; i < attempts && d < max_delay; ++i) d *= 2;
  return std::min(d, max_delay);
}

void mark_retry(Database& db, const OutboxItem& item, Instant now, const std::string& error,
                std::chrono::seconds min_delay, std::chrono::seconds max_delay) {
  Transaction tx(db);
  int attempts = item.attempts + 1;
  db.prepare("UPDATE outbox SET attempts = ?, next_attempt = ?, last_error = ? WHERE id = ?")
      .bind(1, attempts)
      .bind(2, secs(now + retry_delay(attempts, min_delay, max_delay)))
      .bind(3, error)
      .bind(4, item.id)
      .run();
  tx.commit();
}

void mark_failed(Database& db, const OutboxItem& item, Instant now, const std::string& error) {
  Transaction tx(db);
  db.prepare("UPDATE outbox SET state = 'failed', attempts = attempts + 1, last_error = ? WHERE id = ?")
      .bind(1, error)
      .bind(2, item.id)
      .run();
  if (item.ticket_id)
    add_event(db, item.ticket_id, now, "pstmaild", "mail_failed",
              fmt::format("{} to {}: {}", item.kind, join_lines(item.recipients), error));
  tx.commit();
}

int automatic_mail_count(Database& db, const std::string& recipient, Instant since) {
  Statement s = db.prepare("SELECT count(*) FROM outbox WHERE automatic = 1 AND recipients = ? AND created >= ?");
  s.bind(1, recipient).bind(2, secs(since));
  s.step();
  return s.integer(0);
}

OutboxCounts outbox_counts(Database& db) {
  OutboxCounts c;
  Statement s = db.prepare("SELECT state, count(*) FROM outbox GROUP BY state");
  while (s.step()) {
    std::string st = s.text(0);
    if (st == "queued") c.queued = s.integer(1);
    if (st == "sent") c.sent = s.integer(1);
    if (st == "failed") c.failed = s.integer(1);
  }
  return c;
}

}  // namespace pst
