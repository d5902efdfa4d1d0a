// store.cc: see store.h.
#include "queue/store.h"

#include <filesystem>

#include <fmt/format.h>

#include "queue/schema.h"

namespace pst {

std::unique_ptr<Database> open_store(const std::string& path) {
  std::error_code ec;
  auto parent = std::filesystem::path(path).parent_path();
  if (!parent.empty()) std::filesystem::create_directories(parent, ec);
  auto db = std::make_unique<Database>(path);
  {
    Statement s = db->prepare("PRAGMA quick_check");
    if (s.step() && s.text(0) != "ok")
      throw DatabaseError(fmt::format("{}: database integrity check failed: {} (restore from a backup)", path,
                                      s.text(0)),
                          0);
  }
  migrate(*db);
  return db;
}

}  // namespace pst
