// backup_test.cc: queue/backup.h - a backup taken while another connection keeps writing opens,
// passes its integrity check and holds one consistent snapshot; and queue/store.h's start-up
// integrity check refuses a database whose middle pages were overwritten.
#include <sqlite3.h>
#include <sys/stat.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <thread>

#include <fmt/format.h>
#include <gtest/gtest.h>

#include "queue/backup.h"
#include "queue/store.h"
#include "queue/tickets.h"

namespace pst {
namespace {
namespace fs = std::filesystem;
using std::chrono::seconds;

const Instant kT0 = Instant{seconds{1796004000}};

class BackupTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("pst-backup-" + std::to_string(::getpid()) + "-" +
                                        ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    path_ = (dir_ / "pst.db").string();
  }
  void TearDown() override { fs::remove_all(dir_); }

  /// n tickets, each with an event and a 4 KiB inbound mail (so the file has many pages).
  void fill(Database& db, int n) {
    Transaction tx(db);
    for (int i = 0; i < n; ++i) {
      Ticket t;
      t.requester_address = fmt::format("r{}@example.org", i);
      t.subject = fmt::format("Permintaan data {}", i);
      t.received = kT0;
      insert_ticket(db, t, "PST", 2026, kT0);
      add_event(db, t.id, kT0, "pstmaild", "opened", "test");
      db.prepare(
            "INSERT INTO messages(mailbox, uidvalidity, uid, sha256, arrival, fetched, size, state, ticket_id) "
            "VALUES ('INBOX', 1, ?, ?, ?, ?, 4096, 'processed', ?)")
          .bind(1, i + 1)
          .bind(2, fmt::format("{:064}", i))
          .bind(3, kT0.time_since_epoch().count())
          .bind(4, kT0.time_since_epoch().count())
          .bind(5, t.id)
          .run();
      db.prepare("INSERT INTO raw_mail(id, raw) VALUES (?, ?)")
          .bind(1, db.last_insert_id())
          .bind_blob(2, std::string(4096, static_cast<char>('a' + i % 26)))
          .run();
    }
    tx.commit();
  }

  static int count(Database& db, const std::string& sql) {
    Statement s = db.prepare(sql);
    return s.step() ? s.integer(0) : -1;
  }

  fs::path dir_;
  std::string path_;
};

TEST_F(BackupTest, BackupWhileAnotherConnectionWritesIsAConsistentSnapshot) {
  auto db = open_store(path_);
  fill(*db, 300);
  const int events_before = count(*db, "SELECT count(*) FROM events");

  std::atomic<bool> stop{false};
  std::atomic<int> written{0};
  std::thread writer([&] {
    Database w(path_, false);
    while (!stop) {
      Transaction tx(w);
      // Each commit adds an event AND bumps every ticket's `updated`: a torn copy would show
      // events without the matching update.
      add_event(w, 1, kT0, "test", "tick", std::to_string(written.load()));
      w.prepare("UPDATE tickets SET updated = updated + 1").run();
      tx.commit();
      ++written;
    }
  });
  while (written < 20) std::this_thread::sleep_for(std::chrono::milliseconds(5));
  const std::string target = (dir_ / "copy.db").string();
  BackupReport r = backup_database(*db, target);
  const int written_at_end_of_backup = written;
  while (written < written_at_end_of_backup + 20) std::this_thread::sleep_for(std::chrono::milliseconds(5));
  stop = true;
  writer.join();

  EXPECT_EQ(r.path, target);
  EXPECT_GT(r.bytes, 300 * 4096);
  EXPECT_EQ(r.bytes, static_cast<std::int64_t>(fs::file_size(target)));
  struct stat st {};
  ASSERT_EQ(::stat(target.c_str(), &st), 0);
  EXPECT_EQ(st.st_mode & 0777, 0600u) << "the backup holds personal data";
  for (const auto& e : fs::directory_iterator(dir_))
    EXPECT_EQ(e.path().filename().string().find(".tmp-"), std::string::npos) << "temporary file left: " << e.path();

  auto copy = open_store(target);  // runs the same integrity check as pstmaild
  EXPECT_EQ(count(*copy, "SELECT count(*) FROM tickets"), 300);
  EXPECT_EQ(count(*copy, "SELECT count(*) FROM raw_mail WHERE length(raw) = 4096"), 300);
  const int ticks = count(*copy, "SELECT count(*) FROM events WHERE type = 'tick'");
  EXPECT_GE(ticks, 20);
  EXPECT_LE(ticks, written_at_end_of_backup);
  EXPECT_LT(ticks, count(*db, "SELECT count(*) FROM events WHERE type = 'tick'")) << "the writer went on";
  EXPECT_EQ(count(*copy, "SELECT count(*) FROM events"), events_before + ticks);
  // Consistent: every ticket's `updated` was bumped exactly once per tick the copy holds.
  EXPECT_EQ(count(*copy, fmt::format("SELECT count(*) FROM tickets WHERE updated != {}",
                                     kT0.time_since_epoch().count() + ticks)),
            0);
  // Same rows as the source for what the writer does not touch.
  EXPECT_EQ(count(*copy, "SELECT sum(length(raw)) FROM raw_mail"), count(*db, "SELECT sum(length(raw)) FROM raw_mail"));
}

TEST_F(BackupTest, ReplacesAnExistingBackupAndNamesAMissingFolder) {
  auto db = open_store(path_);
  fill(*db, 3);
  const std::string target = (dir_ / "copy.db").string();
  { std::ofstream(target) << "old backup"; }
  backup_database(*db, target);
  EXPECT_EQ(count(*open_store(target), "SELECT count(*) FROM tickets"), 3);
  try {
    backup_database(*db, (dir_ / "no-such-folder" / "x.db").string());
    FAIL() << "expected an error";
  } catch (const DatabaseError& e) {
    EXPECT_NE(std::string(e.what()).find("no-such-folder/x.db: backup failed: "), std::string::npos) << e.what();
  }
}

TEST_F(BackupTest, StartUpIntegrityCheckRefusesADatabaseWithOverwrittenPages) {
  {
    auto db = open_store(path_);
    fill(*db, 300);
  }  // the last connection closes: the WAL is checkpointed into the file
  ASSERT_FALSE(fs::exists(path_ + "-wal"));
  const auto size = fs::file_size(path_);
  ASSERT_GT(size, 100u * 4096);
  {
    // Overwrite 8 pages in the middle with a pattern (b-tree pages of messages and tickets).
    std::fstream f(path_, std::ios::in | std::ios::out | std::ios::binary);
    f.seekp(static_cast<std::streamoff>(size / 2 / 4096 * 4096));
    const std::string junk(8 * 4096, '\x5a');
    f.write(junk.data(), static_cast<std::streamsize>(junk.size()));
  }
  try {
    auto db = open_store(path_);
    FAIL() << "a damaged database must not open";
  } catch (const DatabaseError& e) {
    const std::string what = e.what();
    EXPECT_TRUE(is_corruption(e)) << what << " code " << e.code();
    EXPECT_EQ(what.rfind(path_ + ": database integrity check failed: ", 0), 0u) << what;
    EXPECT_NE(what.find("restore from a backup"), std::string::npos) << what;
  }
}

TEST_F(BackupTest, AFileThatIsNotADatabaseIsReportedAsDamaged) {
  { std::ofstream(path_) << std::string(8192, 'x'); }
  try {
    auto db = open_store(path_);
    FAIL() << "expected an error";
  } catch (const DatabaseError& e) {
    EXPECT_TRUE(is_corruption(e)) << e.what();
    EXPECT_NE(std::string(e.what()).find("integrity check failed"), std::string::npos) << e.what();
  }
}

}  // namespace
}  // namespace pst
