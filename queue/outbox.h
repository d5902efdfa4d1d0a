// outbox.h: outgoing mail that survives crashes. A mail is queued in the same transaction as the
// state change that caused it; the SMTP sender drains it. States: queued -> sent | failed; a
// temporary failure stays queued with a later next_attempt (exponential backoff, capped).
// Duplicate window: a crash after the server's 250 and before mark_sent() commits resends that one
// mail on restart (at-least-once; ARCHITECTURE.md discusses why this is the right side to err on).
#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "queue/database.h"

namespace pst {

using Instant = std::chrono::sys_seconds;

struct OutboxItem {
  std::int64_t id = 0;
  std::optional<std::int64_t> ticket_id;
  std::string kind;                     // acknowledgement, request_completion, reply, closure, ...
  bool automatic = true;                // sent without an officer (counts toward per-sender limits)
  std::string envelope_from;
  std::vector<std::string> recipients;
  std::string message_id;               // without brackets
  std::string data;                     // the whole RFC 5322 message, CRLF line endings
  int attempts = 0;
};

/// Queues a mail; returns its id. Caller holds the transaction.
std::int64_t enqueue_mail(Database& db, OutboxItem& item, Instant now);

/// Queued mail whose next attempt is due, oldest first.
[[nodiscard]] std::vector<OutboxItem> due_mail(Database& db, Instant now, int limit);

/// When the next queued mail falls due (to arm the outbox timer), if any.
[[nodiscard]] std::optional<Instant> next_due(Database& db);

/// Each in its own transaction, with an event on the ticket.
void mark_sent(Database& db, const OutboxItem& item, Instant now);
void mark_retry(Database& db, const OutboxItem& item, Instant now, const std::string& error,
                std::chrono::seconds min_delay, std::chrono::seconds max_delay);
void mark_failed(Database& db, const OutboxItem& item, Instant now, const std::string& error);

/// Backoff after `attempts` failed attempts: min_delay * 2^(attempts-1), capped at max_delay.
[[nodiscard]] std::chrono::seconds retry_delay(int attempts, std::chrono::seconds min_delay,
                                               std::chrono::seconds max_delay);

/// Automatic mails queued to one address since `since` (loop and flood protection).
[[nodiscard]] int automatic_mail_count(Database& db, const std::string& recipient, Instant since);

struct OutboxCounts {
  int queued = 0;
  int sent = 0;
  int failed = 0;
};
[[nodiscard]] OutboxCounts outbox_counts(Database& db);

}  // namespace pst
