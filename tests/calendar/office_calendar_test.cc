// office_calendar_test.cc: make_work_calendar() from the config's OfficeConfig (a plain struct).
#include "calendar/office_calendar.h"

#include <gtest/gtest.h>

#include "tests/calendar/test_calendars.h"

namespace pst {
namespace {

OfficeConfig shipped_office() {
  OfficeConfig office;
  office.timezone = "Asia/Makassar";
  office.hours = test::mon_to_fri();
  office.holiday_files = {test::shipped("id-2026.yaml"), test::shipped("id-2027.yaml")};
  return office;
}

TEST(OfficeCalendar, FromConfig) {
  OfficeConfig office = shipped_office();
  office.closures = {"2026-12-31"};
  const WorkCalendar cal = make_work_calendar(office);
  EXPECT_EQ(cal.zone->name(), "Asia/Makassar");
  EXPECT_FALSE(is_working_day(cal, date::year{2026} / 12 / 31));
  EXPECT_FALSE(is_working_day(cal, date::year{2026} / 3 / 19));
  EXPECT_EQ(cal.covered_years, (std::set<int>{2026, 2027}));
  const Deadline d = compute_deadline(cal, test::at("2026-12-30T14:00:00+08:00"), {});
  EXPECT_EQ(test::iso(cal, d.due), "2027-01-07T15:30:00+08:00");  // 31 Dec closed too
}

TEST(OfficeCalendar, Errors) {
  OfficeConfig bad_closure = shipped_office();
  bad_closure.closures = {"31-12-2026"};
  try {
    (void)make_work_calendar(bad_closure);
    FAIL();
  } catch (const std::invalid_argument& e) {
    EXPECT_STREQ(e.what(), "office.closures: \"31-12-2026\" is not a date (expected YYYY-MM-DD)");
  }
  OfficeConfig missing_file = shipped_office();
  missing_file.holiday_files.push_back("/nonexistent/id-2028.yaml");
  EXPECT_THROW((void)make_work_calendar(missing_file), HolidayFileError);
  OfficeConfig bad_zone = shipped_office();
  bad_zone.timezone = "Asia/Atlantis";
  try {
    (void)make_work_calendar(bad_zone);
    FAIL();
  } catch (const std::invalid_argument& e) {
    EXPECT_STREQ(e.what(), "unknown time zone \"Asia/Atlantis\"");
  }
  OfficeConfig closed = shipped_office();
  closed.hours = WeeklyHours{};
  EXPECT_THROW((void)make_work_calendar(closed), std::invalid_argument);
}

}  // namespace
}  // namespace pst
