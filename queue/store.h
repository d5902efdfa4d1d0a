// store.h: opens the pstmail database (creating and migrating it) - the one entry point the daemon
// and pstq use. Not for: queries (messages.h, tickets.h, outbox.h).
#pragma once

#include <memory>
#include <string>

#include "queue/database.h"

namespace pst {

/// Opens the database at `path`, creates its folder if needed, migrates the schema and runs a
/// quick integrity check; throws DatabaseError with a message naming the file on any problem.
/// A damaged file (PRAGMA quick_check not "ok", or SQLite says corrupt / not a database) is a
/// DatabaseError with code SQLITE_CORRUPT or SQLITE_NOTADB whose message says to restore a backup.
[[nodiscard]] std::unique_ptr<Database> open_store(const std::string& path);

/// Whether `e` reports a damaged database file (the daemon refuses to start on it).
[[nodiscard]] bool is_corruption(const DatabaseError& e);

}  // namespace pst
