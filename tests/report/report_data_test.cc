// report_data_test.cc: every figure of `pstq report` for the scripted December 2026 (scenario.h):
// volumes and breakdowns, the service standard over the Christmas holidays (working hours to the
// exact value, median, p90, waiting for the requester), weekly buckets, satisfaction (index and
// grade), complaints and overdue tickets. Plus the pure pieces: clock detail parsing, duration
// summaries, periods, and the per-ticket rules of ticket_facts.h.
#include "report/report_data.h"

#include <gtest/gtest.h>

#include "tests/report/scenario.h"

namespace pst {
namespace {

using std::chrono::hours;
using std::chrono::minutes;
using std::chrono::seconds;
using test::wita;

class ReportDataTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    scenario_ = test::build_scenario("data").release();
    auto p = month_period("2026-12");
    ASSERT_TRUE(p);
    report_ = new Report(read_report(*scenario_->db, scenario_->calendar, *p, scenario_->now,
                                     scenario_->config.officers, "BPS Kabupaten Jembrana"));
  }
  static void TearDownTestSuite() {
    delete report_;
    delete scenario_;
  }
  static test::Scenario* scenario_;
  static Report* report_;
  const Report& r() { return *report_; }
};
test::Scenario* ReportDataTest::scenario_ = nullptr;
Report* ReportDataTest::report_ = nullptr;

TEST_F(ReportDataTest, PeriodIsDecemberInTheOfficeZone) {
  EXPECT_EQ(r().begin, wita(2026, 12, 1, 0, 0));
  EXPECT_EQ(r().end, wita(2027, 1, 1, 0, 0));
  EXPECT_EQ(r().now, wita(2027, 1, 4, 10, 0));
  EXPECT_DOUBLE_EQ(r().day_hours, 7.5);
}

TEST_F(ReportDataTest, Volumes) {
  EXPECT_EQ(r().requests, 10);        // 02 03 04 05 07 09 10 11 12 14 (08 is spam)
  EXPECT_EQ(r().complaints, 2);       // 06 13
  EXPECT_EQ(r().replies, 10);         // 01's reply on 1 Dec counts: made in December
  EXPECT_EQ(r().questions, 1);        // 09
  EXPECT_EQ(r().never_complete, 1);   // 07
  EXPECT_EQ(r().spam, 1);
  EXPECT_EQ(r().merged, 0);
}

TEST_F(ReportDataTest, ByOfficerInstitutionTypeAndLanguage) {
  const std::vector<CountRow> officers = {{"made", "I Made Sudarma", 4, 2, 6},
                                          {"wayan", "I Wayan Sudiarta", 5, 0, 4},
                                          {"", "(belum ditugaskan)", 1, 0, 0}};
  EXPECT_EQ(r().by_officer, officers);
  const std::vector<CountRow> types = {{"university", "Perguruan tinggi", 3, 0, 0},
                                       {"government", "Pemerintah", 2, 1, 0},
                                       {"company", "Perusahaan", 2, 1, 0},
                                       {"public", "Umum", 3, 0, 0}};
  EXPECT_EQ(r().by_institution, types);
  const std::vector<CountRow> languages = {{"id", "Bahasa Indonesia", 7, 2, 0}, {"en", "English", 3, 0, 0}};
  EXPECT_EQ(r().by_language, languages);
}

TEST_F(ReportDataTest, ByChannel) {
  const std::vector<CountRow> channels = {{"email", "e-mail", 10, 2, 0}};
  EXPECT_EQ(r().by_channel, channels);
}

// Issue 18: the report splits by channel: the three English requests came on WhatsApp.
TEST(ReportChannels, WhatsAppTicketsAreCountedApart) {
  auto scenario = test::build_scenario("channels");
  scenario->db->exec("UPDATE tickets SET channel = 'whatsapp' WHERE kind = 'request' AND language = 'en'");
  auto p = month_period("2026-12");
  ASSERT_TRUE(p);
  const Report r = read_report(*scenario->db, scenario->calendar, *p, scenario->now, scenario->config.officers, "x");
  const std::vector<CountRow> channels = {{"email", "e-mail", 7, 2, 0}, {"whatsapp", "WhatsApp", 3, 0, 0}};
  EXPECT_EQ(r.by_channel, channels);
}

TEST_F(ReportDataTest, AnsweredWithinTheDeadline) {
  EXPECT_EQ(r().complete, 11);              // clocks started in December: 02-06, 09-14
  EXPECT_EQ(r().answered_on_time, 7);       // 02 03 05 06 09 10 12
  EXPECT_EQ(r().answered_late, 2);          // 04 (due 9 Dec, 10 Dec), 11 (due 29 Dec, 30 Dec)
  EXPECT_EQ(r().reply_overdue, 1);          // 13
  EXPECT_EQ(r().reply_pending, 1);          // 14 (due 5 Jan 2027)
  EXPECT_EQ(r().closed_without_reply, 0);
  ASSERT_TRUE(r().answered_on_time_share);
  EXPECT_DOUBLE_EQ(*r().answered_on_time_share, 0.7);  // 7 / (7 + 2 + 1)
}

TEST_F(ReportDataTest, ClosedWithinTheDeadline) {
  EXPECT_EQ(r().closed_on_time, 5);   // 02 03 06 09 12
  EXPECT_EQ(r().closed_late, 3);      // 04, 05 (11 Dec > 10 Dec), 10 (29 Dec > 28 Dec)
  EXPECT_EQ(r().close_overdue, 2);    // 11 (answered, due 29 Dec), 13
  EXPECT_EQ(r().close_pending, 1);    // 14
  ASSERT_TRUE(r().closed_on_time_share);
  EXPECT_DOUBLE_EQ(*r().closed_on_time_share, 0.5);
}

TEST_F(ReportDataTest, WorkingHoursToFirstReplyAcrossTheHoliday) {
  // 2, 2, 4, 6.5 (12: 23 Dec 10:00 -> 28 Dec 09:00 over 24-27 Dec), 7.5, 7.5, 18 (09: 31 - 13
  // waiting), 24.5 (11: 22 Dec 14:00 -> 30 Dec 08:30), 25 (04)
  EXPECT_EQ(r().to_first_reply.count, 9u);
  EXPECT_DOUBLE_EQ(*r().to_first_reply.median_hours, 7.5);
  EXPECT_DOUBLE_EQ(*r().to_first_reply.p90_hours, 25.0);  // rank ceil(8.1) = 9
  EXPECT_DOUBLE_EQ(r().to_first_reply.total_hours, 97.0);
  const std::array<int, kReplyBins> bins = {0, 4, 2, 1, 2};
  EXPECT_EQ(r().reply_bins, bins);
}

TEST_F(ReportDataTest, WorkingHoursToClose) {
  // 3, 7.5, 7.5, 9.5, 18, 25, 31, 31
  EXPECT_EQ(r().to_close.count, 8u);
  EXPECT_DOUBLE_EQ(*r().to_close.median_hours, 13.75);  // (9.5 + 18) / 2
  EXPECT_DOUBLE_EQ(*r().to_close.p90_hours, 31.0);      // rank ceil(7.2) = 8
  EXPECT_DOUBLE_EQ(r().to_close.total_hours, 132.5);
}

TEST_F(ReportDataTest, WaitingForTheRequester) {
  // 09: asked Mon 14 Dec 10:00, answer Wed 16 Dec 08:00 -> 5.5 + 7.5 working hours.
  EXPECT_EQ(r().waiting.count, 1u);
  EXPECT_DOUBLE_EQ(r().waiting.total_hours, 13.0);
  EXPECT_DOUBLE_EQ(*r().waiting.median_hours, 13.0);
}

TEST_F(ReportDataTest, OverdueNow) {
  ASSERT_EQ(r().overdue_now.size(), 1u);
  EXPECT_EQ(r().overdue_now[0].number, "PST-2026-00013");
  EXPECT_EQ(r().overdue_now[0].kind, "complaint");
  EXPECT_EQ(r().overdue_now[0].officer, "made");
  EXPECT_EQ(r().overdue_now[0].due, wita(2026, 12, 31, 15, 30));
}

TEST_F(ReportDataTest, WeeklyBuckets) {
  struct Want {
    date::local_days first, last;
    int requests, complaints, replies, complete, on_time, judged;
  };
  using date::local_days, date::year;
  auto day = [](unsigned d) { return local_days{year{2026} / 12 / d}; };
  const Want want[] = {{day(1), day(6), 4, 0, 3, 3, 2, 3},
                       {day(7), day(13), 1, 1, 3, 2, 2, 2},
                       {day(14), day(20), 1, 0, 1, 1, 1, 1},
                       {day(21), day(27), 3, 0, 1, 3, 2, 3},
                       {day(28), day(31), 1, 1, 2, 2, 0, 1}};
  ASSERT_EQ(r().weeks.size(), std::size(want));
  for (std::size_t i = 0; i < std::size(want); ++i) {
    SCOPED_TRACE(i);
    const WeekRow& w = r().weeks[i];
    EXPECT_EQ(w.first, want[i].first);
    EXPECT_EQ(w.last, want[i].last);
    EXPECT_EQ(w.requests, want[i].requests);
    EXPECT_EQ(w.complaints, want[i].complaints);
    EXPECT_EQ(w.replies, want[i].replies);
    EXPECT_EQ(w.complete, want[i].complete);
    EXPECT_EQ(w.answered_on_time, want[i].on_time);
    EXPECT_EQ(w.judged, want[i].judged);
  }
}

TEST_F(ReportDataTest, Satisfaction) {
  const SatisfactionSummary& s = r().satisfaction;
  EXPECT_EQ(s.count, 5u);  // 01 02 03 04 09; 12's rating is from January
  const std::array<std::size_t, 5> dist = {0, 1, 0, 2, 2};
  EXPECT_EQ(s.distribution, dist);
  EXPECT_DOUBLE_EQ(*s.overall_mean, 4.0);
  EXPECT_EQ(s.element_counts[0], 3u);
  EXPECT_DOUBLE_EQ(*s.element_means[0], 8.0 / 3.0);  // (3 + 1 + 4) / 3
  for (std::size_t i = 1; i < kElementCount; ++i) EXPECT_DOUBLE_EQ(*s.element_means[i], 3.0);
  EXPECT_DOUBLE_EQ(*s.index, 74.07);  // (8/3 + 8 x 3) / 9 x 25 = 74.074...
  EXPECT_EQ(*s.grade, 'C');
  EXPECT_EQ(r().closed_in_period, 9);  // 01 02 03 04 05 06 09 10 12 (spam 08 left out)
  EXPECT_EQ(r().closed_rated, 6);      // 01 02 03 04 09 12 (12 rated in January)
  EXPECT_DOUBLE_EQ(*r().response_rate, 6.0 / 9.0);
  ASSERT_EQ(r().feedback.size(), 3u);
  EXPECT_EQ(r().feedback[0].number, "PST-2026-00002");
  EXPECT_EQ(r().feedback[0].text, "=SUM(A1) cepat sekali");
  EXPECT_EQ(r().feedback[1].number, "PST-2026-00004");
  EXPECT_EQ(r().feedback[1].overall, 2);
  EXPECT_EQ(r().feedback[2].number, "PST-2026-00009");
}

TEST_F(ReportDataTest, Complaints) {
  ASSERT_EQ(r().complaint_list.size(), 2u);
  const ComplaintRow& a = r().complaint_list[0];
  EXPECT_EQ(a.number, "PST-2026-00006");
  EXPECT_EQ(a.state, "closed");
  EXPECT_EQ(a.officer, "made");
  EXPECT_EQ(a.institution, "Koperasi Tani Makmur");
  EXPECT_EQ(a.closed, wita(2026, 12, 10, 8, 30));
  EXPECT_DOUBLE_EQ(*a.hours_to_close, 3.0);
  const ComplaintRow& b = r().complaint_list[1];
  EXPECT_EQ(b.number, "PST-2026-00013");
  EXPECT_EQ(b.state, "open");
  EXPECT_FALSE(b.closed);
  EXPECT_FALSE(b.hours_to_close);
}

TEST_F(ReportDataTest, NovemberSeesOnlyItsOwnTicket) {
  const Report nov = read_report(*scenario_->db, scenario_->calendar, *month_period("2026-11"), scenario_->now,
                                 scenario_->config.officers, "x");
  EXPECT_EQ(nov.requests, 1);
  EXPECT_EQ(nov.complete, 1);
  EXPECT_EQ(nov.replies, 0);            // its reply was made on 1 December
  EXPECT_EQ(nov.answered_on_time, 1);   // judged as at now: due 2 Dec, answered 1 Dec
  EXPECT_EQ(nov.satisfaction.count, 0u);
  EXPECT_EQ(nov.closed_in_period, 0);
  EXPECT_FALSE(nov.response_rate);
}

// ---- the pure pieces ----------------------------------------------------------------------------

TEST(ReportPeriod, MonthsAndPreviousMonth) {
  using date::local_days, date::year;
  EXPECT_EQ(month_period("2026-02"), (ReportPeriod{local_days{year{2026} / 2 / 1}, local_days{year{2026} / 2 / 28}}));
  EXPECT_EQ(month_period("2028-02")->last, local_days{year{2028} / 2 / 29});
  EXPECT_FALSE(month_period("2026-13"));
  EXPECT_FALSE(month_period("2026-1"));
  EXPECT_FALSE(month_period("2026-11-01"));
  EXPECT_EQ(previous_month(local_days{year{2027} / 1 / 4}),
            (ReportPeriod{local_days{year{2026} / 12 / 1}, local_days{year{2026} / 12 / 31}}));
}

TEST(ReportDurations, MedianAndNearestRankP90) {
  auto h = [](double x) { return seconds{static_cast<long>(x * 3600)}; };
  DurationSummary one = summarise_durations({h(5)});
  EXPECT_DOUBLE_EQ(*one.median_hours, 5);
  EXPECT_DOUBLE_EQ(*one.p90_hours, 5);
  DurationSummary ten = summarise_durations({h(10), h(1), h(2), h(3), h(4), h(5), h(6), h(7), h(8), h(9)});
  EXPECT_DOUBLE_EQ(*ten.median_hours, 5.5);
  EXPECT_DOUBLE_EQ(*ten.p90_hours, 9);  // rank 9 of 10
  EXPECT_DOUBLE_EQ(ten.total_hours, 55);
  DurationSummary none = summarise_durations({});
  EXPECT_EQ(none.count, 0u);
  EXPECT_FALSE(none.median_hours);
  EXPECT_FALSE(none.p90_hours);
}

TEST(ReportClockDetail, ParsesWhatIntakeWrites) {
  auto d = parse_clock_detail(
      "start 2026-12-07T08:00:00+08:00, due 2026-12-10T15:30:00+08:00; warning: no holiday file covers 2028");
  ASSERT_TRUE(d);
  EXPECT_EQ(d->start, wita(2026, 12, 7, 8, 0));
  EXPECT_EQ(d->due, wita(2026, 12, 10, 15, 30));
  EXPECT_FALSE(parse_clock_detail(""));
  EXPECT_FALSE(parse_clock_detail("start soon, due later"));
  EXPECT_FALSE(parse_clock_detail("question queued (outbox 4); clock stopped"));
}

class TicketFactsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    Config c;
    c.office.hours = default_office_hours();
    cal_ = build_work_calendar("Asia/Makassar", c.office.hours, {}, {});
  }
  Event clock(Instant start, Instant due, const char* type = "clock_started") {
    return Event{start, "pstmaild", type, "start " + format(start) + ", due " + format(due), ""};
  }
  std::string format(Instant t) { return date::format("%FT%T+08:00", date::floor<seconds>(cal_.zone->to_local(t))); }
  WorkCalendar cal_;
  Ticket t_;
};

TEST_F(TicketFactsTest, ReplyWhileWaitingIsOnTimeAndEndsTheWait) {
  // Complete Mon 7 Dec 08:00, due Thu 10 Dec; question Mon 10:00; reply (without the requester's
  // answer) Fri 11 Dec 08:00: the clock was stopped, so on time; waiting 10:00 Mon .. 08:00 Fri.
  std::vector<Event> ev = {clock(wita(2026, 12, 7, 8, 0), wita(2026, 12, 10, 15, 30)),
                           {wita(2026, 12, 7, 10, 0), "made", "waiting", "", ""},
                           {wita(2026, 12, 11, 8, 0), "made", "replied", "", ""}};
  TicketFacts f = ticket_facts(cal_, t_, ev, wita(2026, 12, 20, 8, 0));
  EXPECT_EQ(f.reply, Outcome::on_time);
  EXPECT_EQ(f.waiting, hours(28));  // 5.5 + 7.5 + 7.5 + 7.5
  EXPECT_EQ(*f.to_reply, hours(2));
  EXPECT_EQ(f.close, Outcome::pending);  // answered, no deadline in force
}

TEST_F(TicketFactsTest, ClosedWithoutReplyAndStillWaiting) {
  std::vector<Event> closed = {clock(wita(2026, 12, 7, 8, 0), wita(2026, 12, 10, 15, 30)),
                               {wita(2026, 12, 7, 9, 0), "made", "closed", "", ""}};
  TicketFacts a = ticket_facts(cal_, t_, closed, wita(2026, 12, 20, 8, 0));
  EXPECT_EQ(a.reply, Outcome::without_reply);
  EXPECT_EQ(a.close, Outcome::on_time);
  EXPECT_EQ(*a.to_close, hours(1));
  std::vector<Event> waiting = {clock(wita(2026, 12, 7, 8, 0), wita(2026, 12, 10, 15, 30)),
                                {wita(2026, 12, 7, 9, 0), "made", "waiting", "", ""}};
  TicketFacts b = ticket_facts(cal_, t_, waiting, wita(2026, 12, 8, 9, 0));
  EXPECT_EQ(b.reply, Outcome::pending);  // the clock is stopped: never overdue
  EXPECT_EQ(b.waiting, hours(7) + minutes(30));  // 9:00-15:30 + 8:00-9:00
}

TEST_F(TicketFactsTest, TicketWithoutClockEventsUsesItsColumns) {
  t_.start = wita(2026, 12, 7, 8, 0);
  t_.due = wita(2026, 12, 10, 15, 30);
  std::vector<Event> ev = {{wita(2026, 12, 11, 8, 0), "made", "replied", "", ""}};
  TicketFacts f = ticket_facts(cal_, t_, ev, wita(2026, 12, 20, 8, 0));
  EXPECT_EQ(f.complete, t_.start);
  EXPECT_EQ(f.reply, Outcome::late);
  EXPECT_EQ(*f.to_reply, hours(30));
}

TEST_F(TicketFactsTest, NeverCompleteHasNoFacts) {
  std::vector<Event> ev = {{wita(2026, 12, 7, 8, 0), "pstmaild", "waiting_for_requester", "name", ""},
                           {wita(2026, 12, 7, 9, 0), "made", "replied", "", ""}};
  TicketFacts f = ticket_facts(cal_, t_, ev, wita(2026, 12, 20, 8, 0));
  EXPECT_FALSE(f.complete);
  EXPECT_FALSE(f.first_reply);  // a reply before completion is not the service-standard answer
}

}  // namespace
}  // namespace pst
