// ticket_actions_test.cc: the officers' state changes (queue/ticket_actions.h) on a real SQLite
// store in a temporary folder: each leaves its event, its outbox row, and the right state.
#include "queue/ticket_actions.h"

#include <filesystem>
#include <fstream>

#include <gtest/gtest.h>

#include "calendar/office_calendar.h"
#include "config/secrets.h"
#include "queue/assignment.h"
#include "queue/outbox.h"
#include "queue/schema.h"
#include "queue/ticket_queries.h"

namespace pst {
namespace {

class ActionsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() / ("actions-" + std::to_string(::getpid()) + "-" +
                                                     ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::create_directories(dir_);
    db_ = std::make_unique<Database>((dir_ / "t.db").string());
    migrate(*db_);
    cfg_.templates_dir = PSTMAIL_SOURCE_DIR "/templates";
    cfg_.officers = {{"made", "I Made Sudarma", "made@example.test", "officer"},
                     {"wayan", "I Wayan", "wayan@example.test", "officer"},
                     {"ayu", "Ni Luh Ayu", "ayu@example.test", "supervisor"}};
    cfg_.office.hours = default_office_hours();
    cal_ = make_work_calendar(cfg_.office);
    Ticket t;
    t.state = TicketState::open;
    t.requester_address = "putu@example.ac.id";
    t.requester_name = "Putu";
    t.subject = "Data penduduk";
    t.received = now_;
    t.due = now_ + std::chrono::hours(72);
    t.officer = "made";
    Transaction tx(*db_);
    insert_ticket(*db_, t, "PST", 2026, now_);
    db_->prepare(
           "INSERT INTO messages(mailbox, uidvalidity, uid, sha256, message_id, arrival, fetched, size, state, "
           "ticket_id) VALUES ('INBOX', 1, 1, 'x', 'req-1@example.ac.id', ?, ?, 1, 'processed', ?)")
        .bind(1, now_.time_since_epoch().count())
        .bind(2, now_.time_since_epoch().count())
        .bind(3, t.id)
        .run();
    db_->prepare("INSERT INTO raw_mail(id, raw) VALUES (?, X'78')").bind(1, db_->last_insert_id()).run();
    tx.commit();
    id_ = t.id;
  }
  void TearDown() override {
    db_.reset();
    std::filesystem::remove_all(dir_);
  }
  ActionContext as(const std::string& who) { return make_action_context(*db_, cfg_, cal_, who, now_); }
  Ticket ticket() { return *find_ticket(*db_, id_); }
  int count(const std::string& sql) {
    Statement s = db_->prepare(sql);
    s.step();
    return s.integer(0);
  }

  std::filesystem::path dir_;
  std::unique_ptr<Database> db_;
  Config cfg_;
  WorkCalendar cal_;
  Instant now_{std::chrono::seconds{1795400000}};  // 2026-11-23
  std::int64_t id_ = 0;
};

TEST_F(ActionsTest, ReplyIsThreadedSetsFirstReplyAndAnswered) {
  auto c = as("made");
  ReplyOptions o;
  o.text = "Terlampir.";
  o.attachments.push_back({"a.csv", "text/csv", "x;y\n1;2\n"});
  reply_to_ticket(c, id_, o);
  EXPECT_EQ(ticket().state, TicketState::answered);
  EXPECT_EQ(ticket().first_reply, now_);
  Statement s = db_->prepare("SELECT kind, automatic, data FROM outbox");
  ASSERT_TRUE(s.step());
  EXPECT_EQ(s.text(0), "officer_reply");
  EXPECT_EQ(s.integer(1), 0);
  EXPECT_NE(s.text(2).find("In-Reply-To: <req-1@example.ac.id>"), std::string::npos);
  EXPECT_NE(s.text(2).find("a.csv"), std::string::npos);
  EXPECT_EQ(count("SELECT count(*) FROM events WHERE type = 'replied' AND actor = 'made'"), 1);
}

TEST_F(ActionsTest, ReplyWithCloseQueuesReplyThenClosure) {
  auto c = as("made");
  reply_to_ticket(c, id_, ReplyOptions{"Selesai.", {}, true, std::nullopt});
  EXPECT_EQ(ticket().state, TicketState::closed);
  EXPECT_EQ(count("SELECT count(*) FROM outbox WHERE kind = 'closure'"), 1);
  EXPECT_EQ(count("SELECT count(*) FROM outbox WHERE kind = 'officer_reply'"), 1);
}

TEST_F(ActionsTest, WaitStopsTheClock) {
  auto c = as("made");
  ask_requester(c, id_, "Tahun berapa?");
  EXPECT_EQ(ticket().state, TicketState::waiting);
  EXPECT_FALSE(ticket().due);
  EXPECT_EQ(count("SELECT count(*) FROM outbox WHERE kind = 'officer_question'"), 1);
  EXPECT_EQ(count("SELECT count(*) FROM events WHERE type = 'waiting'"), 1);
}

TEST_F(ActionsTest, CloseWithoutTheRatingKeyHandsTheClosureToTheDaemonWhichSignsIt) {
  // pstq run by an officer: a rating section, but the key (pstmaild's credential) is unreadable.
  cfg_.rating.emplace();
  cfg_.rating->base_url = "https://pst.example/r";
  cfg_.rating->key_file = (dir_ / "no-such.key").string();
  auto c = as("made");
  EXPECT_EQ(close_ticket(c, id_), kClosureHandedToDaemon);
  EXPECT_EQ(ticket().state, TicketState::closed);
  EXPECT_EQ(count("SELECT count(*) FROM pending_closures"), 1);
  EXPECT_EQ(count("SELECT count(*) FROM outbox WHERE kind = 'closure'"), 0);
  ASSERT_TRUE(next_due(*db_)) << "the daemon must wake for it";

  // The daemon without the key either: nothing queued, the row waits (later, not at once).
  EXPECT_THROW((void)complete_pending_closures(*db_, cfg_, cal_, c.sender, now_), SecretError);
  EXPECT_EQ(count("SELECT count(*) FROM pending_closures"), 1);
  EXPECT_GT(*next_due(*db_), now_);

  // The daemon with the key: one closure mail with a link, the row gone, an event.
  { std::ofstream(*cfg_.rating->key_file) << "0123456789abcdef0123456789abcdef\n"; }
  EXPECT_EQ(complete_pending_closures(*db_, cfg_, cal_, c.sender, now_), 1);
  EXPECT_EQ(count("SELECT count(*) FROM pending_closures"), 0);
  EXPECT_EQ(count("SELECT count(*) FROM outbox WHERE kind = 'closure'"), 1);
  EXPECT_EQ(count("SELECT count(*) FROM rating_tokens"), 1) << "the link was signed";
  EXPECT_EQ(count("SELECT count(*) FROM events WHERE type = 'closure_mail'"), 1);
  EXPECT_EQ(complete_pending_closures(*db_, cfg_, cal_, c.sender, now_), 0) << "sent once";
}

TEST_F(ActionsTest, AClosureHandedOverIsDroppedWhenTheTicketWasReopened) {
  cfg_.rating.emplace();
  cfg_.rating->base_url = "https://pst.example/r";
  cfg_.rating->key_file = (dir_ / "rating.key").string();
  auto c = as("made");
  ASSERT_EQ(close_ticket(c, id_), kClosureHandedToDaemon);
  reopen_ticket(c, id_);
  { std::ofstream(*cfg_.rating->key_file) << "0123456789abcdef0123456789abcdef\n"; }
  EXPECT_EQ(complete_pending_closures(*db_, cfg_, cal_, c.sender, now_), 0);
  EXPECT_EQ(count("SELECT count(*) FROM pending_closures"), 0);
  EXPECT_EQ(count("SELECT count(*) FROM outbox WHERE kind = 'closure'"), 0);
}

TEST_F(ActionsTest, CloseTwiceIsRefusedWithAClearMessage) {
  auto c = as("made");
  close_ticket(c, id_);
  try {
    close_ticket(c, id_);
    FAIL();
  } catch (const ActionError& e) {
    EXPECT_STREQ(e.what(), "PST-2026-00001 is closed; cannot close it (reopen it first)");
  }
  reopen_ticket(c, id_);
  EXPECT_EQ(ticket().state, TicketState::open);
  EXPECT_TRUE(ticket().due);
}

TEST_F(ActionsTest, AssignUnassignClaimLeaveEvents) {
  auto sup = as("ayu");
  assign_ticket(sup, id_, "wayan");
  EXPECT_EQ(ticket().officer, "wayan");
  EXPECT_THROW(assign_ticket(sup, id_, "bob"), ActionError);
  unassign_ticket(sup, id_);
  EXPECT_FALSE(ticket().officer);
  auto made = as("made");
  claim_ticket(made, id_);
  EXPECT_EQ(ticket().officer, "made");
  add_note(made, id_, "cek dulu");
  EXPECT_EQ(count("SELECT count(*) FROM events WHERE type IN ('assigned','unassigned','note')"), 4);
}

TEST_F(ActionsTest, AssignmentSkipsOfficersOnLeaveAndRoundRobinsTies) {
  auto sup = as("ayu");
  unassign_ticket(sup, id_);
  // Both officers have 0 open tickets: the one never assigned first, then the other.
  Transaction tx(*db_);
  auto first = choose_officer(*db_, cfg_.officers, TicketKind::request, now_);
  tx.commit();
  ASSERT_TRUE(first);
  add_leave(sup, *first, "2026-11-01", "2026-11-30");
  auto second = choose_officer(*db_, cfg_.officers, TicketKind::request, now_);
  ASSERT_TRUE(second);
  EXPECT_NE(*first, *second);
  EXPECT_EQ(choose_officer(*db_, cfg_.officers, TicketKind::complaint, now_), "ayu");
}

TEST_F(ActionsTest, SpamRemembersTheSenderAndMergeMovesMail) {
  auto sup = as("ayu");
  Ticket dup;
  dup.state = TicketState::open;
  dup.requester_address = "putu@example.ac.id";
  dup.subject = "Data penduduk (lagi)";
  dup.received = now_;
  {
    Transaction tx(*db_);
    insert_ticket(*db_, dup, "PST", 2026, now_);
    db_->prepare("UPDATE messages SET ticket_id = ?").bind(1, dup.id).run();
    tx.commit();
  }
  merge_tickets(sup, dup.id, id_);
  EXPECT_EQ(find_ticket(*db_, dup.id)->state, TicketState::closed);
  EXPECT_EQ(count("SELECT count(*) FROM messages WHERE ticket_id = " + std::to_string(id_)), 1);
  EXPECT_EQ(count("SELECT count(*) FROM outbox"), 0);
  mark_spam(sup, id_);
  EXPECT_EQ(ticket().state, TicketState::spam);
  EXPECT_EQ(count("SELECT count(*) FROM spam_senders WHERE address = 'putu@example.ac.id'"), 1);
}

TEST_F(ActionsTest, SearchFindsIndexedWordsAndQuotesQuerySyntax) {
  {
    Transaction tx(*db_);
    index_for_search(*db_, id_, 1, "Data penduduk", "jumlah penduduk per kecamatan", "putu@example.ac.id Putu");
    tx.commit();
  }
  const auto hits = search_tickets(*db_, "kecamatan", 10);
  ASSERT_EQ(hits.size(), 1u);
  // The snippet shows the match (it was read from a shifted column and came back empty).
  EXPECT_NE(hits[0].snippet.find("[kecamatan]"), std::string::npos) << hits[0].snippet;
  EXPECT_EQ(search_tickets(*db_, "penduduk putu", 10).size(), 1u);
  EXPECT_EQ(search_tickets(*db_, "inflasi", 10).size(), 0u);
  EXPECT_EQ(search_tickets(*db_, "\"AND( OR *", 10).size(), 0u);  // no FTS5 syntax error
  EXPECT_EQ(fts_query("a \"b"), "\"a\" \"\"\"b\"");
}

}  // namespace
}  // namespace pst
