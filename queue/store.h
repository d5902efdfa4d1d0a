// store.h: opens the pstmail database (creating and migrating it) - the one entry point the daemon
// and pstq use. Not for: queries (messages.h, tickets.h, outbox.h).
#pragma once

#include <memory>
#include <string>

#include "queue/database.h"

namespace pst {

/// Opens the database at `path`, creates its folder if needed, migrates the schema and runs a
/// quick integrity check; throws DatabaseError with a message naming the file on any problem.
[[nodiscard]] std::unique_ptr<Database> open_store(const std::string& path);

}  // namespace pst
