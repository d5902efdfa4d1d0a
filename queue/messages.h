// messages.h: inbound mail in the store. A fetched mail is stored (raw bytes, mailbox, UIDVALIDITY,
// UID, arrival time) in one transaction together with the mailbox's new high-water UID, before
// anything acts on it. Deduplication: by (mailbox, UIDVALIDITY, UID), then by SHA-256 of the raw
// bytes (a UIDVALIDITY change re-lists old mail under new UIDs).
#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "queue/database.h"

namespace pst {

using Instant = std::chrono::sys_seconds;

struct MailboxState {
  std::int64_t uidvalidity = 0;
  std::int64_t last_uid = 0;
};

[[nodiscard]] std::optional<MailboxState> load_mailbox_state(Database& db, const std::string& mailbox);

/// Records a new UIDVALIDITY (resync: last_uid back to 0; old mail is deduplicated by hash).
void reset_mailbox_state(Database& db, const std::string& mailbox, std::int64_t uidvalidity);

struct MailToStore {
  std::int64_t uid = 0;
  Instant arrival{};
  std::string raw;
};

enum class StoreOutcome { stored, duplicate_uid, duplicate_content };

/// Stores a batch in ONE transaction, advances last_uid to the highest UID of the batch and records
/// every UID of it as to be marked on the server (queue/server_marks.h). Returns one outcome per mail,
/// in order.
std::vector<StoreOutcome> store_fetched(Database& db, const std::string& mailbox, std::int64_t uidvalidity,
                                        const std::vector<MailToStore>& batch, Instant now);

struct StoredMessage {
  std::int64_t id = 0;
  std::int64_t uid = 0;
  Instant arrival{};
  std::string raw;
  int attempts = 0;
};

/// Messages stored but not yet acted on, oldest first.
[[nodiscard]] std::vector<StoredMessage> pending_messages(Database& db, int limit);

[[nodiscard]] std::string sha256_hex(std::string_view data);

}  // namespace pst
