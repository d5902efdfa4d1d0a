// messages.cc: see messages.h.
#include "queue/messages.h"

#include <openssl/evp.h>

#include <fmt/format.h>

#include "queue/server_marks.h"

namespace pst {

std::string sha256_hex(std::string_view data) {
  unsigned char md[EVP_MAX_MD_SIZE];
  unsigned int len = 0;
  EVP_Digest(data.data(), data.size(), md, &len, EVP_sha256(), nullptr);
  std::string out;
  out.reserve(len * 2);
  for (unsigned i = 0; i < len; ++i) out += fmt::format("{:02x}", md[i]);
  return out;
}

std::optional<MailboxState> load_mailbox_state(Database& db, const std::string& mailbox) {
  Statement s = db.prepare("SELECT uidvalidity, last_uid FROM mailbox_state WHERE mailbox = ?");
  s.bind(1, mailbox);
  if (!s.step()) return std::nullopt;
  return MailboxState{s.int64(0), s.int64(1)};
}

void reset_mailbox_state(Database& db, const std::string& mailbox, std::int64_t uidvalidity) {
  db.prepare(
        "INSERT INTO mailbox_state(mailbox, uidvalidity, last_uid) VALUES(?, ?, 0) "
        "ON CONFLICT(mailbox) DO UPDATE SET uidvalidity = excluded.uidvalidity, last_uid = 0")
      .bind(1, mailbox)
      .bind(2, uidvalidity)
      .run();
}

std::vector<StoreOutcome> store_fetched(Database& db, const std::string& mailbox, std::int64_t uidvalidity,
                                        const std::vector<MailToStore>& batch, Instant now) {
  std::vector<StoreOutcome> out;
  out.reserve(batch.size());
  Transaction tx(db);
  Statement by_uid = db.prepare("SELECT 1 FROM messages WHERE mailbox = ? AND uidvalidity = ? AND uid = ?");
  Statement by_hash = db.prepare("SELECT 1 FROM messages WHERE sha256 = ? AND mailbox = ?");
  Statement insert = db.prepare(
      "INSERT INTO messages(mailbox, uidvalidity, uid, sha256, arrival, fetched, size) VALUES(?, ?, ?, ?, ?, ?, ?)");
  Statement insert_raw = db.prepare("INSERT INTO raw_mail(id, raw) VALUES(?, ?)");
  std::int64_t high = 0;
  for (const MailToStore& m : batch) {
    high = std::max(high, m.uid);
    by_uid.reset();
    by_uid.bind(1, mailbox).bind(2, uidvalidity).bind(3, m.uid);
    if (by_uid.step()) {
      out.push_back(StoreOutcome::duplicate_uid);
      continue;
    }
    std::string hash = sha256_hex(m.raw);
    by_hash.reset();
    by_hash.bind(1, hash).bind(2, mailbox);
    if (by_hash.step()) {
      out.push_back(StoreOutcome::duplicate_content);
      continue;
    }
    insert.reset();
    insert.bind(1, mailbox)
        .bind(2, uidvalidity)
        .bind(3, m.uid)
        .bind(4, hash)
        .bind(5, static_cast<std::int64_t>(m.arrival.time_since_epoch().count()))
        .bind(6, static_cast<std::int64_t>(now.time_since_epoch().count()))
        .bind(7, static_cast<std::int64_t>(m.raw.size()));
    insert.run();
    insert_raw.reset();
    insert_raw.bind(1, db.last_insert_id()).bind_blob(2, m.raw);
    insert_raw.run();
    out.push_back(StoreOutcome::stored);
  }
  db.prepare(
        "INSERT INTO mailbox_state(mailbox, uidvalidity, last_uid) VALUES(?1, ?2, ?3) "
        "ON CONFLICT(mailbox) DO UPDATE SET uidvalidity = ?2, last_uid = max(last_uid, ?3)")
      .bind(1, mailbox)
      .bind(2, uidvalidity)
      .bind(3, high)
      .run();
  // Stored (or stored before), so to be marked on the server - recorded with the batch, so that a poll
  // failing after it still has it marked by the next poll (queue/server_marks.h).
  std::vector<std::uint32_t> uids;
  uids.reserve(batch.size());
  for (const MailToStore& m : batch) uids.push_back(static_cast<std::uint32_t>(m.uid));
  add_pending_marks(db, mailbox, uidvalidity, uids, now);
  tx.commit();
  return out;
}

std::vector<StoredMessage> pending_messages(Database& db, int limit) {
  Statement s = db.prepare(
      "SELECT m.id, m.uid, m.arrival, r.raw, m.attempts FROM messages m JOIN raw_mail r ON r.id = m.id "
      "WHERE m.state = 'new' ORDER BY m.arrival, m.id LIMIT ?");
  s.bind(1, limit);
  std::vector<StoredMessage> out;
  while (s.step())
    out.push_back(StoredMessage{s.int64(0), s.int64(1), Instant{std::chrono::seconds{s.int64(2)}}, s.text(3),
                                s.integer(4)});
  return out;
}

}  // namespace pst
