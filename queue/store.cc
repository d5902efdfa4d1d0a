// store.cc: see store.h.
#include "queue/store.h"

#include <sqlite3.h>

#include <filesystem>

#include <fmt/format.h>

#include "queue/schema.h"

namespace pst {

std::unique_ptr<Database> open_store(const std::string& path) {
  std::error_code ec;
  auto parent = std::filesystem::path(path).parent_path();
  if (!parent.empty()) std::filesystem::create_directories(parent, ec);
  auto damaged = [&](const std::string& what, int code) {
    return DatabaseError(fmt::format("{}: database integrity check failed: {} (restore from a backup: stop pstmaild, "
                                     "copy the backup over this file, remove its -wal and -shm files, start)",
                                     path, what),
                         code);
  };
  std::unique_ptr<Database> db;
  try {
    db = std::make_unique<Database>(path);
    // quick_check: O(size) but no index cross-check; a few seconds for a GiB. Lists up to 100 problems.
    Statement s = db->prepare("PRAGMA quick_check");
    std::string problems;
    int n = 0;
    while (s.step()) {
      if (s.text(0) == "ok") break;
      if (++n <= 3) problems += (problems.empty() ? "" : "; ") + s.text(0);
    }
    if (n > 0) throw damaged(n > 3 ? fmt::format("{} (and {} more)", problems, n - 3) : problems, SQLITE_CORRUPT);
  } catch (const DatabaseError& e) {
    if (is_corruption(e) && e.what() && std::string_view(e.what()).find("integrity check failed") == std::string_view::npos)
      throw damaged(e.what(), e.code());
    throw;
  }
  migrate(*db);
  return db;
}

bool is_corruption(const DatabaseError& e) {
  const int primary = e.code() & 0xff;
  return primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB;
}

}  // namespace pst
