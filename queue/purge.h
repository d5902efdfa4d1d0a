// purge.h: data minimisation for finished tickets (Indonesian Law 27/2022 on personal data
// protection): the raw bytes of the requester's mail (with its attachments), the parsed text, the
// bytes of the mail we sent about the ticket, and the ticket's full-text search rows are removed
// from tickets closed (or closed as spam) before a cutoff. Kept for reports: the ticket row
// (number, kind, state, times, officer, requester address and name as the register of requests),
// message and outbox rows without their bytes (arrival, size, kind, state, purged time), events,
// ratings. A queued mail is never emptied. One transaction; with secure_delete on, so freed pages
// are zeroed; the search index is optimised afterwards so the words leave its b-trees too.
// Not for: deleting tickets, or mail not linked to any ticket (kept; an officer can delete those).
#pragma once

#include <chrono>
#include <cstdint>
#include <vector>

#include "queue/database.h"

namespace pst {

using Instant = std::chrono::sys_seconds;

struct PurgeReport {
  int tickets = 0;              // tickets with something purged
  int messages = 0;             // inbound mails emptied
  int outgoing = 0;             // sent/failed outbox mails emptied
  std::int64_t bytes = 0;       // raw + parsed + outbox bytes removed
  int search_rows = 0;          // search_index rows deleted
};

/// Purges tickets closed before `cutoff` (only what is not purged yet). `dry_run`: counts only.
/// Records a "mail_purged" event on each ticket.
PurgeReport purge_closed_before(Database& db, Instant cutoff, Instant now, bool dry_run);

}  // namespace pst
