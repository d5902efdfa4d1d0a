// purge_test.cc: queue/purge.h on tickets made by the real intake (stored mail -> ticket, search
// rows, acknowledgement): exact counts, what is kept for reports, search no longer finding the
// purged words, the thread saying "purged", a dry run changing nothing, a second run finding nothing.
#include <filesystem>

#include <gtest/gtest.h>

#include "calendar/office_calendar.h"
#include "queue/intake.h"
#include "queue/messages.h"
#include "queue/outbox.h"
#include "queue/purge.h"
#include "queue/store.h"
#include "queue/ticket_actions.h"
#include "queue/ticket_queries.h"
#include "queue/tickets.h"

namespace pst {
namespace {
namespace fs = std::filesystem;
using std::chrono::hours;
using std::chrono::seconds;

// 2026-11-30 (Monday) 10:00 WITA.
const Instant kMonday10 = Instant{seconds{1796004000}};

std::string request(int n, const std::string& word) {
  return "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\n"
         "From: Putu Ayu <putu" + std::to_string(n) + "@student.unud.ac.id>\r\nTo: bps5101@bps.go.id\r\n"
         "Subject: Permohonan data " + word + "\r\nMessage-ID: <req" + std::to_string(n) + "@mail.example>\r\n\r\n"
         "Selamat pagi,\r\n\r\nPerkenalkan, nama saya Putu Ayu Lestari, mahasiswa Universitas Udayana.\r\n"
         "Saya membutuhkan data " + word + " per kecamatan di Kabupaten Jembrana tahun 2024.\r\n\r\nTerima kasih.\r\n";
}

class PurgeTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("pst-purge-" + std::to_string(::getpid()) + "-" +
                                        ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    cfg_.office.hours = default_office_hours();
    cfg_.office.holiday_files = {PSTMAIL_SOURCE_DIR "/config/holidays/id-2026.yaml",
                                 PSTMAIL_SOURCE_DIR "/config/holidays/id-2027.yaml"};
    cfg_.templates_dir = PSTMAIL_SOURCE_DIR "/templates";
    cfg_.smtp.from = "PST BPS Kabupaten Jembrana <bps5101@bps.go.id>";
    cfg_.officers = {{"made", "I Made Sudarma", "made@example.test", "officer"},
                     {"ayu", "Ni Luh Ayu", "ayu@example.test", "supervisor"}};
    cal_ = make_work_calendar(cfg_.office);
    db_ = open_store((dir_ / "pst.db").string());
    // Three tickets: "kemiskinan" closed on day 1, "pengangguran" closed on day 20, "inflasi" open.
    const char* words[] = {"kemiskinan", "pengangguran", "inflasi"};
    for (int i = 0; i < 3; ++i) store_fetched(*db_, "INBOX", 1, {{i + 1, kMonday10, request(i + 1, words[i])}}, kMonday10);
    process_pending(*db_, make_intake_settings(cfg_, cal_, kMonday10), kMonday10, 10, [](const std::string&) {});
    for (auto& o : due_mail(*db_, kMonday10 + hours(1), 10)) mark_sent(*db_, o, kMonday10 + seconds(60));
    close(1, kMonday10 + hours(24));
    close(2, kMonday10 + hours(20 * 24));
  }
  void TearDown() override {
    db_.reset();
    fs::remove_all(dir_);
  }

  void close(std::int64_t id, Instant at) {
    ActionContext c = make_action_context(*db_, cfg_, cal_, "ayu", at);
    close_ticket(c, id);  // its own transaction
  }

  int count(const std::string& sql) {
    Statement s = db_->prepare(sql);
    return s.step() ? s.integer(0) : -1;
  }
  int found(const std::string& word) {
    return count("SELECT count(*) FROM search_index WHERE search_index MATCH '" + word + "'");
  }

  fs::path dir_;
  Config cfg_;
  WorkCalendar cal_;
  std::unique_ptr<Database> db_;
};

TEST_F(PurgeTest, RemovesMailAndSearchOfTicketsClosedBeforeTheCutoffAndKeepsTheFacts) {
  ASSERT_EQ(found("kemiskinan"), 1);
  ASSERT_EQ(found("pengangguran"), 1);
  const int outbox_1 = count("SELECT count(*) FROM outbox WHERE ticket_id = 1 AND state != 'queued'");
  ASSERT_GE(outbox_1, 1) << "acknowledgement (sent)";
  const int queued_1 = count("SELECT count(*) FROM outbox WHERE ticket_id = 1 AND state = 'queued'");
  const int bytes = count(
      "SELECT (SELECT sum(length(r.raw) + coalesce(length(m.parsed), 0)) FROM messages m JOIN raw_mail r ON r.id = m.id "
      "WHERE m.ticket_id = 1) + "
      "(SELECT sum(length(data)) FROM outbox WHERE ticket_id = 1 AND state != 'queued')");
  const int events_before = count("SELECT count(*) FROM events WHERE ticket_id = 1");
  const Instant cutoff = kMonday10 + hours(10 * 24);
  const Instant now = kMonday10 + hours(800 * 24);

  PurgeReport dry = purge_closed_before(*db_, cutoff, now, /*dry_run=*/true);
  EXPECT_EQ(dry.tickets, 1);
  EXPECT_EQ(dry.messages, 1);
  EXPECT_EQ(dry.outgoing, outbox_1);
  EXPECT_EQ(dry.bytes, bytes);
  EXPECT_EQ(dry.search_rows, 1);
  EXPECT_EQ(found("kemiskinan"), 1) << "a dry run changes nothing";
  EXPECT_EQ(count("SELECT count(*) FROM messages WHERE purged IS NOT NULL"), 0);

  PurgeReport r = purge_closed_before(*db_, cutoff, now, false);
  EXPECT_EQ(r.tickets, dry.tickets);
  EXPECT_EQ(r.messages, dry.messages);
  EXPECT_EQ(r.outgoing, dry.outgoing);
  EXPECT_EQ(r.bytes, dry.bytes);
  EXPECT_EQ(r.search_rows, dry.search_rows);

  EXPECT_EQ(found("kemiskinan"), 0);
  EXPECT_EQ(found("Udayana"), 2) << "the other tickets stay searchable";
  EXPECT_EQ(found("pengangguran"), 1) << "closed after the cutoff";
  EXPECT_EQ(count("SELECT count(*) FROM messages m JOIN raw_mail r ON r.id = m.id WHERE m.ticket_id = 1 AND "
                  "length(r.raw) = 0 AND m.parsed IS NULL AND m.purged = " + std::to_string(now.time_since_epoch().count())),
            1);
  EXPECT_EQ(count("SELECT count(*) FROM messages m JOIN raw_mail r ON r.id = m.id WHERE m.ticket_id != 1 AND length(r.raw) > 0"), 2);
  EXPECT_EQ(count("SELECT count(*) FROM outbox WHERE ticket_id = 1 AND state != 'queued' AND length(data) = 0"), outbox_1);
  EXPECT_EQ(count("SELECT count(*) FROM outbox WHERE ticket_id = 1 AND state = 'queued' AND length(data) > 0"), queued_1)
      << "a mail still to send is never emptied";
  // Kept for reports: the ticket row, its state and times, the rows of each mail, every event.
  auto t = find_ticket(*db_, 1);
  ASSERT_TRUE(t);
  EXPECT_EQ(t->state, TicketState::closed);
  EXPECT_EQ(t->kind, TicketKind::request);
  EXPECT_EQ(t->received, kMonday10);
  EXPECT_TRUE(t->closed && t->due && t->start);
  EXPECT_EQ(count("SELECT count(*) FROM messages WHERE ticket_id = 1 AND size > 0 AND kind = 'request'"), 1);
  EXPECT_EQ(count("SELECT count(*) FROM events WHERE ticket_id = 1"), events_before + 1);
  EXPECT_EQ(count("SELECT count(*) FROM events WHERE ticket_id = 1 AND type = 'mail_purged'"), 1);

  // The thread says "purged" instead of failing.
  auto thread = ticket_thread(*db_, 1, MimeLimits{});
  ASSERT_FALSE(thread.empty());
  for (const auto& e : thread) {
    if (e.direction == ThreadEntry::Direction::out && e.state == "queued") continue;
    EXPECT_TRUE(e.purged) << e.subject;
    EXPECT_NE(e.text.find("purged"), std::string::npos);
  }

  // Nothing left to purge: a second run reports zeros and records nothing.
  PurgeReport again = purge_closed_before(*db_, cutoff, now, false);
  EXPECT_EQ(again.tickets, 0);
  EXPECT_EQ(again.bytes, 0);
  EXPECT_EQ(count("SELECT count(*) FROM events WHERE type = 'mail_purged'"), 1);

  // A later cutoff takes the second closed ticket; the open one is never touched.
  PurgeReport later = purge_closed_before(*db_, now, now, false);
  EXPECT_EQ(later.tickets, 1);
  EXPECT_EQ(later.messages, 1);
  EXPECT_EQ(found("pengangguran"), 0);
  EXPECT_EQ(found("inflasi"), 1);
  Statement check = db_->prepare("PRAGMA quick_check");
  ASSERT_TRUE(check.step());
  EXPECT_EQ(check.text(0), "ok");
}

}  // namespace
}  // namespace pst
