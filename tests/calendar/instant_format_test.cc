// instant_format_test.cc: ISO 8601 in and out, and the long Indonesian and English forms.
#include "calendar/instant_format.h"

#include <gtest/gtest.h>

#include "tests/calendar/test_calendars.h"

namespace pst {
namespace {

using test::at;

TEST(InstantFormat, HumanForms) {
  struct Case {
    const char* zone;
    const char* instant;
    const char* id;
    const char* en;
  } cases[] = {
      {"Asia/Makassar", "2026-12-03T15:30:00+08:00", "Kamis, 3 Desember 2026 pukul 15.30 WITA",
       "Thursday, 3 December 2026, 15:30 WITA"},
      {"Asia/Makassar", "2026-11-30T02:05:59Z", "Senin, 30 November 2026 pukul 10.05 WITA",
       "Monday, 30 November 2026, 10:05 WITA"},
      {"Asia/Jakarta", "2027-01-01T00:00:00+07:00", "Jumat, 1 Januari 2027 pukul 00.00 WIB",
       "Friday, 1 January 2027, 00:00 WIB"},
      {"Asia/Jayapura", "2026-08-17T08:00:00+09:00", "Senin, 17 Agustus 2026 pukul 08.00 WIT",
       "Monday, 17 August 2026, 08:00 WIT"},
      {"Europe/Berlin", "2026-07-04T09:00:00Z", "Sabtu, 4 Juli 2026 pukul 11.00 CEST",
       "Saturday, 4 July 2026, 11:00 CEST"},
      {"Asia/Riyadh", "2026-03-01T12:00:00Z", "Minggu, 1 Maret 2026 pukul 15.00 +03",
       "Sunday, 1 March 2026, 15:00 +03"},
  };
  for (const auto& c : cases) {
    const auto* zone = date::locate_zone(c.zone);
    EXPECT_EQ(format_human(*zone, at(c.instant), Language::id), c.id);
    EXPECT_EQ(format_human(*zone, at(c.instant), Language::en), c.en);
  }
}

TEST(InstantFormat, Iso8601Out) {
  EXPECT_EQ(format_iso8601(*date::locate_zone("Asia/Makassar"), at("2026-11-30T02:00:00Z")),
            "2026-11-30T10:00:00+08:00");
  EXPECT_EQ(format_iso8601(*date::locate_zone("America/St_Johns"), at("2026-01-15T12:00:00Z")),
            "2026-01-15T08:30:00-03:30");
  EXPECT_EQ(format_iso8601(*date::locate_zone("UTC"), at("2026-01-15T12:00:00Z")),
            "2026-01-15T12:00:00+00:00");
}

TEST(InstantFormat, Iso8601In) {
  const auto expected = date::sys_days{date::year{2026} / 11 / 30} + std::chrono::hours{2};
  for (const char* ok : {"2026-11-30T10:00:00+08:00", "2026-11-30T02:00:00Z", "2026-11-30t02:00:00z",
                         "2026-11-30 10:00:00+08:00", "2026-11-30T10:00+08:00", "2026-11-30T10:00:00+0800",
                         "2026-11-30T10:00:00+08", "2026-11-30T10:00:00.999+08:00",
                         "2026-11-29T21:00:00-05:00"}) {
    EXPECT_EQ(parse_iso8601(ok), expected) << ok;
  }
  for (const char* bad : {"2026-11-30T10:00:00", "2026-11-30", "2026-11-30T25:00:00Z", "2026-02-30T10:00:00Z",
                          "2026-11-30T10:00:00+8:00", "2026-11-30T10:00:00Z ", "2026-11-30T10:00:00.Z",
                          "30/11/2026 10:00", "", "2026-11-30T10:00:00+24:00"}) {
    EXPECT_FALSE(parse_iso8601(bad)) << bad;
  }
}

}  // namespace
}  // namespace pst
