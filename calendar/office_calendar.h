// office_calendar.h: the office's WorkCalendar from its configuration (config/config.h).
// Reads the holiday files named in office.holiday_files (the only I/O in calendar/).
// Uses OfficeConfig as a plain struct: pst_calendar does not link pst_config.
#pragma once

#include "calendar/working_calendar.h"
#include "config/config.h"

namespace pst {

/// Zone, hours, every configured holiday file (each entry closes the office, whatever its kind;
/// the Bali file closes too once it is configured) and office.closures.
/// Throws HolidayFileError for a bad holiday file, std::invalid_argument for an unknown zone,
/// weekly hours without an open day, or a closure that is not "YYYY-MM-DD".
[[nodiscard]] WorkCalendar make_work_calendar(const OfficeConfig& office);

}  // namespace pst
