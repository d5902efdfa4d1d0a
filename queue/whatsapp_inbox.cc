// whatsapp_inbox.cc: see whatsapp_inbox.h.
#include "queue/whatsapp_inbox.h"

#include <algorithm>

namespace pst {

std::size_t store_whatsapp_webhook(Database& db, std::string_view body, const std::vector<std::string>& event_keys,
                                   std::chrono::sys_seconds received) {
  Transaction tx(db);
  std::vector<const std::string*> fresh;
  Statement seen = db.prepare("SELECT 1 FROM whatsapp_event_keys WHERE key = ?");
  for (const auto& k : event_keys) {
    seen.reset();
    seen.bind(1, k);
    const bool repeated = std::any_of(fresh.begin(), fresh.end(), [&](const std::string* f) { return *f == k; });
    if (!seen.step() && !repeated) fresh.push_back(&k);
  }
  if (fresh.empty()) return 0;
  db.prepare("INSERT INTO whatsapp_webhooks (received, body) VALUES (?, ?)")
      .bind(1, static_cast<std::int64_t>(received.time_since_epoch().count()))
      .bind_blob(2, body)
      .run();
  const std::int64_t id = db.last_insert_id();
  Statement add = db.prepare("INSERT OR IGNORE INTO whatsapp_event_keys (key, webhook_id) VALUES (?, ?)");
  std::size_t added = 0;
  for (const std::string* k : fresh) {
    add.reset();
    add.bind(1, *k).bind(2, id).run();
    added += db.changes() > 0 ? 1 : 0;
  }
  tx.commit();
  return added;
}

std::vector<StoredWebhook> pending_whatsapp_webhooks(Database& db, int limit) {
  std::vector<StoredWebhook> out;
  Statement q = db.prepare("SELECT id, body, attempts FROM whatsapp_webhooks WHERE state = 'new' ORDER BY id LIMIT ?");
  q.bind(1, limit);
  while (q.step()) out.push_back(StoredWebhook{q.int64(0), q.text(1), q.integer(2)});
  return out;
}

}  // namespace pst
