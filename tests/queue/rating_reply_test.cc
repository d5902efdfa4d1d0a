// rating_reply_test.cc: a rating given by reply (kind rating) is recorded on its ticket, in any state:
// score converted to 1..5 from a stated scale and kept as written, the other words as feedback.
#include <filesystem>

#include <gtest/gtest.h>

#include "calendar/office_calendar.h"
#include "config/config.h"
#include "queue/intake.h"
#include "queue/messages.h"
#include "queue/ratings.h"
#include "queue/store.h"
#include "queue/tickets.h"

namespace pst {
namespace {
namespace fs = std::filesystem;
using std::chrono::seconds;

const Instant kMonday10 = Instant{seconds{1796004000}};

std::string mail(const std::string& headers, const std::string& body) {
  return "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\n" + headers + "\r\n" + body;
}

class RatingReplyTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("pst-rating-reply-" + std::to_string(::getpid()) + "-" +
                                        ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::create_directories(dir_);
    cfg_.office.hours = default_office_hours();
    cfg_.office.holiday_files = {PSTMAIL_SOURCE_DIR "/config/holidays/id-2026.yaml"};
    cfg_.templates_dir = PSTMAIL_SOURCE_DIR "/templates";
    cfg_.smtp.from = "PST BPS Kabupaten Jembrana <bps5101@bps.go.id>";
    cfg_.officers = {{"made", "I Made Sudarma", "made@example.test", "officer"}};
    cal_ = make_work_calendar(cfg_.office);
    db_ = open_store((dir_ / "pst.db").string());
  }
  void TearDown() override {
    db_.reset();
    fs::remove_all(dir_);
  }
  void deliver_and_run(const std::string& raw, Instant at) {
    store_fetched(*db_, "INBOX", 1, {{++uid_, at, raw}}, at);
    (void)process_pending(*db_, make_intake_settings(cfg_, cal_, at), at, 100, [](const std::string&) {});
  }

  fs::path dir_;
  Config cfg_;
  WorkCalendar cal_;
  std::unique_ptr<Database> db_;
  std::int64_t uid_ = 0;
};

TEST_F(RatingReplyTest, ScoreOnAnotherScaleIsConvertedAndTheRestIsFeedback) {
  deliver_and_run(mail("From: Putu Ayu <putu@student.unud.ac.id>\r\nTo: bps5101@bps.go.id\r\n"
                       "Subject: Permohonan data penduduk\r\nMessage-ID: <req1@mail.example>\r\n",
                       "Selamat pagi,\r\n\r\nPerkenalkan, nama saya Putu Ayu Lestari, mahasiswa Universitas Udayana.\r\n"
                       "Saya membutuhkan data jumlah penduduk per kecamatan di Kabupaten Jembrana tahun 2024.\r\n"),
                  kMonday10);
  auto t = find_ticket_by_number(*db_, "PST-2026-00001");
  ASSERT_TRUE(t);
  t->state = TicketState::closed;
  t->closed = kMonday10 + seconds(3600);
  update_ticket(*db_, *t, kMonday10 + seconds(3600));

  deliver_and_run(mail("From: Putu Ayu <putu@student.unud.ac.id>\r\nTo: bps5101@bps.go.id\r\n"
                       "Subject: Re: [PST-2026-00001] Permintaan selesai\r\nMessage-ID: <rate1@mail.example>\r\n"
                       "In-Reply-To: <req1@mail.example>\r\n",
                       "Nilai: 3/4\r\n\r\nDatanya lengkap, terima kasih banyak.\r\n"),
                  kMonday10 + seconds(7200));
  std::optional<StoredRating> r = find_rating(*db_, t->id);
  ASSERT_TRUE(r) << "rating reply not recorded";
  EXPECT_EQ(r->source, "reply");
  EXPECT_EQ(r->overall, 4);
  EXPECT_EQ(r->as_written, "3/4");
  EXPECT_EQ(r->feedback, "Datanya lengkap, terima kasih banyak.");
  EXPECT_EQ(find_ticket(*db_, t->id)->state, TicketState::closed) << "a rating does not reopen";
}

}  // namespace
}  // namespace pst
