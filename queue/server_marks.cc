// server_marks.cc: see server_marks.h.
#include "queue/server_marks.h"

#include <stdexcept>

namespace pst {
namespace {

std::int64_t secs(Instant t) { return t.time_since_epoch().count(); }

template <typename F>
void each_uid(Database& db, const std::vector<std::uint32_t>& uids, F&& f) {
  Transaction tx(db);
  for (std::uint32_t uid : uids) f(static_cast<std::int64_t>(uid));
  tx.commit();
}

}  // namespace

void add_pending_marks(Database& db, const std::string& mailbox, std::int64_t uidvalidity,
                       const std::vector<std::uint32_t>& uids, Instant now) {
  // Alone, a mark could be recorded for mail whose store then failed, or the store commit without its marks.
  if (!db.in_transaction())
    throw std::logic_error("add_pending_marks outside a transaction: marks are recorded with the mail they mark");
  for (std::uint32_t uid : uids)
    db.prepare("INSERT OR IGNORE INTO server_marks(mailbox, uidvalidity, uid, since) VALUES (?, ?, ?, ?)")
        .bind(1, mailbox)
        .bind(2, uidvalidity)
        .bind(3, static_cast<std::int64_t>(uid))
        .bind(4, secs(now))
        .run();
}

std::vector<std::uint32_t> pending_marks(Database& db, const std::string& mailbox, std::int64_t uidvalidity,
                                         int limit) {
  Statement s = db.prepare(
      "SELECT uid FROM server_marks WHERE mailbox = ? AND uidvalidity = ? ORDER BY uid LIMIT ?");
  s.bind(1, mailbox).bind(2, uidvalidity).bind(3, limit);
  std::vector<std::uint32_t> out;
  while (s.step()) out.push_back(static_cast<std::uint32_t>(s.int64(0)));
  return out;
}

void marks_done(Database& db, const std::string& mailbox, std::int64_t uidvalidity,
                const std::vector<std::uint32_t>& uids) {
  each_uid(db, uids, [&](std::int64_t uid) {
    db.prepare("DELETE FROM server_marks WHERE mailbox = ? AND uidvalidity = ? AND uid = ?")
        .bind(1, mailbox)
        .bind(2, uidvalidity)
        .bind(3, uid)
        .run();
  });
}

void marks_failed(Database& db, const std::string& mailbox, std::int64_t uidvalidity,
                  const std::vector<std::uint32_t>& uids, const std::string& error, Instant now) {
  each_uid(db, uids, [&](std::int64_t uid) {
    db.prepare(
          "UPDATE server_marks SET attempts = attempts + 1, last_error = ?, last_attempt = ? "
          "WHERE mailbox = ? AND uidvalidity = ? AND uid = ?")
        .bind(1, error)
        .bind(2, secs(now))
        .bind(3, mailbox)
        .bind(4, uidvalidity)
        .bind(5, uid)
        .run();
  });
}

void forget_marks(Database& db, const std::string& mailbox) {
  db.prepare("DELETE FROM server_marks WHERE mailbox = ?").bind(1, mailbox).run();
}

MarkBacklog mark_backlog(Database& db, int sample) {
  MarkBacklog b;
  Statement c = db.prepare("SELECT count(*), min(since) FROM server_marks");
  if (c.step()) {
    b.count = c.integer(0);
    if (!c.is_null(1)) b.oldest = Instant{std::chrono::seconds{c.int64(1)}};
  }
  Statement e = db.prepare(
      "SELECT last_error FROM server_marks WHERE last_error IS NOT NULL ORDER BY last_attempt DESC LIMIT 1");
  if (e.step()) b.last_error = e.text(0);
  Statement u = db.prepare("SELECT uid FROM server_marks ORDER BY since, uid LIMIT ?");
  u.bind(1, sample);
  while (u.step()) b.uids.push_back(static_cast<std::uint32_t>(u.int64(0)));
  return b;
}

}  // namespace pst
