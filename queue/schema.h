// schema.h: the store's versioned schema. migrate() brings any older database up to date inside
// one transaction per step; PRAGMA user_version records the version. Never edit a shipped step:
// add a new one.
#pragma once

#include "queue/database.h"

namespace pst {

/// The version this build writes.
[[nodiscard]] int schema_version();

/// Applies every missing step. Throws DatabaseError when the file is newer than this build.
void migrate(Database& db);

}  // namespace pst
