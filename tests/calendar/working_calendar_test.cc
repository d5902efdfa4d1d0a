// working_calendar_test.cc: table-driven tests of the service-standard clock (issue 4 "Proof"):
// weekends, holidays next to weekends, the cuti bersama bridges of 2026, edges of the window, the
// year end, both SLA modes, another office zone and a zone with daylight-saving time.
#include "calendar/working_calendar.h"

#include <gtest/gtest.h>

#include "tests/calendar/test_calendars.h"

namespace pst {
namespace {

using test::at;
using test::iso;
using namespace std::chrono_literals;

struct DeadlineCase {
  const char* what;
  const char* received;
  SlaMode mode;
  int days;
  const char* start;
  const char* due;
};

std::ostream& operator<<(std::ostream& os, const DeadlineCase& c) { return os << c.what; }

constexpr SlaMode WD = SlaMode::working_days;
constexpr SlaMode BH = SlaMode::business_hours;

// Asia/Makassar (WITA, +08:00), Mon-Fri 08:00-15:30, id-2026.yaml + id-2027.yaml.
const DeadlineCase kMakassar[] = {
    // Plain weeks.
    {"issue example: Monday 10:00", "2026-11-30T10:00:00+08:00", WD, 3, "2026-11-30T10:00:00+08:00", "2026-12-03T15:30:00+08:00"},
    {"issue example: Friday 16:00", "2026-11-27T16:00:00+08:00", WD, 3, "2026-11-30T08:00:00+08:00", "2026-12-03T15:30:00+08:00"},
    {"received in UTC notation", "2026-11-30T02:00:00Z", WD, 3, "2026-11-30T10:00:00+08:00", "2026-12-03T15:30:00+08:00"},
    {"before opening", "2026-11-30T07:59:59+08:00", WD, 3, "2026-11-30T08:00:00+08:00", "2026-12-03T15:30:00+08:00"},
    {"just after midnight", "2026-11-30T00:00:00+08:00", WD, 3, "2026-11-30T08:00:00+08:00", "2026-12-03T15:30:00+08:00"},
    {"exactly 08:00", "2026-11-30T08:00:00+08:00", WD, 3, "2026-11-30T08:00:00+08:00", "2026-12-03T15:30:00+08:00"},
    {"one second before closing", "2026-11-30T15:29:59+08:00", WD, 3, "2026-11-30T15:29:59+08:00", "2026-12-03T15:30:00+08:00"},
    {"exactly 15:30 is closed", "2026-11-30T15:30:00+08:00", WD, 3, "2026-12-01T08:00:00+08:00", "2026-12-04T15:30:00+08:00"},
    {"after closing", "2026-11-30T20:00:00+08:00", WD, 3, "2026-12-01T08:00:00+08:00", "2026-12-04T15:30:00+08:00"},
    {"Wednesday runs over the weekend", "2026-12-02T09:00:00+08:00", WD, 3, "2026-12-02T09:00:00+08:00", "2026-12-07T15:30:00+08:00"},
    {"Saturday", "2026-11-28T11:00:00+08:00", WD, 3, "2026-11-30T08:00:00+08:00", "2026-12-03T15:30:00+08:00"},
    {"Sunday late evening", "2026-11-29T23:59:59+08:00", WD, 3, "2026-11-30T08:00:00+08:00", "2026-12-03T15:30:00+08:00"},
    {"one day", "2026-11-30T10:00:00+08:00", WD, 1, "2026-11-30T10:00:00+08:00", "2026-12-01T15:30:00+08:00"},
    {"five days", "2026-11-30T10:00:00+08:00", WD, 5, "2026-11-30T10:00:00+08:00", "2026-12-07T15:30:00+08:00"},
    {"zero days: closing of the start day", "2026-11-30T10:00:00+08:00", WD, 0, "2026-11-30T10:00:00+08:00", "2026-11-30T15:30:00+08:00"},
    // Holidays next to weekends.
    {"Hari Buruh on a Friday", "2026-04-30T10:00:00+08:00", WD, 3, "2026-04-30T10:00:00+08:00", "2026-05-06T15:30:00+08:00"},
    {"Wafat Yesus Kristus Friday", "2026-04-02T12:00:00+08:00", WD, 3, "2026-04-02T12:00:00+08:00", "2026-04-08T15:30:00+08:00"},
    {"Friday before Imlek Monday+Tuesday", "2026-02-13T16:00:00+08:00", WD, 3, "2026-02-18T08:00:00+08:00", "2026-02-23T15:30:00+08:00"},
    {"Hari Lahir Pancasila Monday", "2026-05-29T09:00:00+08:00", WD, 3, "2026-05-29T09:00:00+08:00", "2026-06-04T15:30:00+08:00"},
    {"Kenaikan Thursday + cuti Friday", "2026-05-13T10:00:00+08:00", WD, 3, "2026-05-13T10:00:00+08:00", "2026-05-20T15:30:00+08:00"},
    // The Nyepi / Idul Fitri 2026 bridge: 18 (cuti) 19 (Nyepi) 20 (cuti) 21-22 (Idul Fitri, weekend) 23-24 (cuti).
    {"Monday before the Nyepi bridge", "2026-03-16T10:00:00+08:00", WD, 3, "2026-03-16T10:00:00+08:00", "2026-03-26T15:30:00+08:00"},
    {"Tuesday before the Nyepi bridge", "2026-03-17T10:00:00+08:00", WD, 3, "2026-03-17T10:00:00+08:00", "2026-03-27T15:30:00+08:00"},
    {"Tuesday after closing", "2026-03-17T15:30:00+08:00", WD, 3, "2026-03-25T08:00:00+08:00", "2026-03-30T15:30:00+08:00"},
    {"on Nyepi", "2026-03-19T09:00:00+08:00", WD, 3, "2026-03-25T08:00:00+08:00", "2026-03-30T15:30:00+08:00"},
    {"on a cuti bersama day", "2026-03-23T11:00:00+08:00", WD, 3, "2026-03-25T08:00:00+08:00", "2026-03-30T15:30:00+08:00"},
    {"Idul Adha Wednesday + cuti Thursday", "2026-05-26T14:00:00+08:00", WD, 3, "2026-05-26T14:00:00+08:00", "2026-06-03T15:30:00+08:00"},
    // Christmas and the 2026 -> 2027 year end (1 Jan Friday, 5 Jan Isra Mikraj).
    {"before Christmas cuti + Natal", "2026-12-23T10:00:00+08:00", WD, 3, "2026-12-23T10:00:00+08:00", "2026-12-30T15:30:00+08:00"},
    {"Christmas Day in WITA, still 24 Dec in UTC", "2026-12-24T16:00:00Z", WD, 3, "2026-12-28T08:00:00+08:00", "2026-12-31T15:30:00+08:00"},
    {"over the year end", "2026-12-30T14:00:00+08:00", WD, 3, "2026-12-30T14:00:00+08:00", "2027-01-06T15:30:00+08:00"},
    {"New Year's Eve after closing", "2026-12-31T16:00:00+08:00", WD, 3, "2027-01-04T08:00:00+08:00", "2027-01-08T15:30:00+08:00"},
    {"New Year's Day", "2027-01-01T10:00:00+08:00", WD, 3, "2027-01-04T08:00:00+08:00", "2027-01-08T15:30:00+08:00"},
    // 2027: Nyepi Monday 8 Mar, cuti 9, Idul Fitri 10-11, cuti 12 and 15.
    {"Friday before Nyepi 2027", "2027-03-05T10:00:00+08:00", WD, 3, "2027-03-05T10:00:00+08:00", "2027-03-18T15:30:00+08:00"},
    // business_hours: 3 x 7 h 30 min of working time.
    {"business hours: Monday 10:00", "2026-11-30T10:00:00+08:00", BH, 3, "2026-11-30T10:00:00+08:00", "2026-12-03T10:00:00+08:00"},
    {"business hours: exactly 08:00 ends at a closing", "2026-11-30T08:00:00+08:00", BH, 3, "2026-11-30T08:00:00+08:00", "2026-12-02T15:30:00+08:00"},
    {"business hours: Friday 16:00", "2026-11-27T16:00:00+08:00", BH, 3, "2026-11-30T08:00:00+08:00", "2026-12-02T15:30:00+08:00"},
    {"business hours: one second before closing", "2026-11-30T15:29:59+08:00", BH, 3, "2026-11-30T15:29:59+08:00", "2026-12-03T15:29:59+08:00"},
    {"business hours: exactly 15:30", "2026-11-30T15:30:00+08:00", BH, 3, "2026-12-01T08:00:00+08:00", "2026-12-03T15:30:00+08:00"},
    {"business hours: seconds are kept", "2026-11-30T10:00:17+08:00", BH, 1, "2026-11-30T10:00:17+08:00", "2026-12-01T10:00:17+08:00"},
    {"business hours: over the Nyepi bridge", "2026-03-17T10:00:00+08:00", BH, 3, "2026-03-17T10:00:00+08:00", "2026-03-27T10:00:00+08:00"},
    {"business hours: over the year end", "2026-12-31T12:00:00+08:00", BH, 3, "2026-12-31T12:00:00+08:00", "2027-01-07T12:00:00+08:00"},
    {"business hours: on a holiday", "2026-12-25T09:00:00+08:00", BH, 1, "2026-12-28T08:00:00+08:00", "2026-12-28T15:30:00+08:00"},
};

class MakassarDeadline : public testing::TestWithParam<DeadlineCase> {};

TEST_P(MakassarDeadline, StartAndDue) {
  static const WorkCalendar cal = test::office_calendar();
  const DeadlineCase& c = GetParam();
  const Deadline d = compute_deadline(cal, at(c.received), SlaRule{c.mode, c.days});
  EXPECT_EQ(iso(cal, d.start), c.start);
  EXPECT_EQ(iso(cal, d.due), c.due);
}

INSTANTIATE_TEST_SUITE_P(Table, MakassarDeadline, testing::ValuesIn(kMakassar));

// Another office zone: the same dates are holidays in local (WIB) terms.
const DeadlineCase kJakarta[] = {
    {"Monday 10:00 WIB", "2026-11-30T10:00:00+07:00", WD, 3, "2026-11-30T10:00:00+07:00", "2026-12-03T15:30:00+07:00"},
    {"09:30 WITA is 08:30 WIB", "2026-11-30T09:30:00+08:00", WD, 3, "2026-11-30T08:30:00+07:00", "2026-12-03T15:30:00+07:00"},
    {"15:45 WITA is 14:45 WIB: still open in Jakarta", "2026-11-30T15:45:00+08:00", WD, 3, "2026-11-30T14:45:00+07:00", "2026-12-03T15:30:00+07:00"},
    {"Christmas Eve 23:30 WIB is a cuti day", "2026-12-24T16:30:00Z", WD, 3, "2026-12-28T08:00:00+07:00", "2026-12-31T15:30:00+07:00"},
    {"business hours in WIB", "2026-11-30T10:00:00+07:00", BH, 3, "2026-11-30T10:00:00+07:00", "2026-12-03T10:00:00+07:00"},
};

class JakartaDeadline : public testing::TestWithParam<DeadlineCase> {};

TEST_P(JakartaDeadline, StartAndDue) {
  static const WorkCalendar cal = test::office_calendar("Asia/Jakarta");
  const DeadlineCase& c = GetParam();
  const Deadline d = compute_deadline(cal, at(c.received), SlaRule{c.mode, c.days});
  EXPECT_EQ(iso(cal, d.start), c.start);
  EXPECT_EQ(iso(cal, d.due), c.due);
}

INSTANTIATE_TEST_SUITE_P(Table, JakartaDeadline, testing::ValuesIn(kJakarta));

// A zone with daylight-saving time (no holidays): Berlin moves from +01:00 to +02:00 on Sunday
// 29 March 2026 and back on Sunday 25 October 2026. Windows stay 08:00-15:30 local time.
const DeadlineCase kBerlin[] = {
    {"Friday evening before summer time", "2026-03-27T16:00:00+01:00", WD, 3, "2026-03-30T08:00:00+02:00", "2026-04-02T15:30:00+02:00"},
    {"Thursday across the change", "2026-03-26T09:00:00+01:00", WD, 3, "2026-03-26T09:00:00+01:00", "2026-03-31T15:30:00+02:00"},
    {"business hours across the change", "2026-03-27T14:00:00+01:00", BH, 3, "2026-03-27T14:00:00+01:00", "2026-04-01T14:00:00+02:00"},
    {"07:30 UTC is 08:30 in summer", "2026-06-01T06:30:00Z", WD, 1, "2026-06-01T08:30:00+02:00", "2026-06-02T15:30:00+02:00"},
    {"back to winter time", "2026-10-23T12:00:00+02:00", BH, 1, "2026-10-23T12:00:00+02:00", "2026-10-26T12:00:00+01:00"},
};

class BerlinDeadline : public testing::TestWithParam<DeadlineCase> {};

TEST_P(BerlinDeadline, StartAndDue) {
  static const WorkCalendar cal = build_work_calendar("Europe/Berlin", test::mon_to_fri(), {}, {});
  const DeadlineCase& c = GetParam();
  const Deadline d = compute_deadline(cal, at(c.received), SlaRule{c.mode, c.days});
  EXPECT_EQ(iso(cal, d.start), c.start);
  EXPECT_EQ(iso(cal, d.due), c.due);
}

INSTANTIATE_TEST_SUITE_P(Table, BerlinDeadline, testing::ValuesIn(kBerlin));

TEST(WorkCalendar, DaylightSavingDayIsShorterWhenOpenAllDay) {
  WeeklyHours all_day;
  all_day[0] = ServiceWindow{0, 24 * 60};  // Sundays only, 00:00-24:00
  const WorkCalendar cal = build_work_calendar("Europe/Berlin", all_day, {}, {});
  EXPECT_EQ(working_time_between(cal, at("2026-03-28T00:00:00Z"), at("2026-03-30T00:00:00Z")), 23h);
  EXPECT_EQ(working_time_between(cal, at("2026-10-24T00:00:00Z"), at("2026-10-26T00:00:00Z")), 25h);
  EXPECT_EQ(working_time_between(cal, at("2026-06-06T00:00:00Z"), at("2026-06-08T00:00:00Z")), 24h);
}

TEST(WorkCalendar, WindowEdgeInASkippedHourStartsAtTheTransition) {
  // Havana skips 00:00-01:00 local on Sunday 8 March 2026 (-05:00 -> -04:00).
  WeeklyHours sunday_night;
  sunday_night[0] = ServiceWindow{0, 2 * 60};
  const WorkCalendar cal = build_work_calendar("America/Havana", sunday_night, {}, {});
  const auto day = date::local_days{date::year{2026} / 3 / 8};
  EXPECT_EQ(iso(cal, opening_of(cal, day)), "2026-03-08T01:00:00-04:00");
  EXPECT_EQ(iso(cal, closing_of(cal, day)), "2026-03-08T02:00:00-04:00");
  EXPECT_EQ(working_time_between(cal, opening_of(cal, day) - 24h, closing_of(cal, day) + 24h), 1h);
}

TEST(WorkCalendar, IsWorkingDay) {
  const WorkCalendar cal = test::office_calendar();
  using date::year;
  EXPECT_TRUE(is_working_day(cal, year{2026} / 11 / 30));    // Monday
  EXPECT_FALSE(is_working_day(cal, year{2026} / 11 / 28));   // Saturday
  EXPECT_FALSE(is_working_day(cal, year{2026} / 11 / 29));   // Sunday
  EXPECT_FALSE(is_working_day(cal, year{2026} / 3 / 18));    // cuti bersama Nyepi
  EXPECT_FALSE(is_working_day(cal, year{2026} / 3 / 19));    // Nyepi
  EXPECT_FALSE(is_working_day(cal, year{2027} / 1 / 5));     // Isra Mikraj 1448
  EXPECT_TRUE(is_working_day(cal, year{2026} / 6 / 17));     // Galungan: Bali file not configured
  EXPECT_TRUE(is_working_day(cal, year{2028} / 1 / 3));      // no file for 2028: weekdays work
}

TEST(WorkCalendar, BaliFileClosesTheOfficeWhenConfigured) {
  const WorkCalendar cal = build_work_calendar(
      "Asia/Makassar", test::mon_to_fri(),
      {load_holiday_file(test::shipped("id-2026.yaml")), load_holiday_file(test::shipped("bali-2026-2027.yaml"))},
      {});
  EXPECT_FALSE(is_working_day(cal, date::year{2026} / 6 / 17));  // Hari Raya Galungan
  EXPECT_EQ(cal.closed.at(date::local_days{date::year{2026} / 3 / 18}),
            "Cuti Bersama Hari Suci Nyepi (Tahun Baru Saka 1948) / Hari Tawur Agung Kesanga (Pengerupukan, eve of Nyepi)");
  // Galungan week: Tue 16 Jun (1 Muharam), Wed 17, Thu 18 closed.
  const Deadline d = compute_deadline(cal, at("2026-06-15T10:00:00+08:00"), {});
  EXPECT_EQ(iso(cal, d.due), "2026-06-23T15:30:00+08:00");
  EXPECT_EQ(cal.covered_years, (std::set<int>{2026}));  // the Bali file covers no year by itself
}

TEST(WorkCalendar, ClosuresAreNonWorkingDays) {
  const WorkCalendar cal = build_work_calendar("Asia/Makassar", test::mon_to_fri(), {},
                                               {date::local_days{date::year{2026} / 12 / 1}});
  EXPECT_FALSE(is_working_day(cal, date::year{2026} / 12 / 1));
  EXPECT_EQ(cal.closed.begin()->second, "Penutupan kantor");
  const Deadline d = compute_deadline(cal, at("2026-11-30T10:00:00+08:00"), {});
  EXPECT_EQ(iso(cal, d.due), "2026-12-04T15:30:00+08:00");
}

TEST(WorkCalendar, IsOpenAndNextOpening) {
  const WorkCalendar cal = test::office_calendar();
  struct Case {
    const char* t;
    bool open;
    const char* next;
  } cases[] = {
      {"2026-11-30T07:59:59+08:00", false, "2026-11-30T08:00:00+08:00"},
      {"2026-11-30T08:00:00+08:00", true, "2026-11-30T08:00:00+08:00"},
      {"2026-11-30T15:29:59+08:00", true, "2026-11-30T15:29:59+08:00"},
      {"2026-11-30T15:30:00+08:00", false, "2026-12-01T08:00:00+08:00"},
      {"2026-12-24T09:00:00+08:00", false, "2026-12-28T08:00:00+08:00"},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(is_open(cal, at(c.t)), c.open) << c.t;
    EXPECT_EQ(iso(cal, next_opening(cal, at(c.t))), c.next) << c.t;
  }
}

TEST(WorkCalendar, WorkingMinutesBetween) {
  const WorkCalendar cal = test::office_calendar();
  struct Case {
    const char* a;
    const char* b;
    long minutes;
  } cases[] = {
      {"2026-11-30T10:00:00+08:00", "2026-11-30T11:00:00+08:00", 60},
      {"2026-11-30T07:00:00+08:00", "2026-11-30T20:00:00+08:00", 450},
      {"2026-11-27T15:00:00+08:00", "2026-11-30T08:30:00+08:00", 60},   // over a weekend
      {"2026-12-23T15:00:00+08:00", "2026-12-28T09:00:00+08:00", 90},   // over Christmas
      {"2026-11-30T10:00:00+08:00", "2026-11-30T10:00:59+08:00", 0},    // rounded down
      {"2026-11-30T11:00:00+08:00", "2026-11-30T10:00:00+08:00", 0},    // b before a
      {"2026-11-30T10:00:00+08:00", "2026-12-03T10:00:00+08:00", 1350}, // 3 x 450
  };
  for (const auto& c : cases) {
    EXPECT_EQ(working_minutes_between(cal, at(c.a), at(c.b)).count(), c.minutes) << c.a << " " << c.b;
  }
}

TEST(WorkCalendar, AddWorkingMinutesStaysAtClosing) {
  const WorkCalendar cal = test::office_calendar();
  EXPECT_EQ(iso(cal, add_working_minutes(cal, at("2026-11-30T15:00:00+08:00"), 30min)),
            "2026-11-30T15:30:00+08:00");
  EXPECT_EQ(iso(cal, add_working_minutes(cal, at("2026-11-30T15:00:00+08:00"), 31min)),
            "2026-12-01T08:01:00+08:00");
  EXPECT_EQ(iso(cal, add_working_minutes(cal, at("2026-11-28T15:00:00+08:00"), 1min)),
            "2026-11-30T08:01:00+08:00");
}

TEST(WorkCalendar, DayLengthIsTheLongestWindow) {
  EXPECT_EQ(day_length(test::office_calendar()), std::chrono::minutes{450});
  WeeklyHours h = test::mon_to_fri();
  h[5] = ServiceWindow{8 * 60, 11 * 60 + 30};  // a short Friday
  EXPECT_EQ(day_length(build_work_calendar("Asia/Makassar", h, {}, {})), std::chrono::minutes{450});
}

TEST(WorkCalendar, MissingHolidayYears) {
  const WorkCalendar cal = test::office_calendar();
  EXPECT_EQ(missing_holiday_years(cal, at("2026-12-30T10:00:00+08:00"), at("2027-01-06T15:30:00+08:00")),
            std::vector<int>{});
  EXPECT_EQ(missing_holiday_years(cal, at("2027-12-30T10:00:00+08:00"), at("2028-01-04T15:30:00+08:00")),
            std::vector<int>{2028});
  EXPECT_EQ(missing_holiday_years(cal, at("2025-12-31T10:00:00+08:00"), at("2026-01-05T15:30:00+08:00")),
            std::vector<int>{2025});
  // Local years: 31 Dec 2027 17:00 UTC is already 2028 in WITA.
  EXPECT_EQ(missing_holiday_years(cal, at("2027-12-31T17:00:00Z"), at("2027-12-31T17:00:00Z")),
            std::vector<int>{2028});
}

TEST(WorkCalendar, RejectsImpossibleCalendars) {
  EXPECT_THROW((void)build_work_calendar("Asia/Nowhere", test::mon_to_fri(), {}, {}), std::invalid_argument);
  EXPECT_THROW((void)build_work_calendar("Asia/Makassar", WeeklyHours{}, {}, {}), std::invalid_argument);
  WeeklyHours inverted;
  inverted[1] = ServiceWindow{16 * 60, 8 * 60};
  EXPECT_THROW((void)build_work_calendar("Asia/Makassar", inverted, {}, {}), std::invalid_argument);
  const WorkCalendar cal = test::office_calendar();
  EXPECT_THROW((void)compute_deadline(cal, at("2026-11-30T10:00:00Z"), {SlaMode::working_days, -1}),
               std::invalid_argument);
}

}  // namespace
}  // namespace pst

namespace pst {
namespace {

TEST(WorkCalendar, HolidayCoverageWarning) {
  const WorkCalendar cal = test::office_calendar();
  const auto received = test::at("2027-12-30T10:00:00+08:00");
  const Deadline d = compute_deadline(cal, received, {});
  EXPECT_EQ(test::iso(cal, d.due), "2028-01-04T15:30:00+08:00");
  EXPECT_EQ(holiday_coverage_warning(cal, received, d),
            "no holiday file covers 2028: its holidays were counted as working days");
  const auto early = test::at("2025-06-02T10:00:00+08:00");
  const Deadline far = compute_deadline(cal, early, {SlaMode::working_days, 700});
  EXPECT_EQ(holiday_coverage_warning(cal, early, far),
            "no holiday file covers 2025, 2028: their holidays were counted as working days");
  const auto fine = test::at("2026-11-30T10:00:00+08:00");
  EXPECT_EQ(holiday_coverage_warning(cal, fine, compute_deadline(cal, fine, {})), "");
}

}  // namespace
}  // namespace pst
