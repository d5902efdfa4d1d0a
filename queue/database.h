// database.h: a small RAII layer over SQLite for the store: one connection, prepared statements,
// and transactions that are always BEGIN IMMEDIATE (read-modify-write without SQLITE_BUSY_SNAPSHOT).
// Every connection: WAL, synchronous=FULL, foreign keys on, busy_timeout, double-quoted strings off.
// Not thread-safe: one Database per thread (the daemon and each pstq process open their own).
#pragma once

#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace pst {

class Database;

class DatabaseError : public std::runtime_error {
 public:
  DatabaseError(std::string message, int code) : std::runtime_error(std::move(message)), code_(code) {}
  int code() const { return code_; }

 private:
  int code_;
};

/// A prepared statement. One made by Database::prepare goes back to that connection's cache when
/// destroyed (reset, bindings cleared), so the daemon's hot statements are compiled once.
class Statement {
 public:
  Statement(sqlite3* db, std::string_view sql);
  Statement(sqlite3* db, sqlite3_stmt* prepared, Database* cache_owner, std::string cache_key);
  ~Statement();
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;
  Statement(Statement&& o) noexcept;

  Statement& bind(int index, std::int64_t v);
  Statement& bind(int index, int v) { return bind(index, static_cast<std::int64_t>(v)); }
  Statement& bind(int index, std::string_view v);
  Statement& bind(int index, const char* v) { return bind(index, std::string_view(v)); }
  Statement& bind(int index, const std::string& v) { return bind(index, std::string_view(v)); }
  /// Binds without copying: `v` must stay alive until the statement has been stepped.
  Statement& bind_blob(int index, std::string_view v);
  Statement& bind_null(int index);
  template <typename T>
  Statement& bind(int index, const std::optional<T>& v) {
    return v ? bind(index, *v) : bind_null(index);
  }

  /// Steps once: true when a row is available.
  bool step();
  /// Steps until done (for statements that return no rows).
  void run();
  void reset();

  bool is_null(int col) const;
  std::int64_t int64(int col) const;
  int integer(int col) const { return static_cast<int>(int64(col)); }
  std::string text(int col) const;
  std::optional<std::string> optional_text(int col) const;
  std::optional<std::int64_t> optional_int64(int col) const;

 private:
  sqlite3* db_;
  sqlite3_stmt* stmt_ = nullptr;
  Database* cache_owner_ = nullptr;
  std::string cache_key_;  // the SQL as given to Database::prepare
};

class Database {
 public:
  /// Opens (creating when `create`) and configures the connection; runs no migrations.
  explicit Database(const std::string& path, bool create = true);
  ~Database();
  Database(const Database&) = delete;
  Database& operator=(const Database&) = delete;

  /// A statement from the cache of this connection's statements, compiled on first use.
  Statement prepare(std::string_view sql);
  void exec(std::string_view sql);
  std::int64_t last_insert_id() const;
  int changes() const;
  sqlite3* handle() { return db_; }
  /// Whether a transaction is open on this connection (BEGIN without COMMIT or ROLLBACK yet).
  bool in_transaction() const;
  const std::string& path() const { return path_; }

 private:
  friend class Statement;
  void give_back(std::string key, sqlite3_stmt* stmt);  // from ~Statement: reset, then kept for the next prepare

  sqlite3* db_ = nullptr;
  std::string path_;
  std::unordered_map<std::string, sqlite3_stmt*> cache_;  // SQL text -> idle prepared statement
};

/// BEGIN IMMEDIATE ... COMMIT; rolls back when destroyed without commit().
class Transaction {
 public:
  explicit Transaction(Database& db);
  ~Transaction();
  Transaction(const Transaction&) = delete;
  Transaction& operator=(const Transaction&) = delete;
  void commit();

 private:
  Database& db_;
  bool done_ = false;
};

/// SAVEPOINT inside a transaction: one unit of work that can fail alone (ROLLBACK TO) while the
/// surrounding transaction goes on; rolled back when destroyed without release().
class Savepoint {
 public:
  explicit Savepoint(Database& db);
  ~Savepoint();
  Savepoint(const Savepoint&) = delete;
  Savepoint& operator=(const Savepoint&) = delete;
  void release();

 private:
  Database& db_;
  bool done_ = false;
};

}  // namespace pst
