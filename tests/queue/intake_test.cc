// intake_test.cc: stored mail -> tickets, deadlines, events and queued answers, on a real store
// with the shipped templates and holiday files (no network: the outbox is inspected directly).
#include <filesystem>

#include <fmt/format.h>
#include <gtest/gtest.h>

#include <algorithm>

#include "calendar/office_calendar.h"
#include "config/config.h"
#include "queue/intake.h"
#include "queue/ratings.h"
#include "queue/messages.h"
#include "queue/outbox.h"
#include "parsers/text_scan.h"
#include "queue/store.h"
#include "queue/ticket_queries.h"
#include "queue/tickets.h"

namespace pst {
namespace {
namespace fs = std::filesystem;
using std::chrono::seconds;

// 2026-11-30 (Monday) 10:00 WITA = 02:00 UTC.
const Instant kMonday10 = Instant{seconds{1796004000}};

std::string mail(const std::string& headers, const std::string& body) {
  return "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\n" + headers + "\r\n" + body;
}

const std::string kComplete = mail(
    "From: Putu Ayu <putu@student.unud.ac.id>\r\nTo: bps5101@bps.go.id\r\n"
    "Subject: Permohonan data penduduk\r\nMessage-ID: <req1@mail.example>\r\n",
    "Selamat pagi,\r\n\r\nPerkenalkan, nama saya Putu Ayu Lestari, mahasiswa Universitas Udayana.\r\n"
    "Saya membutuhkan data jumlah penduduk per kecamatan di Kabupaten Jembrana tahun 2024.\r\n\r\nTerima kasih.\r\n");

const std::string kNoInstitution = mail(
    "From: kadek <kadek@yahoo.example>\r\nTo: bps5101@bps.go.id\r\nSubject: data kemiskinan\r\n"
    "Message-ID: <req2@mail.example>\r\n",
    "siang min, sy mau minta data kemiskinan jembrana tahun 2024\r\nmakasih\r\n");

class IntakeTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("pst-intake-" + std::to_string(::getpid()) + "-" +
                                        ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::create_directories(dir_);
    cfg_.office.hours = default_office_hours();
    cfg_.office.holiday_files = {PSTMAIL_SOURCE_DIR "/config/holidays/id-2026.yaml",
                                 PSTMAIL_SOURCE_DIR "/config/holidays/id-2027.yaml"};
    cfg_.templates_dir = PSTMAIL_SOURCE_DIR "/templates";
    cfg_.smtp.from = "PST BPS Kabupaten Jembrana <bps5101@bps.go.id>";
    cfg_.officers = {{"made", "I Made Sudarma", "made@example.test", "officer"},
                     {"wayan", "I Wayan Budi", "wayan@example.test", "officer"},
                     {"ayu", "Ni Luh Ayu", "ayu@example.test", "supervisor"}};
    cal_ = make_work_calendar(cfg_.office);
    db_ = open_store((dir_ / "pst.db").string());
  }
  void TearDown() override {
    db_.reset();
    fs::remove_all(dir_);
  }

  void deliver(const std::string& raw, Instant arrival) {
    store_fetched(*db_, "INBOX", 1, {{++uid_, arrival, raw}}, arrival);
  }

  IntakeStats run(Instant now) {
    return process_pending(*db_, make_intake_settings(cfg_, cal_, now), now, 100, [this](const std::string& l) {
      log_.push_back(l);
    });
  }

  std::vector<OutboxItem> outbox() { return due_mail(*db_, Instant{seconds{4'000'000'000}}, 100); }

  std::vector<std::string> event_types(std::int64_t ticket) {
    std::vector<std::string> out;
    for (const auto& e : ticket_events(*db_, ticket)) out.push_back(e.type);
    return out;
  }

  fs::path dir_;
  Config cfg_;
  WorkCalendar cal_;
  std::unique_ptr<Database> db_;
  std::int64_t uid_ = 0;
  std::vector<std::string> log_;
};

TEST_F(IntakeTest, CompleteRequestOpensTicketWithDeadlineAndAcknowledgement) {
  deliver(kComplete, kMonday10);
  IntakeStats s = run(kMonday10 + seconds(5));
  EXPECT_EQ(s.processed, 1);
  EXPECT_EQ(s.tickets_opened, 1);
  auto t = find_ticket_by_number(*db_, "PST-2026-00001");
  ASSERT_TRUE(t);
  EXPECT_EQ(t->state, TicketState::open);
  EXPECT_EQ(t->requester_address, "putu@student.unud.ac.id");
  EXPECT_EQ(t->start, kMonday10);
  EXPECT_EQ(t->due, kMonday10 + seconds(3 * 86400 + 5 * 3600 + 1800));  // Thursday 15:30 WITA
  EXPECT_TRUE(t->officer == "made" || t->officer == "wayan");
  auto out = outbox();
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].kind, "acknowledgement");
  EXPECT_EQ(out[0].recipients, std::vector<std::string>{"putu@student.unud.ac.id"});
  const std::string& m = out[0].data;
  EXPECT_NE(m.find("Subject: [PST-2026-00001]"), std::string::npos) << m;
  EXPECT_NE(m.find("In-Reply-To: <req1@mail.example>"), std::string::npos) << m;
  EXPECT_NE(m.find("Auto-Submitted: auto-replied"), std::string::npos) << m;
  EXPECT_NE(m.find("Message-ID: <pstmail.PST-2026-00001."), std::string::npos) << m;
  EXPECT_EQ(event_types(t->id), (std::vector<std::string>{"opened", "assigned", "clock_started"}));
}

// A crafted mail names other addresses: a Reply-To, and an attached "earlier mail" whose From is someone else
// and whose text introduces that person. The ticket is the sender's and every automatic answer goes to From; the
// other addresses are only recorded for an officer (pstq reply --to), never written to automatically.
TEST_F(IntakeTest, ReplyToAndAForwardedSenderReceiveNothingAutomatically) {
  const std::string boundary = "b0undary";
  const std::string raw =
      "MIME-Version: 1.0\r\nFrom: Rudi <rudi@mail.example>\r\nReply-To: victim@elsewhere.example\r\n"
      "To: bps5101@bps.go.id\r\nSubject: Fwd: Permohonan data\r\nMessage-ID: <fwd1@mail.example>\r\n"
      "Content-Type: multipart/mixed; boundary=\"" + boundary + "\"\r\n\r\n--" + boundary +
      "\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\nEmail saya sebelumnya terlampir, mohon dibantu.\r\n--" +
      boundary + "\r\nContent-Type: message/rfc822\r\n\r\nFrom: Sari <sari@other.example>\r\n"
      "To: bps5100@bps.go.id\r\nSubject: Permohonan data\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n"
      "Saya Sari Dewi dari Universitas Udayana. Mohon data jumlah penduduk Jembrana 2025.\r\n--" + boundary +
      "--\r\n";
  deliver(raw, kMonday10);
  run(kMonday10 + seconds(5));
  auto t = find_ticket_by_number(*db_, "PST-2026-00001");
  ASSERT_TRUE(t);
  EXPECT_EQ(t->requester_address, "rudi@mail.example");
  const auto out = outbox();
  ASSERT_FALSE(out.empty());
  for (const OutboxItem& o : out)
    EXPECT_EQ(o.recipients, std::vector<std::string>{"rudi@mail.example"}) << o.kind;
  std::vector<std::string> others;
  for (const TicketAddress& a : ticket_addresses(*db_, t->id)) others.push_back(a.kind + " " + a.address);
  std::sort(others.begin(), others.end());
  EXPECT_EQ(others, (std::vector<std::string>{"forwarded_from sari@other.example",
                                              "reply_to victim@elsewhere.example"}));
}

TEST_F(IntakeTest, IncompleteRequestAsksForDetailsAndReplyCompletesIt) {
  deliver(kNoInstitution, kMonday10);
  run(kMonday10 + seconds(5));
  auto t = find_ticket_by_number(*db_, "PST-2026-00001");
  ASSERT_TRUE(t);
  EXPECT_EQ(t->state, TicketState::incomplete);
  EXPECT_FALSE(t->due.has_value());
  EXPECT_FALSE(t->officer.has_value());
  auto out = outbox();
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].kind, "request_completion");

  // The requester answers on Friday 16:00 WITA with name and institution: the clock starts at the
  // next opening (Monday 08:00) and runs to Thursday 15:30.
  const Instant friday16 = kMonday10 + seconds(4 * 86400 + 6 * 3600);
  std::string reply = mail("From: kadek <kadek@yahoo.example>\r\nTo: bps5101@bps.go.id\r\n"
                           "Subject: Re: [PST-2026-00001] data kemiskinan\r\nMessage-ID: <req2b@mail.example>\r\n"
                           "In-Reply-To: <" + out[0].message_id + ">\r\n",
                           "Nama saya Kadek Wirawan, dari Dinas Sosial Kabupaten Jembrana.\r\n");
  deliver(reply, friday16);
  run(friday16 + seconds(5));
  t = find_ticket_by_number(*db_, "PST-2026-00001");
  EXPECT_EQ(t->state, TicketState::open);
  EXPECT_EQ(t->start, friday16 + seconds(2 * 86400 + 16 * 3600));  // Monday 08:00
  EXPECT_EQ(t->due, friday16 + seconds(5 * 86400 + 23 * 3600 + 1800));  // Thursday 15:30
  EXPECT_TRUE(t->officer.has_value());
  out = outbox();
  ASSERT_EQ(out.size(), 2u);
  EXPECT_EQ(out[1].kind, "acknowledgement");
  Statement c = db_->prepare("SELECT count(*) FROM tickets");
  c.step();
  EXPECT_EQ(c.integer(0), 1) << "a reply must join its ticket, never open a new one";
}

TEST_F(IntakeTest, AutoRepliesAndBouncesAreNeverAnswered) {
  deliver(kComplete, kMonday10);
  run(kMonday10 + seconds(5));
  std::string ack_id = outbox().at(0).message_id;
  deliver(mail("From: putu@student.unud.ac.id\r\nSubject: Automatic reply: [PST-2026-00001] data\r\n"
               "Auto-Submitted: auto-replied\r\nMessage-ID: <ooo@mail.example>\r\nIn-Reply-To: <" + ack_id + ">\r\n",
               "I am out of the office until Monday.\r\n"),
          kMonday10 + seconds(60));
  deliver("From: MAILER-DAEMON@mail.example\r\nTo: bps5101@bps.go.id\r\nSubject: Undelivered Mail Returned to Sender\r\n"
          "MIME-Version: 1.0\r\nContent-Type: multipart/report; report-type=delivery-status; boundary=\"b\"\r\n\r\n"
          "--b\r\nContent-Type: text/plain\r\n\r\nThe mail could not be delivered.\r\n"
          "--b\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mail.example\r\n\r\n"
          "Final-Recipient: rfc822; putu@student.unud.ac.id\r\nAction: failed\r\nStatus: 5.1.1\r\n"
          "--b\r\nContent-Type: text/rfc822-headers\r\n\r\nMessage-ID: <" + ack_id + ">\r\nSubject: x\r\n"
          "--b--\r\n",
          kMonday10 + seconds(120));
  run(kMonday10 + seconds(200));
  int to_requester = 0;
  for (const auto& o : outbox())
    if (o.recipients == std::vector<std::string>{"putu@student.unud.ac.id"}) ++to_requester;
  EXPECT_EQ(to_requester, 1) << "only the first acknowledgement";
  auto t = find_ticket_by_number(*db_, "PST-2026-00001");
  EXPECT_TRUE(t->undeliverable);
  auto types = event_types(t->id);
  EXPECT_NE(std::find(types.begin(), types.end(), "auto_reply_received"), types.end());
  EXPECT_NE(std::find(types.begin(), types.end(), "bounce_failed"), types.end());
}

// An automatic answer with a subject of its own cites no ticket (parsers/classify.cc), yet it is filed
// on the ticket whose mail it answers, found by our Message-ID in its thread headers, and not answered.
TEST_F(IntakeTest, AnAutoReplyWithItsOwnSubjectIsFiledOnTheTicketItsHeadersCite) {
  deliver(kComplete, kMonday10);
  run(kMonday10 + seconds(5));
  ASSERT_EQ(outbox().size(), 1u);
  std::string ack_id = outbox().at(0).message_id;
  deliver(mail("From: putu@student.unud.ac.id\r\nSubject: Sedang cuti\r\nAuto-Submitted: auto-replied\r\n"
               "Message-ID: <ooo2@mail.example>\r\nIn-Reply-To: <" + ack_id + ">\r\nReferences: <" + ack_id + ">\r\n",
               "Saya sedang cuti sampai 15 Januari dan tidak memeriksa email.\r\n"),
          kMonday10 + seconds(60));
  IntakeStats s = run(kMonday10 + seconds(100));
  EXPECT_EQ(s.tickets_opened, 0);
  EXPECT_EQ(outbox().size(), 1u) << "an automatic answer is never answered";
  auto t = find_ticket_by_number(*db_, "PST-2026-00001");
  ASSERT_TRUE(t);
  auto types = event_types(t->id);
  EXPECT_NE(std::find(types.begin(), types.end(), "auto_reply_received"), types.end());
  EXPECT_FALSE(find_ticket_by_number(*db_, "PST-2026-00002"));
}

// A delivery report about our mail to the ticket's requester (RFC 3464).
std::string dsn(const std::string& our_message_id, const std::string& action, const std::string& status) {
  return "From: MAILER-DAEMON@mail.example\r\nTo: bps5101@bps.go.id\r\nSubject: Delivery Status Notification\r\n"
         "MIME-Version: 1.0\r\nContent-Type: multipart/report; report-type=delivery-status; boundary=\"b\"\r\n\r\n"
         "--b\r\nContent-Type: text/plain\r\n\r\nDelivery report.\r\n"
         "--b\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mail.example\r\n\r\n"
         "Final-Recipient: rfc822; putu@student.unud.ac.id\r\nAction: " + action + "\r\nStatus: " + status + "\r\n"
         "--b\r\nContent-Type: text/rfc822-headers\r\n\r\nMessage-ID: <" + our_message_id + ">\r\nSubject: x\r\n"
         "--b--\r\n";
}

TEST_F(IntakeTest, PermanentBounceTellsTheOfficerOnceAndADelayIsOnlyNoted) {
  deliver(kComplete, kMonday10);
  run(kMonday10 + seconds(5));
  auto t = find_ticket_by_number(*db_, "PST-2026-00001");
  ASSERT_TRUE(t && t->officer);
  const std::string ack_id = outbox().at(0).message_id;
  const std::string officer_email = *t->officer + "@example.test";

  // 4.x.y (delayed): noted on the ticket, nobody mailed, still deliverable.
  deliver(dsn(ack_id, "delayed", "4.4.7"), kMonday10 + seconds(60));
  run(kMonday10 + seconds(70));
  EXPECT_EQ(outbox().size(), 1u);
  EXPECT_FALSE(find_ticket(*db_, t->id)->undeliverable);
  EXPECT_EQ(event_types(t->id).back(), "bounce_noted");

  // failed + 5.x.y: undeliverable, and the officer gets one bounce_notice in the same transaction.
  deliver(dsn(ack_id, "failed", "5.1.1"), kMonday10 + seconds(120));
  IntakeStats s = run(kMonday10 + seconds(130));
  EXPECT_EQ(s.mails_queued, 1);
  EXPECT_TRUE(find_ticket(*db_, t->id)->undeliverable);
  auto out = outbox();
  ASSERT_EQ(out.size(), 2u);
  EXPECT_EQ(out[1].kind, "bounce_notice");
  EXPECT_EQ(out[1].ticket_id, t->id);
  EXPECT_EQ(out[1].recipients, std::vector<std::string>{officer_email});
  const std::string& m = out[1].data;
  EXPECT_NE(m.find("Subject: [PST-2026-00001] Surat ke pemohon tidak terkirim"), std::string::npos) << m;
  EXPECT_NE(m.find("putu@student.unud.ac.id failed 5.1.1"), std::string::npos) << m;
  EXPECT_NE(m.find("Auto-Submitted: auto-generated"), std::string::npos) << m;
  auto types = event_types(t->id);
  EXPECT_EQ(std::vector<std::string>(types.end() - 2, types.end()),
            (std::vector<std::string>{"bounce_failed", "bounce_notified"}));

  // A second permanent bounce for the same ticket: recorded, nobody mailed again.
  deliver(dsn(ack_id, "failed", "5.7.1"), kMonday10 + seconds(180));  // another report (same bytes are deduplicated)
  run(kMonday10 + seconds(190));
  EXPECT_EQ(outbox().size(), 2u);
  EXPECT_EQ(event_types(t->id).back(), "bounce_failed");
}

TEST_F(IntakeTest, PermanentBounceOnAnUnassignedTicketTellsTheSupervisors) {
  deliver(kNoInstitution, kMonday10);  // incomplete: no officer yet
  run(kMonday10 + seconds(5));
  auto t = find_ticket_by_number(*db_, "PST-2026-00001");
  ASSERT_TRUE(t);
  ASSERT_FALSE(t->officer);
  const std::string ask_id = outbox().at(0).message_id;
  deliver(dsn(ask_id, "failed", "5.2.2"), kMonday10 + seconds(60));
  run(kMonday10 + seconds(70));
  auto out = outbox();
  ASSERT_EQ(out.size(), 2u);
  EXPECT_EQ(out[1].kind, "bounce_notice");
  EXPECT_EQ(out[1].recipients, std::vector<std::string>{"ayu@example.test"});
  EXPECT_NE(out[1].data.find("(belum ada)"), std::string::npos) << out[1].data;
}

TEST_F(IntakeTest, ComplaintGoesToTheSupervisorWithoutAskingForDetails) {
  deliver(mail("From: anon@mail.example\r\nTo: bps5101@bps.go.id\r\nSubject: Pengaduan pelayanan\r\n"
               "Message-ID: <c1@mail.example>\r\n",
               "Saya ingin menyampaikan keluhan: permintaan data saya minggu lalu tidak dibalas sama sekali.\r\n"),
          kMonday10);
  run(kMonday10 + seconds(5));
  auto t = find_ticket_by_number(*db_, "PST-2026-00001");
  ASSERT_TRUE(t);
  EXPECT_EQ(t->kind, TicketKind::complaint);
  EXPECT_EQ(t->state, TicketState::open);
  EXPECT_EQ(t->officer, "ayu");
  EXPECT_TRUE(t->due.has_value());
  ASSERT_EQ(outbox().size(), 1u);
  EXPECT_EQ(outbox()[0].kind, "complaint_acknowledgement");
}

// A new mail that cites an old ticket and asks for something new opens its own ticket (its own clock
// and acknowledgement), linked to the old one; one that only asks about the old ticket joins it.
TEST_F(IntakeTest, NewRequestCitingAnOldTicketOpensItsOwnLinkedTicket) {
  deliver(kComplete, kMonday10);
  run(kMonday10 + seconds(5));
  auto first = find_ticket_by_number(*db_, "PST-2026-00001");
  ASSERT_TRUE(first);
  deliver(mail("From: Putu Ayu <putu@student.unud.ac.id>\r\nTo: bps5101@bps.go.id\r\n"
               "Subject: Permintaan data lanjutan\r\nMessage-ID: <next@mail.example>\r\n",
               "Selamat pagi,\r\n\r\nTerima kasih untuk data minggu lalu (tiket PST-2026-00001). Saya Putu Ayu "
               "Lestari, mahasiswa Universitas Udayana. Saya juga memerlukan data rata-rata lama sekolah "
               "Kabupaten Jembrana tahun 2015-2025.\r\n"),
          kMonday10 + seconds(3600));
  run(kMonday10 + seconds(3605));
  auto second = find_ticket_by_number(*db_, "PST-2026-00002");
  ASSERT_TRUE(second) << "a new request gets its own ticket";
  EXPECT_EQ(second->linked_ticket, first->id);
  EXPECT_EQ(second->start, kMonday10 + seconds(3600));
  deliver(mail("From: Putu Ayu <putu@student.unud.ac.id>\r\nTo: bps5101@bps.go.id\r\n"
               "Subject: Menanyakan status\r\nMessage-ID: <status@mail.example>\r\n",
               "Permohonan saya dengan tiket PST-2026-00001 sudah sampai mana ya?\r\n"),
          kMonday10 + seconds(7200));
  run(kMonday10 + seconds(7205));
  EXPECT_FALSE(find_ticket_by_number(*db_, "PST-2026-00003")) << "a question about the old ticket joins it";
}

// Another sender who cites someone's ticket number in a new request gets a ticket of their own and
// nothing of the cited one: no link to it, no word of it in their acknowledgement, no change on it.
TEST_F(IntakeTest, AStrangerCitingSomeonesTicketIsNotLinkedToIt) {
  deliver(kComplete, kMonday10);
  run(kMonday10 + seconds(5));
  auto victim = find_ticket_by_number(*db_, "PST-2026-00001");
  ASSERT_TRUE(victim);
  const std::size_t victim_events = ticket_events(*db_, victim->id).size();
  const std::size_t mails_before = outbox().size();
  deliver(mail("From: Eve <eve@evil.example>\r\nTo: bps5101@bps.go.id\r\n"
               "Subject: Permintaan data lanjutan\r\nMessage-ID: <eve@evil.example>\r\n",
               "Selamat pagi, saya Eve Mallory dari Universitas Udayana. Terkait tiket PST-2026-00001, saya juga "
               "memerlukan data rata-rata lama sekolah Kabupaten Jembrana tahun 2015-2025.\r\n"),
          kMonday10 + seconds(3600));
  run(kMonday10 + seconds(3605));
  auto own = find_ticket_by_number(*db_, "PST-2026-00002");
  ASSERT_TRUE(own) << "the stranger's request gets its own ticket";
  EXPECT_EQ(own->requester_address, "eve@evil.example");
  EXPECT_FALSE(own->linked_ticket.has_value()) << "not linked to a ticket that is not theirs";
  EXPECT_EQ(ticket_events(*db_, victim->id).size(), victim_events) << "the cited ticket is unchanged";
  const auto out = outbox();
  ASSERT_EQ(out.size(), mails_before + 1);
  const OutboxItem& ack = out.back();
  EXPECT_EQ(ack.recipients, std::vector<std::string>{"eve@evil.example"});
  for (const char* secret : {"Putu", "Lestari", "penduduk per kecamatan", "putu@student"})
    EXPECT_EQ(ack.data.find(secret), std::string::npos) << secret;
}

// A new mail that cites its ticket to rate it, beside a need it repeats (parsers/classify.cc), rates the
// ticket when its requester writes it; from another sender the same mail rates nothing and is kept for
// the officer (issue 15's rule for every mail that cites a ticket).
TEST_F(IntakeTest, ARatingInANewMailCitingTheTicketCountsOnlyFromItsRequester) {
  deliver(kComplete, kMonday10);
  run(kMonday10 + seconds(5));
  auto ticket = find_ticket_by_number(*db_, "PST-2026-00001");
  ASSERT_TRUE(ticket);
  const std::string body =
      "Menjawab permintaan penilaian: nilai saya 2. Sudah dua kali saya minta data penduduk per desa, yang dikirim "
      "tetap per kecamatan.\r\n";
  deliver(mail("From: Eve <eve@evil.example>\r\nTo: bps5101@bps.go.id\r\n"
               "Subject: Penilaian untuk tiket PST-2026-00001\r\nMessage-ID: <eve3@evil.example>\r\n",
               body),
          kMonday10 + seconds(3600));
  run(kMonday10 + seconds(3605));
  EXPECT_FALSE(find_rating(*db_, ticket->id).has_value()) << "a stranger's score rates nothing";
  EXPECT_FALSE(find_ticket_by_number(*db_, "PST-2026-00002")) << "nor opens a ticket of its own";
  auto types = event_types(ticket->id);
  EXPECT_NE(std::find(types.begin(), types.end(), "third_party_mail"), types.end());

  deliver(mail("From: Putu Ayu <putu@student.unud.ac.id>\r\nTo: bps5101@bps.go.id\r\n"
               "Subject: Penilaian untuk tiket PST-2026-00001\r\nMessage-ID: <rate2@mail.example>\r\n",
               body),
          kMonday10 + seconds(7200));
  run(kMonday10 + seconds(7205));
  const auto rating = find_rating(*db_, ticket->id);
  ASSERT_TRUE(rating.has_value()) << "the requester's own score counts";
  types = event_types(ticket->id);
  EXPECT_NE(std::find(types.begin(), types.end(), "rating_received"), types.end());
  EXPECT_FALSE(find_ticket_by_number(*db_, "PST-2026-00002")) << "the need it repeats opens no new ticket";
}

// A ticket number written in the subject outside a tag is cited like a tag, and from another sender
// it is kept for the officer and changes nothing, as a tag from another sender is (issue 15).
TEST_F(IntakeTest, AStrangerCitingATicketInTheSubjectChangesNothing) {
  deliver(kComplete, kMonday10);
  run(kMonday10 + seconds(5));
  auto victim = find_ticket_by_number(*db_, "PST-2026-00001");
  ASSERT_TRUE(victim);
  deliver(mail("From: Eve <eve@evil.example>\r\nTo: bps5101@bps.go.id\r\n"
               "Subject: makasih min (PST-2026-00001)\r\nMessage-ID: <eve2@evil.example>\r\n",
               "datanya udah masuk min, makasih banyak. nilai 1.\r\n"),
          kMonday10 + seconds(3600));
  run(kMonday10 + seconds(3605));
  auto after = find_ticket_by_number(*db_, "PST-2026-00001");
  ASSERT_TRUE(after);
  EXPECT_EQ(after->state, victim->state);
  EXPECT_EQ(after->due, victim->due);
  EXPECT_FALSE(find_ticket_by_number(*db_, "PST-2026-00002")) << "no ticket of its own either: it cited one";
  EXPECT_FALSE(find_rating(*db_, victim->id).has_value()) << "the stranger's 'nilai 1' rates nothing";
  const auto types = event_types(victim->id);
  EXPECT_NE(std::find(types.begin(), types.end(), "third_party_mail"), types.end());
  for (const auto& m : outbox())
    EXPECT_EQ(std::find(m.recipients.begin(), m.recipients.end(), "eve@evil.example"), m.recipients.end())
        << "no automatic mail to the stranger";
}

TEST_F(IntakeTest, OldMailIsTicketedButNotAnswered) {
  deliver(kComplete, kMonday10);
  run(kMonday10 + seconds(8 * 86400));
  auto t = find_ticket_by_number(*db_, "PST-2026-00001");
  ASSERT_TRUE(t);
  EXPECT_TRUE(outbox().empty());
  auto types = event_types(t->id);
  EXPECT_EQ(types.back(), "no_automatic_answer");
}

TEST_F(IntakeTest, AutomaticAnswersPerSenderAreCapped) {
  cfg_.limits.auto_per_sender_hour = 2;
  for (int i = 0; i < 4; ++i) {
    std::string raw = kComplete;
    raw.replace(raw.find("<req1@"), 6, "<req1" + std::to_string(i) + "@");
    raw.replace(raw.find("tahun 2024"), 10, "tahun 202" + std::to_string(i));
    deliver(raw, kMonday10 + seconds(i));
  }
  run(kMonday10 + seconds(10));
  Statement c = db_->prepare("SELECT count(*) FROM tickets");
  c.step();
  EXPECT_EQ(c.integer(0), 4);
  EXPECT_EQ(outbox().size(), 2u);
}

TEST_F(IntakeTest, NothingIsProcessedTwice) {
  deliver(kComplete, kMonday10);
  run(kMonday10 + seconds(5));
  IntakeStats again = run(kMonday10 + seconds(10));
  EXPECT_EQ(again.processed, 0);
  EXPECT_EQ(outbox().size(), 1u);
}

// pstq search finds a mail by its subject, its writer and what the understanding reads of its own
// words: the head and the tail (the signature); the middle of a long paste is not indexed (it was a
// third of the ingest of long mails) but stays in the stored mail.
TEST_F(IntakeTest, SearchIndexesTheHeadAndTailOfTheOwnWords) {
  const std::size_t understood = text::kUnderstandHeadBytes + text::kUnderstandTailBytes;
  std::string paste;
  while (paste.size() < 3 * understood) {
    if (paste.size() >= understood && paste.find("zamrudkhatulistiwa") == std::string::npos)
      paste += "Catatan di tengah tempelan: zamrudkhatulistiwa.\r\n";
    paste += "Tabel lanjutan kolom baris angka sementara menurut lapangan usaha dan kecamatan.\r\n";
  }
  deliver(mail("From: Putu Ayu <putu@student.unud.ac.id>\r\nTo: bps5101@bps.go.id\r\n"
               "Subject: Permohonan data pariwisata\r\nMessage-ID: <long@mail.example>\r\n",
               "Selamat pagi,\r\n\r\nSaya membutuhkan data kunjungan wisatawan di Kabupaten Jembrana tahun 2024.\r\n\r\n" +
                   paste + "Kata penutup terakhir: samudrabiru.\r\n\r\nHormat saya,\r\nPutu Ayu Lestari\r\n"),
          kMonday10);
  ASSERT_EQ(run(kMonday10 + seconds(5)).processed, 1);
  for (const char* words : {"wisatawan", "pariwisata", "Lestari", "samudrabiru", "putu@student.unud.ac.id"})
    EXPECT_EQ(search_tickets(*db_, words, 10).size(), 1u) << words;
  EXPECT_TRUE(search_tickets(*db_, "zamrudkhatulistiwa", 10).empty()) << "the middle of the paste is not indexed";
  Statement s = db_->prepare("SELECT max(length(body)) FROM search_index");
  ASSERT_TRUE(s.step());
  EXPECT_LE(s.int64(0), static_cast<std::int64_t>(understood + 2));
  EXPECT_GT(s.int64(0), static_cast<std::int64_t>(understood / 2));
  Statement m = db_->prepare("SELECT length(raw) FROM raw_mail");
  ASSERT_TRUE(m.step());
  EXPECT_GT(m.int64(0), static_cast<std::int64_t>(3 * understood)) << "the mail itself is whole";
}

// The store keeps the own words once, in the raw mail: messages.parsed leaves them out, and the thread
// an officer reads (pstq show) shows them - the request without the quoted history under it.
TEST_F(IntakeTest, TheThreadShowsTheOwnWordsThatTheStoreKeepsOnlyInTheRawMail) {
  deliver(mail("From: Putu Ayu <putu@student.unud.ac.id>\r\nTo: bps5101@bps.go.id\r\n"
               "Subject: Permohonan data pariwisata\r\nMessage-ID: <own@mail.example>\r\n",
               "Selamat pagi,\r\n\r\nSaya Putu Ayu Lestari dari Universitas Udayana, mohon data kunjungan "
               "wisatawan di Kabupaten Jembrana tahun 2024.\r\n\r\nOn Mon, Nov 23, 2026 at 9:14 AM Budi "
               "<budi@example.id> wrote:\r\n> Catatan lama yang dikutip: kutipanlama.\r\n"),
          kMonday10);
  ASSERT_EQ(run(kMonday10 + seconds(5)).processed, 1);
  Statement s = db_->prepare("SELECT parsed FROM messages");
  ASSERT_TRUE(s.step());
  const std::string parsed = s.text(0);
  EXPECT_EQ(parsed.find("\"text\""), std::string::npos) << parsed;
  EXPECT_NE(parsed.find("\"institution\":\"Universitas Udayana\""), std::string::npos) << parsed;
  auto t = find_ticket_by_number(*db_, "PST-2026-00001");
  ASSERT_TRUE(t);
  auto thread = ticket_thread(*db_, t->id, MimeLimits{});
  ASSERT_FALSE(thread.empty());
  EXPECT_NE(thread[0].text.find("mohon data kunjungan wisatawan"), std::string::npos) << thread[0].text;
  EXPECT_EQ(thread[0].text.find("kutipanlama"), std::string::npos) << "the quoted history is not the own words";
  // A row stored before the change keeps its own words in messages.parsed; the thread shows those.
  db_->exec("UPDATE messages SET parsed = json_set(parsed, '$.text', 'kata-kata tersimpan')");
  EXPECT_EQ(ticket_thread(*db_, t->id, MimeLimits{})[0].text, "kata-kata tersimpan");
}

// Fresh mail is parsed one batch ahead on a helper thread while the batch before it is written; a
// mail attempted before (a suspect) goes alone, after everything that arrived before it. Across
// several batches and a suspect in the middle: every mail processed once, tickets and log lines in
// arrival order, each attempt counted before its mail was parsed.
TEST_F(IntakeTest, BatchesParsedAheadKeepArrivalOrderAndCountAttemptsFirst) {
  constexpr int kMails = 67;  // several batches of 20 and a partial one
  for (int i = 0; i < kMails; ++i) {
    std::string raw = kComplete;
    raw.replace(raw.find("<req1@"), 6, "<order" + std::to_string(i) + "@");
    raw.replace(raw.find("putu@student"), 4, "putu" + std::to_string(i));
    deliver(raw, kMonday10 + seconds(i));
  }
  db_->exec("UPDATE messages SET attempts = 1 WHERE uid = 30");  // a suspect: it crashed the daemon once
  IntakeStats stats = run(kMonday10 + seconds(100));
  EXPECT_EQ(stats.processed, kMails);
  EXPECT_EQ(stats.tickets_opened, kMails);

  Statement q = db_->prepare("SELECT id, uid, ticket_id, attempts, state FROM messages ORDER BY id");
  std::int64_t last_ticket = 0;
  int rows = 0;
  while (q.step()) {
    ++rows;
    EXPECT_EQ(q.text(4), "processed") << "uid " << q.int64(1);
    EXPECT_GT(q.int64(2), last_ticket) << "tickets follow arrival (uid " << q.int64(1) << ")";
    last_ticket = q.int64(2);
    EXPECT_EQ(q.int64(3), q.int64(1) == 30 ? 2 : 1) << "uid " << q.int64(1);
  }
  EXPECT_EQ(rows, kMails);
  ASSERT_EQ(log_.size(), static_cast<std::size_t>(kMails));
  for (int i = 0; i < kMails; ++i)
    EXPECT_EQ(log_[i].rfind(fmt::format("message {} (uid {}):", i + 1, i + 1), 0), 0u) << log_[i];
}

}  // namespace
}  // namespace pst
