// database.cc: see database.h.
#include "queue/database.h"

#include <fcntl.h>
#include <sqlite3.h>
#include <unistd.h>

#include <fmt/format.h>

namespace pst {
namespace {

[[noreturn]] void fail(sqlite3* db, int rc, std::string_view what) {
  throw DatabaseError(fmt::format("database: {}: {}", what, db ? sqlite3_errmsg(db) : sqlite3_errstr(rc)), rc);
}

constexpr std::size_t kMaxCachedStatements = 256;  // SQL is literal in the code; this is a guard

}  // namespace

Statement::Statement(sqlite3* db, std::string_view sql) : db_(db) {
  int rc = sqlite3_prepare_v2(db, sql.data(), static_cast<int>(sql.size()), &stmt_, nullptr);
  if (rc != SQLITE_OK) fail(db, rc, fmt::format("prepare \"{}\"", sql.substr(0, 80)));
}

Statement::Statement(sqlite3* db, sqlite3_stmt* prepared, Database* cache_owner, std::string cache_key)
    : db_(db), stmt_(prepared), cache_owner_(cache_owner), cache_key_(std::move(cache_key)) {}

Statement::~Statement() {
  if (!stmt_) return;
  if (cache_owner_) cache_owner_->give_back(std::move(cache_key_), stmt_);
  else sqlite3_finalize(stmt_);
}

Statement::Statement(Statement&& o) noexcept
    : db_(o.db_), stmt_(o.stmt_), cache_owner_(o.cache_owner_), cache_key_(std::move(o.cache_key_)) {
  o.stmt_ = nullptr;
}

Statement& Statement::bind(int index, std::int64_t v) {
  if (int rc = sqlite3_bind_int64(stmt_, index, v); rc != SQLITE_OK) fail(db_, rc, "bind");
  return *this;
}

Statement& Statement::bind(int index, std::string_view v) {
  if (int rc = sqlite3_bind_text(stmt_, index, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
      rc != SQLITE_OK)
    fail(db_, rc, "bind");
  return *this;
}

Statement& Statement::bind_blob(int index, std::string_view v) {
  // No copy (raw mail is large): the bytes must outlive the step, as at every caller.
  if (int rc = sqlite3_bind_blob64(stmt_, index, v.data(), v.size(), SQLITE_STATIC); rc != SQLITE_OK)
    fail(db_, rc, "bind");
  return *this;
}

Statement& Statement::bind_null(int index) {
  if (int rc = sqlite3_bind_null(stmt_, index); rc != SQLITE_OK) fail(db_, rc, "bind");
  return *this;
}

bool Statement::step() {
  int rc = sqlite3_step(stmt_);
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  fail(db_, rc, fmt::format("step \"{}\"", std::string_view(sqlite3_sql(stmt_)).substr(0, 80)));
}

void Statement::run() {
  while (step()) {
  }
}

void Statement::reset() {
  sqlite3_reset(stmt_);
  sqlite3_clear_bindings(stmt_);
}

bool Statement::is_null(int col) const { return sqlite3_column_type(stmt_, col) == SQLITE_NULL; }
std::int64_t Statement::int64(int col) const { return sqlite3_column_int64(stmt_, col); }

std::string Statement::text(int col) const {
  const void* p = sqlite3_column_blob(stmt_, col);
  int n = sqlite3_column_bytes(stmt_, col);
  return p ? std::string(static_cast<const char*>(p), static_cast<std::size_t>(n)) : std::string();
}

std::optional<std::string> Statement::optional_text(int col) const {
  if (is_null(col)) return std::nullopt;
  return text(col);
}

std::optional<std::int64_t> Statement::optional_int64(int col) const {
  if (is_null(col)) return std::nullopt;
  return int64(col);
}

Database::Database(const std::string& path, bool create) : path_(path) {
  // SQLite creates files 0644 & ~umask; the database must be group-writable (0660 under the
  // service's UMask=0007) so that the setgid pstq can write it. An empty file is a valid empty
  // database, and SQLite gives its -wal and -shm files the main file's mode.
  if (create) {
    int fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0660);
    if (fd >= 0) ::close(fd);
  }
  // SQLite's own count of the memory it holds takes a process-wide mutex at every allocation (a pair of
  // lock calls per page of raw mail stored); nothing here reads that count. It can only be turned off
  // before SQLite starts (later the call fails and changes nothing), so the first connection does it.
  static const int memstatus_off = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
  (void)memstatus_off;
  int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX | (create ? SQLITE_OPEN_CREATE : 0);
  int rc = sqlite3_open_v2(path.c_str(), &db_, flags, nullptr);
  if (rc != SQLITE_OK) {
    std::string msg = fmt::format("{}: cannot open database: {}", path, db_ ? sqlite3_errmsg(db_) : sqlite3_errstr(rc));
    sqlite3_close(db_);
    db_ = nullptr;
    throw DatabaseError(msg, rc);
  }
  sqlite3_extended_result_codes(db_, 1);
  sqlite3_db_config(db_, SQLITE_DBCONFIG_DQS_DML, 0, nullptr);
  sqlite3_db_config(db_, SQLITE_DBCONFIG_DQS_DDL, 0, nullptr);
  sqlite3_busy_timeout(db_, 30000);
  exec("PRAGMA page_size=8192");
  exec("PRAGMA temp_store=MEMORY");
  exec("PRAGMA journal_mode=WAL");
  exec("PRAGMA synchronous=FULL");
  exec("PRAGMA foreign_keys=ON");
}

bool Database::in_transaction() const { return sqlite3_get_autocommit(db_) == 0; }

Database::~Database() {
  for (auto& [sql, stmt] : cache_) sqlite3_finalize(stmt);
  if (db_) sqlite3_close_v2(db_);
}

Statement Database::prepare(std::string_view sql) {
  // Checked out while in use: a second prepare of the same SQL meanwhile compiles its own copy.
  std::string key(sql);
  if (auto it = cache_.find(key); it != cache_.end()) {
    sqlite3_stmt* stmt = it->second;
    cache_.erase(it);
    return Statement(db_, stmt, this, std::move(key));
  }
  sqlite3_stmt* stmt = nullptr;
  int rc = sqlite3_prepare_v3(db_, sql.data(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT, &stmt, nullptr);
  if (rc != SQLITE_OK) fail(db_, rc, fmt::format("prepare \"{}\"", sql.substr(0, 80)));
  return Statement(db_, stmt, this, std::move(key));
}

void Database::give_back(std::string key, sqlite3_stmt* stmt) {
  // Reset first: a statement left mid-result would hold its read transaction open.
  sqlite3_reset(stmt);
  sqlite3_clear_bindings(stmt);
  if (cache_.size() >= kMaxCachedStatements || !cache_.try_emplace(std::move(key), stmt).second)
    sqlite3_finalize(stmt);
}

void Database::exec(std::string_view sql) {
  char* err = nullptr;
  std::string s(sql);
  int rc = sqlite3_exec(db_, s.c_str(), nullptr, nullptr, &err);
  if (rc != SQLITE_OK) {
    std::string msg = fmt::format("database: {}: {}", s.substr(0, 80), err ? err : sqlite3_errstr(rc));
    sqlite3_free(err);
    throw DatabaseError(msg, rc);
  }
}

std::int64_t Database::last_insert_id() const { return sqlite3_last_insert_rowid(db_); }
int Database::changes() const { return sqlite3_changes(db_); }

Transaction::Transaction(Database& db) : db_(db) { db_.exec("BEGIN IMMEDIATE"); }

Transaction::~Transaction() {
  if (!done_) {
    try {
      db_.exec("ROLLBACK");
    } catch (...) {
    }
  }
}

void Transaction::commit() {
  db_.exec("COMMIT");
  done_ = true;
}

Savepoint::Savepoint(Database& db) : db_(db) { db_.exec("SAVEPOINT unit"); }

Savepoint::~Savepoint() {
  if (!done_) {
    try {
      db_.exec("ROLLBACK TO unit");
      db_.exec("RELEASE unit");
    } catch (...) {
    }
  }
}

void Savepoint::release() {
  db_.exec("RELEASE unit");
  done_ = true;
}

}  // namespace pst
