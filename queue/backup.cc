// backup.cc: see backup.h.
#include "queue/backup.h"

#include <fcntl.h>
#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <thread>

#include <fmt/format.h>

namespace pst {
namespace {

namespace fs = std::filesystem;

/// Removes the temporary file unless released.
class TempFile {
 public:
  explicit TempFile(std::string path) : path_(std::move(path)) {}
  ~TempFile() {
    if (!path_.empty()) {
      std::error_code ec;
      fs::remove(path_, ec);
      fs::remove(path_ + "-journal", ec);
    }
  }
  const std::string& path() const { return path_; }
  void release() { path_.clear(); }

 private:
  std::string path_;
};

[[noreturn]] void fail(const std::string& target, const std::string& what, int code) {
  throw DatabaseError(fmt::format("{}: backup failed: {}", target, what), code);
}

/// While alive, the effective group is the real group (pstq is setgid; see backup.h). A no-op
/// when they are the same (pstmaild, root, tests).
class OwnGroup {
 public:
  OwnGroup() : saved_(::getegid()) {
    if (saved_ != ::getgid() && ::setegid(::getgid()) != 0)
      throw DatabaseError(fmt::format("backup: cannot give up pstq's group: {}", std::strerror(errno)), SQLITE_PERM);
  }
  ~OwnGroup() {
    if (saved_ != ::getgid()) (void)::setegid(saved_);
  }
  OwnGroup(const OwnGroup&) = delete;
  OwnGroup& operator=(const OwnGroup&) = delete;

 private:
  gid_t saved_;
};

/// Whether `name` in `dir_fd` is still the file open as `fd` (same device and inode, not a link).
bool same_file(int fd, int dir_fd, const std::string& name) {
  struct stat a {}, b {};
  return ::fstat(fd, &a) == 0 && ::fstatat(dir_fd, name.c_str(), &b, AT_SYMLINK_NOFOLLOW) == 0 &&
         S_ISREG(b.st_mode) && a.st_dev == b.st_dev && a.st_ino == b.st_ino;
}

/// The raw copy into `tmp` (an existing empty file).
int copy_pages(Database& source, const std::string& tmp, const std::string& target) {
  sqlite3* dest = nullptr;
  int rc = sqlite3_open_v2(tmp.c_str(), &dest, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr);
  if (rc != SQLITE_OK) {
    std::string msg = dest ? sqlite3_errmsg(dest) : sqlite3_errstr(rc);
    sqlite3_close(dest);
    fail(target, "cannot open the temporary file " + tmp + ": " + msg, rc);
  }
  sqlite3_busy_timeout(dest, 30000);
  sqlite3_backup* b = sqlite3_backup_init(dest, "main", source.handle(), "main");
  if (!b) {
    std::string msg = sqlite3_errmsg(dest);
    sqlite3_close(dest);
    fail(target, msg, rc);
  }
  // All pages in one step: one read transaction on the source, so the copy is one consistent
  // snapshot; a writer elsewhere (WAL) goes on meanwhile. Busy/locked (a checkpoint holding the
  // file) is retried for up to a minute.
  int pages = 0;
  for (int attempt = 0;; ++attempt) {
    rc = sqlite3_backup_step(b, -1);
    if (rc == SQLITE_DONE) break;
    if ((rc == SQLITE_BUSY || rc == SQLITE_LOCKED) && attempt < 600) {
      std::this_thread::sleep_for(std::chrono::milliseconds(100));
      continue;
    }
    break;
  }
  pages = sqlite3_backup_pagecount(b);
  int finish = sqlite3_backup_finish(b);
  if (rc != SQLITE_DONE || finish != SQLITE_OK) {
    std::string msg = sqlite3_errmsg(dest);
    sqlite3_close(dest);
    fail(target, msg, rc != SQLITE_DONE ? rc : finish);
  }
  // The copy must open and pass the same check pstmaild runs at start-up.
  std::string check;
  sqlite3_stmt* st = nullptr;
  if (sqlite3_prepare_v2(dest, "PRAGMA quick_check", -1, &st, nullptr) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW)
    check = reinterpret_cast<const char*>(sqlite3_column_text(st, 0));
  sqlite3_finalize(st);
  sqlite3_close(dest);
  if (check != "ok") fail(target, "the copy failed its integrity check: " + check, SQLITE_CORRUPT);
  return pages;
}

}  // namespace

BackupReport backup_database(Database& source, const std::string& target) {
  const auto start = std::chrono::steady_clock::now();
  fs::path t = fs::absolute(target).lexically_normal();
  fs::path dir = t.parent_path();
  const std::string name = t.filename().string();
  if (name.empty() || name == "." || name == "..") fail(t.string(), "not a file name", SQLITE_CANTOPEN);
  // Everything on the target's side happens with the caller's own group (see backup.h).
  OwnGroup own_group;
  // The folder is held open and every later step goes through it, so it cannot be swapped for a
  // symbolic link meanwhile; the REAL user must be allowed to write it.
  int dir_fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (dir_fd < 0) fail(t.string(), fmt::format("{}: {}", dir.string(), std::strerror(errno)), SQLITE_CANTOPEN);
  struct FdCloser {
    int fd;
    ~FdCloser() {
      if (fd >= 0) ::close(fd);
    }
  } dir_closer{dir_fd};
  if (::faccessat(dir_fd, ".", W_OK, 0) != 0)
    fail(t.string(), fmt::format("{}: you may not write in this folder", dir.string()), SQLITE_PERM);
  const std::string via = fmt::format("/proc/self/fd/{}/", dir_fd);
  std::string tmp_name = "." + name + ".tmp-XXXXXX";
  std::string pattern = via + tmp_name;
  int fd = ::mkstemp(pattern.data());  // mode 0600: it holds personal data
  if (fd < 0) fail(t.string(), fmt::format("cannot create a file in {}: {}", dir.string(), std::strerror(errno)), SQLITE_CANTOPEN);
  FdCloser tmp_closer{fd};  // kept open: the file SQLite wrote must be this one (checked below)
  tmp_name = pattern.substr(via.size());
  TempFile tmp(pattern);

  BackupReport r;
  r.pages = copy_pages(source, tmp.path(), t.string());
  if (!same_file(fd, dir_fd, tmp_name))
    fail(t.string(), fmt::format("{} was replaced while the copy was written", tmp_name), SQLITE_IOERR);
  (void)::fsync(fd);
  if (::renameat(dir_fd, tmp_name.c_str(), dir_fd, name.c_str()) != 0)
    fail(t.string(), fmt::format("cannot rename {}: {}", tmp_name, std::strerror(errno)), SQLITE_IOERR);
  tmp.release();
  (void)::fsync(dir_fd);
  r.path = t.string();
  struct stat st {};
  if (::fstat(fd, &st) == 0) r.bytes = st.st_size;
  r.took = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - start);
  return r;
}

}  // namespace pst
