// store_test.cc: the store's schema, deduplication, ticket numbering, and the outbox state machine.
#include <filesystem>

#include <gtest/gtest.h>
#include <sqlite3.h>

#include "queue/messages.h"
#include "queue/outbox.h"
#include "queue/schema.h"
#include "queue/server_marks.h"
#include "queue/store.h"
#include "queue/tickets.h"

namespace pst {
namespace {
namespace fs = std::filesystem;
using std::chrono::seconds;

Instant at(std::int64_t s) { return Instant{seconds{s}}; }

class StoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    path_ = fs::temp_directory_path() /
            ("pst-store-" + std::to_string(::getpid()) + "-" +
             ::testing::UnitTest::GetInstance()->current_test_info()->name() + ".db");
    fs::remove(path_);
    db_ = open_store(path_.string());
  }
  void TearDown() override {
    db_.reset();
    for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(path_.string() + suffix);
  }

  Ticket make_ticket(int year) {
    Ticket t;
    t.requester_address = "a@example.test";
    t.received = at(1'790'000'000);
    Transaction tx(*db_);
    insert_ticket(*db_, t, "PST", year, at(1'790'000'000));
    tx.commit();
    return t;
  }

  OutboxItem queue_one(const std::string& rcpt = "a@example.test") {
    OutboxItem item;
    item.kind = "acknowledgement";
    item.envelope_from = "bps5101@bps.go.id";
    item.recipients = {rcpt};
    item.message_id = "pstmail.x." + std::to_string(counter_++) + "@bps.go.id";
    item.data = "Subject: x\r\n\r\nbody\r\n";
    Transaction tx(*db_);
    enqueue_mail(*db_, item, at(1000));
    tx.commit();
    return item;
  }

  fs::path path_;
  std::unique_ptr<Database> db_;
  int counter_ = 0;
};

// A mail's mark on the server is recorded in the transaction that stores the mail (queue/messages.cc,
// store_fetched): outside a transaction add_pending_marks refuses and records nothing, and marks of a transaction
// rolled back are gone with it.
TEST_F(StoreTest, PendingMarksAreRecordedOnlyInTheCallersTransaction) {
  EXPECT_THROW(add_pending_marks(*db_, "INBOX", 7, {1, 2}, at(1'790'000'000)), std::logic_error);
  EXPECT_TRUE(pending_marks(*db_, "INBOX", 7, 10).empty());
  {
    Transaction rolled_back(*db_);
    add_pending_marks(*db_, "INBOX", 7, {1, 2}, at(1'790'000'000));
  }
  EXPECT_TRUE(pending_marks(*db_, "INBOX", 7, 10).empty());
  Transaction tx(*db_);
  add_pending_marks(*db_, "INBOX", 7, {2, 1}, at(1'790'000'000));
  tx.commit();
  EXPECT_EQ(pending_marks(*db_, "INBOX", 7, 10), (std::vector<std::uint32_t>{1, 2}));
}

TEST_F(StoreTest, SchemaIsCurrentAndReopenIsIdempotent) {
  Statement v = db_->prepare("PRAGMA user_version");
  ASSERT_TRUE(v.step());
  EXPECT_EQ(v.integer(0), schema_version());
  db_.reset();
  db_ = open_store(path_.string());
  Statement mode = db_->prepare("PRAGMA journal_mode");
  ASSERT_TRUE(mode.step());
  EXPECT_EQ(mode.text(0), "wal");
  Statement fk = db_->prepare("PRAGMA foreign_keys");
  ASSERT_TRUE(fk.step());
  EXPECT_EQ(fk.integer(0), 1);
}

// Ingest speed (issue 17, BENCHMARKS.md): a new store has 8 KB pages (half the WAL frames and
// checkpoint copies of 4 KB pages for the same mail) and keeps statement journals - one per
// message savepoint - in memory instead of temporary files on /var/tmp.
TEST_F(StoreTest, ANewStoreHasLargerPagesAndStatementJournalsInMemory) {
  Statement page = db_->prepare("PRAGMA page_size");
  ASSERT_TRUE(page.step());
  EXPECT_EQ(page.integer(0), 8192);
  Statement temp = db_->prepare("PRAGMA temp_store");
  ASSERT_TRUE(temp.step());
  EXPECT_EQ(temp.integer(0), 2);  // MEMORY
}

// Ingest speed: SQLite's count of its memory (a process-wide mutex taken at each allocation) is off, from the
// first connection on; with it on, an open store with a queued mail holds a counted page cache.
TEST_F(StoreTest, SqliteCountsNoMemoryBehindAProcessWideLock) {
  queue_one();
  EXPECT_EQ(sqlite3_memory_used(), 0);
}

// A store made with SQLite's default 4 KB pages (before issue 17) opens and keeps its pages: WAL
// mode does not change the page size of a database that has content.
TEST_F(StoreTest, AnOlderStoreKeepsItsPageSize) {
  db_.reset();
  for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(path_.string() + suffix);
  {
    sqlite3* raw = nullptr;
    ASSERT_EQ(sqlite3_open(path_.c_str(), &raw), SQLITE_OK);
    ASSERT_EQ(sqlite3_exec(raw, "PRAGMA page_size=4096; PRAGMA journal_mode=WAL; CREATE TABLE t(x);", nullptr,
                           nullptr, nullptr),
              SQLITE_OK);
    sqlite3_close(raw);
  }
  db_ = open_store(path_.string());
  Statement page = db_->prepare("PRAGMA page_size");
  ASSERT_TRUE(page.step());
  EXPECT_EQ(page.integer(0), 4096);
  Statement v = db_->prepare("PRAGMA user_version");
  ASSERT_TRUE(v.step());
  EXPECT_EQ(v.integer(0), schema_version());
}

TEST_F(StoreTest, NewerSchemaIsRefusedWithAClearMessage) {
  db_->exec("PRAGMA user_version = 999");
  try {
    migrate(*db_);
    FAIL() << "no error";
  } catch (const DatabaseError& e) {
    EXPECT_NE(std::string(e.what()).find("schema version 999 is newer than this pstmail"), std::string::npos);
  }
}

TEST_F(StoreTest, DoubleQuotedStringsAreErrors) {
  EXPECT_THROW(db_->exec("SELECT \"no_such_column\" FROM tickets"), DatabaseError);
}

TEST_F(StoreTest, FetchedMailIsDeduplicatedByUidThenByContent) {
  std::vector<MailToStore> batch = {{1, at(100), "mail one"}, {2, at(200), "mail two"}};
  auto r1 = store_fetched(*db_, "INBOX", 7, batch, at(300));
  EXPECT_EQ(r1, (std::vector<StoreOutcome>{StoreOutcome::stored, StoreOutcome::stored}));
  EXPECT_EQ(load_mailbox_state(*db_, "INBOX")->last_uid, 2);

  // Same UIDs again: nothing stored twice.
  auto r2 = store_fetched(*db_, "INBOX", 7, batch, at(300));
  EXPECT_EQ(r2, (std::vector<StoreOutcome>{StoreOutcome::duplicate_uid, StoreOutcome::duplicate_uid}));

  // UIDVALIDITY changed: the server renumbered; old bytes are recognised, a new mail is stored.
  reset_mailbox_state(*db_, "INBOX", 8);
  EXPECT_EQ(load_mailbox_state(*db_, "INBOX")->last_uid, 0);
  auto r3 = store_fetched(*db_, "INBOX", 8, {{1, at(100), "mail one"}, {2, at(200), "mail two"}, {3, at(400), "new"}},
                          at(500));
  EXPECT_EQ(r3, (std::vector<StoreOutcome>{StoreOutcome::duplicate_content, StoreOutcome::duplicate_content,
                                           StoreOutcome::stored}));
  auto pending = pending_messages(*db_, 10);
  ASSERT_EQ(pending.size(), 3u);
  EXPECT_EQ(pending[0].raw, "mail one");
  EXPECT_EQ(pending[0].arrival, at(100));
  EXPECT_EQ(pending[2].raw, "new");
}

TEST_F(StoreTest, TicketNumbersRunPerYear) {
  EXPECT_EQ(make_ticket(2026).number, "PST-2026-00001");
  EXPECT_EQ(make_ticket(2026).number, "PST-2026-00002");
  EXPECT_EQ(make_ticket(2027).number, "PST-2027-00001");
  auto t = find_ticket_by_number(*db_, "PST-2026-00002");
  ASSERT_TRUE(t);
  EXPECT_EQ(t->state, TicketState::incomplete);
  EXPECT_EQ(t->requester_address, "a@example.test");
}

TEST_F(StoreTest, OutboxQueuedThenSent) {
  OutboxItem item = queue_one();
  auto due = due_mail(*db_, at(1000), 10);
  ASSERT_EQ(due.size(), 1u);
  EXPECT_EQ(due[0].data, item.data);
  EXPECT_EQ(due[0].recipients, item.recipients);
  mark_sent(*db_, due[0], at(1001));
  EXPECT_TRUE(due_mail(*db_, at(99999), 10).empty());
  EXPECT_EQ(outbox_counts(*db_).sent, 1);
  EXPECT_FALSE(next_due(*db_).has_value());
}

TEST_F(StoreTest, OutboxTemporaryFailureBacksOffWithACap) {
  queue_one();
  for (int attempt = 1; attempt <= 6; ++attempt) {
    auto due = due_mail(*db_, at(1'000'000), 10);
    ASSERT_EQ(due.size(), 1u) << attempt;
    EXPECT_EQ(due[0].attempts, attempt - 1);
    mark_retry(*db_, due[0], at(2000), "451 try later", seconds(60), seconds(600));
    std::int64_t expected = 2000 + std::min<std::int64_t>(60LL << (attempt - 1), 600);
    EXPECT_EQ(next_due(*db_), at(expected)) << attempt;
  }
  EXPECT_TRUE(due_mail(*db_, at(2599), 10).empty());
  EXPECT_EQ(due_mail(*db_, at(2600), 10).size(), 1u);
  EXPECT_EQ(outbox_counts(*db_).queued, 1);
}

TEST_F(StoreTest, OutboxPermanentFailureIsFinalAndRecordedOnTheTicket) {
  Ticket t = make_ticket(2026);
  OutboxItem item;
  item.ticket_id = t.id;
  item.kind = "acknowledgement";
  item.envelope_from = "bps5101@bps.go.id";
  item.recipients = {"nobody@example.test"};
  item.message_id = "pstmail.PST-2026-00001.ab@bps.go.id";
  item.data = "x\r\n";
  {
    Transaction tx(*db_);
    enqueue_mail(*db_, item, at(1000));
    tx.commit();
  }
  mark_failed(*db_, due_mail(*db_, at(1000), 1).at(0), at(1001), "550 5.1.1 no such user");
  EXPECT_TRUE(due_mail(*db_, at(999999), 10).empty());
  EXPECT_EQ(outbox_counts(*db_).failed, 1);
  auto events = ticket_events(*db_, t.id);
  ASSERT_FALSE(events.empty());
  EXPECT_EQ(events.back().type, "mail_failed");
  EXPECT_EQ(events.back().detail, "acknowledgement to nobody@example.test: 550 5.1.1 no such user");
  EXPECT_EQ(ticket_of_message_id(*db_, "pstmail.PST-2026-00001.ab@bps.go.id"), t.id);
}

TEST_F(StoreTest, RetryDelayDoublesUpToTheCap) {
  EXPECT_EQ(retry_delay(1, seconds(30), seconds(3600)), seconds(30));
  EXPECT_EQ(retry_delay(2, seconds(30), seconds(3600)), seconds(60));
  EXPECT_EQ(retry_delay(5, seconds(30), seconds(3600)), seconds(480));
  EXPECT_EQ(retry_delay(50, seconds(30), seconds(3600)), seconds(3600));
}

TEST_F(StoreTest, AutomaticMailIsCountedPerRecipient) {
  queue_one("a@example.test");
  queue_one("a@example.test");
  queue_one("b@example.test");
  EXPECT_EQ(automatic_mail_count(*db_, "a@example.test", at(0)), 2);
  EXPECT_EQ(automatic_mail_count(*db_, "a@example.test", at(1001)), 0);
}

}  // namespace
}  // namespace pst

namespace pst {
namespace {

TEST(DatabaseFiles, AreGroupWritableUnderTheServiceUmask) {
  namespace fs = std::filesystem;
  fs::path p = fs::temp_directory_path() / ("pst-mode-" + std::to_string(::getpid()) + ".db");
  fs::remove(p);
  mode_t old = ::umask(0007);
  {
    auto db = open_store(p.string());
    db->exec("CREATE TABLE IF NOT EXISTS t(x)");
    db->exec("INSERT INTO t VALUES (1)");
    for (const char* suffix : {"", "-wal", "-shm"}) {
      auto perms = fs::status(p.string() + suffix).permissions();
      EXPECT_EQ(perms & fs::perms::all, fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read |
                                            fs::perms::group_write)
          << suffix;
    }
  }
  ::umask(old);
  for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(p.string() + suffix);
}

}  // namespace
}  // namespace pst
