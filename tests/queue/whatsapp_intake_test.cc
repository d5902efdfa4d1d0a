// whatsapp_intake_test.cc: stored WhatsApp webhooks acted on, on a real store with the shipped
// holiday files and a fixed clock: the out-of-hours note says when the office opens, a flood from
// one number gets a bounded number of answers, status webhooks become events on the ticket (a
// failure with Meta's code), and a body that cannot be read is marked failed without losing others.
#include "queue/whatsapp_intake.h"

#include <filesystem>

#include <fmt/format.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "calendar/office_calendar.h"
#include "queue/outbox.h"
#include "queue/store.h"
#include "queue/whatsapp_inbox.h"

namespace pst {
namespace {
namespace fs = std::filesystem;
using std::chrono::hours;
using std::chrono::seconds;

// 2026-11-30 (Monday) 10:00 WITA = 02:00 UTC; 2026-12-05 is a Saturday.
const Instant kMonday10 = Instant{seconds{1796004000}};
const Instant kSaturday10 = kMonday10 + hours(24 * 5);
constexpr const char* kPhone = "123456789012345";

std::string text_body(const std::string& wamid, const std::string& from, const std::string& text, Instant at) {
  nlohmann::json m = {{"from", from}, {"id", wamid}, {"timestamp", std::to_string(at.time_since_epoch().count())},
                      {"type", "text"}, {"text", {{"body", text}}}};
  nlohmann::json value = {{"messaging_product", "whatsapp"},
                          {"metadata", {{"display_phone_number", "6282122115101"}, {"phone_number_id", kPhone}}},
                          {"messages", {m}}};
  return nlohmann::json{{"object", "whatsapp_business_account"},
                        {"entry", {{{"id", "1"}, {"changes", {{{"field", "messages"}, {"value", value}}}}}}}}
      .dump();
}

std::string status_body(const std::string& wamid, const std::string& status, std::optional<long long> code) {
  nlohmann::json st = {{"id", wamid}, {"status", status}, {"timestamp", "1796004100"}, {"recipient_id", "6281234567890"}};
  if (code) st["errors"] = {{{"code", *code}, {"title", "Re-engagement message"}}};
  nlohmann::json value = {{"messaging_product", "whatsapp"},
                          {"metadata", {{"display_phone_number", "6282122115101"}, {"phone_number_id", kPhone}}},
                          {"statuses", {st}}};
  return nlohmann::json{{"object", "whatsapp_business_account"},
                        {"entry", {{{"id", "1"}, {"changes", {{{"field", "messages"}, {"value", value}}}}}}}}
      .dump();
}

class WhatsAppIntakeTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("pst-wa-intake-" + std::to_string(::getpid()) + "-" +
                                        ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::create_directories(dir_);
    cfg_.office.name = "BPS Kabupaten Jembrana";
    cfg_.office.hours = default_office_hours();
    cfg_.office.holiday_files = {PSTMAIL_SOURCE_DIR "/config/holidays/id-2026.yaml",
                                 PSTMAIL_SOURCE_DIR "/config/holidays/id-2027.yaml"};
    cfg_.templates_dir = PSTMAIL_SOURCE_DIR "/templates";
    cfg_.smtp.from = "PST BPS Kabupaten Jembrana <bps5101@bps.go.id>";
    cfg_.officers = {{"made", "I Made Sudarma", "made@example.test", "officer"}};
    cfg_.whatsapp.emplace();
    cfg_.whatsapp->number = "+62 821-2211-5101";
    cfg_.whatsapp->phone_number_id = kPhone;
    cal_ = make_work_calendar(cfg_.office);
    db_ = open_store((dir_ / "pst.db").string());
  }
  void TearDown() override {
    db_.reset();
    fs::remove_all(dir_);
  }

  WhatsAppIntakeStats act(Instant now) {
    return process_whatsapp(*db_, make_intake_settings(cfg_, cal_, now), now, 100,
                            [this](const std::string& l) { log_.push_back(l); });
  }
  void store(const std::string& body, const std::string& key, Instant at) {
    store_whatsapp_webhook(*db_, body, {key}, at);
  }
  std::vector<std::string> texts() {  // queued WhatsApp texts, in the order they were queued
    std::vector<std::string> out;
    Statement s = db_->prepare("SELECT data FROM outbox ORDER BY id");
    while (s.step()) out.push_back(nlohmann::json::parse(s.text(0))["text"]["body"].get<std::string>());
    return out;
  }
  int count(const std::string& sql) {
    Statement s = db_->prepare(sql);
    s.step();
    return s.integer(0);
  }
  /// A complete request by WhatsApp opens a ticket; its acknowledgement is recorded as sent under
  /// each of `wamids` (the Cloud API's ids, whose statuses then name it).
  void open_ticket_answered_as(std::initializer_list<const char*> wamids) {
    store(text_body("wamid.T1", "6281234567890",
                    "Selamat pagi, saya Putu Ayu dari Universitas Udayana. Saya ingin meminta data IPM Jembrana 2024.",
                    kMonday10),
          "m:wamid.T1", kMonday10);
    ASSERT_EQ(act(kMonday10).tickets_opened, 1);
    const auto items = due_mail(*db_, kMonday10 + hours(1), 10);
    ASSERT_EQ(items.size(), 1u);
    for (const char* wamid : wamids)
      db_->prepare("INSERT INTO whatsapp_sent (wamid, outbox_id, ticket_id) VALUES (?, ?, ?)")
          .bind(1, wamid)
          .bind(2, items[0].id)
          .bind(3, *items[0].ticket_id)
          .run();
  }

  fs::path dir_;
  Config cfg_;
  WorkCalendar cal_;
  std::unique_ptr<Database> db_;
  std::vector<std::string> log_;
};

TEST_F(WhatsAppIntakeTest, OutsideServiceHoursTheAnswerSaysWhenTheOfficeOpens) {
  store(text_body("wamid.S1", "6281234567890", "halo", kSaturday10), "m:wamid.S1", kSaturday10);
  EXPECT_EQ(act(kSaturday10).messages_queued, 1);
  store(text_body("wamid.M1", "6289999999999", "halo", kMonday10), "m:wamid.M1", kMonday10);
  EXPECT_EQ(act(kMonday10).messages_queued, 1);
  const auto t = texts();
  ASSERT_EQ(t.size(), 2u);
  EXPECT_NE(t[0].find("Di luar jam layanan"), std::string::npos) << t[0];
  EXPECT_NE(t[0].find("Senin"), std::string::npos) << t[0];  // Monday 7 December, 08:00
  EXPECT_EQ(t[1].find("Di luar jam layanan"), std::string::npos) << t[1];
}

TEST_F(WhatsAppIntakeTest, AFloodFromOneNumberGetsABoundedNumberOfAnswers) {
  cfg_.limits.auto_per_sender_hour = 2;
  for (int i = 0; i < 5; ++i) {
    const std::string id = fmt::format("wamid.F{}", i);
    store(text_body(id, "6281234567890", "halo", kMonday10 + seconds(i)), "m:" + id, kMonday10 + seconds(i));
  }
  const auto s = act(kMonday10 + seconds(10));
  EXPECT_EQ(s.messages, 5);
  EXPECT_EQ(s.messages_queued, 2);
  EXPECT_EQ(count("SELECT count(*) FROM whatsapp_webhooks WHERE state = 'processed'"), 5);  // all read
}

TEST_F(WhatsAppIntakeTest, StatusesBecomeEventsAndAFailureCarriesMetasCode) {
  open_ticket_answered_as({"wamid.OURS"});
  if (HasFatalFailure()) return;
  store(status_body("wamid.OURS", "delivered", std::nullopt), "s:wamid.OURS:delivered", kMonday10);
  store(status_body("wamid.OURS", "failed", 131047), "s:wamid.OURS:failed", kMonday10);
  store(status_body("wamid.UNKNOWN", "read", std::nullopt), "s:wamid.UNKNOWN:read", kMonday10);
  act(kMonday10 + seconds(5));
  EXPECT_EQ(count("SELECT count(*) FROM events WHERE type = 'whatsapp_status' AND detail LIKE '%delivered%'"), 1);
  EXPECT_EQ(count("SELECT count(*) FROM events WHERE type = 'whatsapp_failed' AND detail LIKE '%131047%'"), 1);
  // The requester was not reached: the ticket's officer is told by mail, as for a bounce.
  EXPECT_EQ(count("SELECT count(*) FROM outbox WHERE kind = 'bounce_notice' AND recipients = 'made@example.test'"), 1);
}

// Several messages of one reply failing make one notice to the officer, not one each; once the
// requester writes again, a new failure is news again.
TEST_F(WhatsAppIntakeTest, FailuresTellTheOfficerOnceUntilTheRequesterWritesAgain) {
  open_ticket_answered_as({"wamid.A", "wamid.B", "wamid.C"});
  if (HasFatalFailure()) return;
  const std::string notices = "SELECT count(*) FROM outbox WHERE kind = 'bounce_notice'";
  for (const char* wamid : {"wamid.A", "wamid.B"})
    store(status_body(wamid, "failed", 131047), std::string("s:") + wamid + ":failed", kMonday10);
  act(kMonday10 + seconds(5));
  EXPECT_EQ(count("SELECT count(*) FROM events WHERE type = 'whatsapp_failed'"), 2);
  EXPECT_EQ(count(notices), 1);
  store(text_body("wamid.T2", "6281234567890", "Halo, apakah datanya sudah ada?", kMonday10 + seconds(30)),
        "m:wamid.T2", kMonday10 + seconds(30));
  store(status_body("wamid.C", "failed", 131026), "s:wamid.C:failed", kMonday10 + seconds(40));
  act(kMonday10 + seconds(45));
  EXPECT_EQ(count(notices), 2);
}

TEST_F(WhatsAppIntakeTest, TheChannelsOwnDeadlineRuleWhenItHasOne) {
  auto due_of = [&](const std::string& wa_id, const std::string& wamid) {
    store(text_body(wamid, wa_id,
                    "Selamat pagi, saya Putu Ayu dari Universitas Udayana. Saya ingin meminta data IPM Jembrana 2024.",
                    kMonday10),
          "m:" + wamid, kMonday10);
    act(kMonday10);
    Statement s = db_->prepare("SELECT due FROM tickets WHERE requester_address = ?");
    s.bind(1, "whatsapp:+" + wa_id);
    EXPECT_TRUE(s.step());
    return Instant{seconds{s.int64(0)}};
  };
  const Instant office = due_of("6281000000001", "wamid.D1");  // sla: 3 working days
  cfg_.whatsapp->sla = SlaRule{};
  cfg_.whatsapp->sla->days = 1;
  const Instant own = due_of("6281000000002", "wamid.D2");
  EXPECT_EQ(office - own, hours(48)) << "Monday + 3 working days vs + 1 (no holiday that week)";
}

TEST_F(WhatsAppIntakeTest, AnUnreadableStoredBodyIsMarkedFailedAndTheRestGoOn) {
  store("{not json", "m:wamid.BAD", kMonday10);
  store(text_body("wamid.OK", "6281234567890", "halo", kMonday10), "m:wamid.OK", kMonday10);
  const auto s = act(kMonday10);
  EXPECT_EQ(s.failed, 1);
  EXPECT_EQ(s.messages_queued, 1);
  EXPECT_EQ(count("SELECT count(*) FROM whatsapp_webhooks WHERE state = 'failed'"), 1);
  ASSERT_EQ(log_.size(), 1u);
  EXPECT_NE(log_[0].find("not processed"), std::string::npos) << log_[0];
}

}  // namespace
}  // namespace pst
