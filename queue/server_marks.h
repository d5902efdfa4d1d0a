// server_marks.h: stored mail that still has to be marked \Seen or moved on the IMAP server
// (issue 20). The poller stores mail first and touches it on the server afterwards; when that fails
// (a folder that does not exist, a server that drops \Seen, a connection that breaks) the mail is
// remembered here with the server's words, retried on every poll, and counted by `pstq status`.
// Rows exist from just before the first attempt until the server confirmed it, so a crash between
// storing and marking leaves a row too. add_pending_marks runs in its caller's transaction (and refuses to run
// outside one); every other function is its own short transaction.
#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "queue/database.h"

namespace pst {

using Instant = std::chrono::sys_seconds;

/// Remembers `uids` (stored just now) as to be marked; existing rows stay as they are. Runs in the
/// caller's open transaction: queue/messages.h store_fetched records a batch's marks in the transaction
/// that stores it, so no stored mail is left without its mark and no unstored mail gets one.
void add_pending_marks(Database& db, const std::string& mailbox, std::int64_t uidvalidity,
                       const std::vector<std::uint32_t>& uids, Instant now);

/// The UIDs still to be marked in this mailbox and UIDVALIDITY, ascending, at most `limit`.
[[nodiscard]] std::vector<std::uint32_t> pending_marks(Database& db, const std::string& mailbox,
                                                       std::int64_t uidvalidity, int limit);

/// The server confirmed these: forget them.
void marks_done(Database& db, const std::string& mailbox, std::int64_t uidvalidity,
                const std::vector<std::uint32_t>& uids);

/// These failed again: one more attempt, and the error (the server's words).
void marks_failed(Database& db, const std::string& mailbox, std::int64_t uidvalidity,
                  const std::vector<std::uint32_t>& uids, const std::string& error, Instant now);

/// A new UIDVALIDITY: the old UIDs mean nothing any more.
void forget_marks(Database& db, const std::string& mailbox);

struct MarkBacklog {
  int count = 0;                       // mails stored but not yet marked or moved
  std::optional<Instant> oldest;       // when the oldest of them was stored
  std::string last_error;              // the newest error (with the server's words)
  std::vector<std::uint32_t> uids;     // the first few UIDs, for the officer
};
[[nodiscard]] MarkBacklog mark_backlog(Database& db, int sample = 10);

}  // namespace pst
