// backup.h: a consistent copy of the live database while pstmaild keeps writing, with SQLite's
// online backup API (sqlite3_backup_*). The copy is one read transaction on the source (WAL: the
// writer is not blocked), written to a temporary file next to the target (mode 0600: it holds
// personal data), checked with PRAGMA quick_check, synced, then renamed over the target - the
// target is either the old file or a complete new backup, never half a file.
// Restore (README, pstq(1)): stop pstmaild, copy the backup over the database, remove the
// database's -wal and -shm files, start pstmaild.
// SECURITY: pstq is setgid, and the target's folder belongs to the caller, who can swap names in it
// at any moment (issue 15, item 2). So everything on the target's side (the folder, the temporary
// file, SQLite's journal beside it, the rename) is done with the caller's OWN group: the effective
// group is set to the real group for the whole call (setegid; back afterwards) - a name swapped for a
// symbolic link or hard link to a file of the service group cannot be opened. Besides: the folder is
// opened once and used through that descriptor, the REAL user must be allowed to write it, and
// before the rename the name must still be the very file mkstemp created (device + inode), else the
// backup fails. (SQLITE_OPEN_NOFOLLOW cannot help: SQLite resolves the /proc/self/fd path itself.)
// The source connection is already open (its -wal and -shm too), so it needs no group meanwhile.
// LIMITS: the whole copy is one step: a very large database holds one read snapshot for as long as
// the copy takes (the WAL grows meanwhile; checkpoints resume afterwards).
// Not for: scheduling (a timer or cron runs `pstq backup`), remote copies, encryption.
#pragma once

#include <chrono>
#include <cstdint>
#include <string>

#include "queue/database.h"

namespace pst {

struct BackupReport {
  std::string path;            // the target written
  std::int64_t bytes = 0;      // size of the backup file
  int pages = 0;
  std::chrono::milliseconds took{0};
};

/// Copies `source` (an open connection) into `target`. Throws DatabaseError naming the file
/// (target folder missing or not writable, disk full, source busy for too long, check failed).
BackupReport backup_database(Database& source, const std::string& target);

}  // namespace pst
