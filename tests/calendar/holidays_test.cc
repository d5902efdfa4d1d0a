// holidays_test.cc: the holiday-file loader: the shipped files, and every rejection with its exact
// message ("file:line:column: key.path: message", 1-based positions).
#include "calendar/holidays.h"

#include <gtest/gtest.h>

#include "tests/calendar/test_calendars.h"

namespace pst {
namespace {

std::vector<std::string> errors_of(const std::string& yaml) {
  try {
    (void)parse_holiday_file(yaml, "h.yaml");
  } catch (const HolidayFileError& e) {
    return e.errors();
  }
  return {};
}

TEST(HolidayFile, ShippedFilesLoad) {
  const HolidayFile y2026 = load_holiday_file(test::shipped("id-2026.yaml"));
  const HolidayFile y2027 = load_holiday_file(test::shipped("id-2027.yaml"));
  const HolidayFile bali = load_holiday_file(test::shipped("bali-2026-2027.yaml"));
  auto count = [](const HolidayFile& f, HolidayKind k) {
    return std::count_if(f.holidays.begin(), f.holidays.end(), [k](const Holiday& h) { return h.kind == k; });
  };
  EXPECT_EQ(count(y2026, HolidayKind::national), 17);
  EXPECT_EQ(count(y2026, HolidayKind::cuti_bersama), 8);
  EXPECT_EQ(count(y2027, HolidayKind::national), 18);
  EXPECT_EQ(count(y2027, HolidayKind::cuti_bersama), 8);
  EXPECT_EQ(count(bali, HolidayKind::bali_regional), long(bali.holidays.size()));
  EXPECT_EQ(y2026.covered_years(), std::vector<int>{2026});
  EXPECT_EQ(y2027.covered_years(), std::vector<int>{2027});
  EXPECT_TRUE(bali.covered_years().empty());
  const Holiday& nyepi = y2026.holidays.at(5);
  EXPECT_EQ(nyepi.date, date::year{2026} / 3 / 19);
  EXPECT_EQ(nyepi.name, "Hari Suci Nyepi (Tahun Baru Saka 1948)");
  EXPECT_EQ(nyepi.source, "SKB2026");
  EXPECT_GT(nyepi.line, 1);
}

TEST(HolidayFile, SameDateWithDifferentKindsIsFine) {
  const HolidayFile f = parse_holiday_file(
      "holidays:\n"
      "  - {date: 2026-03-18, name: \"Cuti Bersama Nyepi\", kind: cuti_bersama, source: S}\n"
      "  - {date: 2026-03-18, name: \"Pengerupukan\", kind: bali_regional, source: S}\n",
      "h.yaml");
  ASSERT_EQ(f.holidays.size(), 2u);
  EXPECT_EQ(f.holidays[1].line, 3);
  EXPECT_EQ(f.holidays[1].kind, HolidayKind::bali_regional);
}

struct BadFile {
  const char* what;
  const char* yaml;
  std::vector<std::string> errors;
};

std::ostream& operator<<(std::ostream& os, const BadFile& b) { return os << b.what; }

const BadFile kBadFiles[] = {
    {"malformed date",
     "holidays:\n"
     "  - {date: 2026-01-01, name: \"Tahun Baru\", kind: national, source: S}\n"
     "  - {date: 2026-13-01, name: \"Bulan 13\", kind: national, source: S}\n",
     {"h.yaml:3:12: holidays[1].date: \"2026-13-01\" is not a date (expected YYYY-MM-DD)"}},
    {"not a real day",
     "holidays:\n  - {date: 2026-02-29, name: X, kind: national, source: S}\n",
     {"h.yaml:2:12: holidays[0].date: \"2026-02-29\" is not a date (expected YYYY-MM-DD)"}},
    {"date without leading zeros",
     "holidays:\n  - {date: 2026-3-9, name: X, kind: national, source: S}\n",
     {"h.yaml:2:12: holidays[0].date: \"2026-3-9\" is not a date (expected YYYY-MM-DD)"}},
    {"block style, unknown kind",
     "holidays:\n"
     "  - date: 2026-01-01\n"
     "    name: Tahun Baru\n"
     "    kind: regional\n"
     "    source: S\n",
     {"h.yaml:4:11: holidays[0].kind: unknown kind \"regional\" (expected national, cuti_bersama or bali_regional)"}},
    {"same date and kind twice",
     "holidays:\n"
     "  - {date: 2026-03-23, name: \"Cuti Bersama Idul Fitri\", kind: cuti_bersama, source: S}\n"
     "  - {date: 2026-03-24, name: \"Cuti Bersama Idul Fitri\", kind: cuti_bersama, source: S}\n"
     "  - {date: 2026-03-23, name: \"Cuti Bersama lagi\", kind: cuti_bersama, source: S}\n",
     {"h.yaml:4:12: holidays[2].date: 2026-03-23 is already listed as cuti_bersama in holidays[0] (line 2)"}},
    {"missing keys and empty name",
     "holidays:\n  - {date: 2026-01-01, name: \"\"}\n",
     {"h.yaml:2:30: holidays[0].name: expected a non-empty string",
      "h.yaml:2:5: holidays[0]: missing \"kind\"",
      "h.yaml:2:5: holidays[0]: missing \"source\""}},
    {"weekday does not match the date",
     "holidays:\n  - {date: 2026-01-01, wd: Jum, name: X, kind: national, source: S}\n",
     {"h.yaml:2:28: holidays[0].wd: \"Jum\" does not match 2026-01-01, a Kamis (Kam)"}},
    {"source not among sources",
     "sources: {SKB2026: \"SKB\"}\n"
     "holidays:\n  - {date: 2026-01-01, name: X, kind: national, source: SKB2026+KEPPRES}\n",
     {"h.yaml:3:57: holidays[0].source: unknown source \"KEPPRES\" (not in sources)"}},
    {"entry is not a mapping",
     "holidays:\n  - 2026-01-01\n",
     {"h.yaml:2:5: holidays[0]: expected a mapping {date, name, kind, source}"}},
    {"no list",
     "holiday:\n  - {date: 2026-01-01, name: X, kind: national, source: S}\n",
     {"h.yaml:1:1: holidays: expected a list of holidays"}},
    {"not a mapping at all",
     "- 2026-01-01\n",
     {"h.yaml:1:1: holidays: expected a mapping with a \"holidays\" list"}},
    {"YAML syntax error",
     "holidays:\n  - {date: 2026-01-01, name: \"X, kind: national}\n",
     {"h.yaml:3:1: end of map flow not found"}},
    {"every error is reported",
     "holidays:\n"
     "  - {date: 2026-01-32, name: A, kind: national, source: S}\n"
     "  - {date: 2026-01-02, name: B, kind: libur, source: S}\n",
     {"h.yaml:2:12: holidays[0].date: \"2026-01-32\" is not a date (expected YYYY-MM-DD)",
      "h.yaml:3:39: holidays[1].kind: unknown kind \"libur\" (expected national, cuti_bersama or bali_regional)"}},
};

class HolidayFileErrors : public testing::TestWithParam<BadFile> {};

TEST_P(HolidayFileErrors, ExactMessages) { EXPECT_EQ(errors_of(GetParam().yaml), GetParam().errors); }

INSTANTIATE_TEST_SUITE_P(Table, HolidayFileErrors, testing::ValuesIn(kBadFiles));

TEST(HolidayFile, UnreadableFile) {
  try {
    (void)load_holiday_file("/nonexistent/id-2026.yaml");
    FAIL() << "no error";
  } catch (const HolidayFileError& e) {
    EXPECT_EQ(e.errors(), std::vector<std::string>{"/nonexistent/id-2026.yaml: cannot read: No such file or directory"});
  }
}

TEST(HolidayFile, ParseIsoDate) {
  EXPECT_EQ(parse_iso_date("2028-02-29"), date::year{2028} / 2 / 29);
  for (const char* bad : {"2027-02-29", "2026-00-10", "2026-1-01", "26-01-01", "2026/01/01", "2026-01-01x", ""})
    EXPECT_FALSE(parse_iso_date(bad)) << bad;
}

}  // namespace
}  // namespace pst
