// whatsapp_inbox.h: WhatsApp webhook bodies stored as they arrived (issue 18), before anything acts
// on them — the channel's counterpart of raw mail in queue/store. A body is stored in one
// transaction with the keys of the events it carries; a body whose events were all seen before (a
// retry by Meta) is not stored again. The daemon acts on stored bodies later (oldest first).
#pragma once

#include <chrono>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "queue/database.h"

namespace pst {

struct StoredWebhook {
  std::int64_t id = 0;
  std::string body;
  int attempts = 0;
};

/// Stores `body` and `event_keys` in one transaction. Returns how many of the keys were new; 0 means
/// every event was seen before and nothing was stored.
std::size_t store_whatsapp_webhook(Database& db, std::string_view body, const std::vector<std::string>& event_keys,
                                   std::chrono::sys_seconds received);

/// Bodies not acted on yet, oldest first.
[[nodiscard]] std::vector<StoredWebhook> pending_whatsapp_webhooks(Database& db, int limit);

}  // namespace pst
