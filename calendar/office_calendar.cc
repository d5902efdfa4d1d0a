// office_calendar.cc: see office_calendar.h.
#include "calendar/office_calendar.h"

#include <stdexcept>

#include <fmt/format.h>

namespace pst {

WorkCalendar make_work_calendar(const OfficeConfig& office) {
  std::vector<HolidayFile> files;
  files.reserve(office.holiday_files.size());
  for (const auto& path : office.holiday_files) files.push_back(load_holiday_file(path));
  std::vector<date::local_days> closures;
  for (const auto& text : office.closures) {
    const auto day = parse_iso_date(text);
    if (!day) {
      throw std::invalid_argument(
          fmt::format("office.closures: \"{}\" is not a date (expected YYYY-MM-DD)", text));
    }
    closures.push_back(date::local_days{*day});
  }
  return build_work_calendar(office.timezone, office.hours, files, closures);
}

}  // namespace pst
