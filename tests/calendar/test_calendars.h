// test_calendars.h: calendars shared by the calendar tests (the shipped holiday files, any zone).
#pragma once

#include <string>
#include <string_view>

#include "calendar/holidays.h"
#include "calendar/instant_format.h"
#include "calendar/working_calendar.h"

namespace pst::test {

inline WeeklyHours mon_to_fri(int open = 8 * 60, int close = 15 * 60 + 30) {
  WeeklyHours h;
  for (int d = 1; d <= 5; ++d) h[d] = ServiceWindow{open, close};
  return h;
}

inline std::string shipped(const char* name) {
  return std::string(PSTMAIL_SOURCE_DIR) + "/config/holidays/" + name;
}

/// The office as shipped: Asia/Makassar (or `zone`), Mon-Fri 08:00-15:30, id-2026 + id-2027.
inline WorkCalendar office_calendar(std::string_view zone = "Asia/Makassar") {
  return build_work_calendar(zone, mon_to_fri(),
                             {load_holiday_file(shipped("id-2026.yaml")),
                              load_holiday_file(shipped("id-2027.yaml"))},
                             {});
}

/// Parses an ISO 8601 instant in a test table; aborts the test binary on a typo.
inline Instant at(std::string_view iso) {
  auto t = parse_iso8601(iso);
  if (!t) throw std::invalid_argument("bad instant in test table: " + std::string(iso));
  return *t;
}

inline std::string iso(const WorkCalendar& cal, Instant t) { return format_iso8601(*cal.zone, t); }

}  // namespace pst::test
