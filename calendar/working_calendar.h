// working_calendar.h: the office's working-time arithmetic (the service-standard clock).
//
// Everything is a pure function of an instant (std::chrono::sys_seconds, UTC) and a WorkCalendar
// value (office zone, weekly service hours, non-working local dates). Days are the office's local
// calendar days; each day's window [open, close) is converted to instants per day through the zone,
// so any zone works, including zones with daylight-saving time (a window edge that falls in a
// skipped hour maps to the transition instant, an ambiguous one to its earlier instant).
//
// Rules (issue 4):
//  - next_opening(t): t itself when the office is open at t (open <= local time < close on a working
//    day), else the next window's opening.
//  - working_days mode: due at the closing time of the N-th working day after the start day (the
//    start day itself does not count).
//  - business_hours mode: due after N x day_length of working time counted inside the windows; a
//    result exactly at closing stays at closing (it does not move to the next opening).
//
// Not for: waiting/resuming (the ticket's events decide which instant to start from), I/O.
// Limits: searches for a working day give up after 3660 days without one (a calendar with no
// service hours at all) and throw std::domain_error; build_work_calendar() rejects calendars
// without any open weekday, so only ten years of listed holidays in a row can trigger it.
#pragma once

#include <chrono>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include <date/date.h>
#include <date/tz.h>

#include "calendar/holidays.h"
#include "calendar/service_hours.h"

namespace pst {

using Instant = std::chrono::sys_seconds;

/// What the office's clock needs to know; cheap to copy except for the date map.
struct WorkCalendar {
  const date::time_zone* zone = nullptr;              // never null in a built calendar
  WeeklyHours hours;                                   // index 0 = Sunday
  std::map<date::local_days, std::string> closed;      // non-working local dates -> name(s)
  std::set<int> covered_years;                         // years some holiday file covers
};

/// Builds a calendar. `zone_name` is an IANA name ("Asia/Makassar"); every entry of every file
/// closes the office; closures are extra non-working dates ("Penutupan kantor").
/// Throws std::invalid_argument for an unknown zone or weekly hours without any open day.
[[nodiscard]] WorkCalendar build_work_calendar(std::string_view zone_name, const WeeklyHours& hours,
                                               const std::vector<HolidayFile>& files,
                                               const std::vector<date::local_days>& closures);

/// The office's local date at instant t.
[[nodiscard]] date::local_days local_day(const WorkCalendar& cal, Instant t);

/// True when the day has service hours (open < close) and is neither a holiday nor a closure.
[[nodiscard]] bool is_working_day(const WorkCalendar& cal, date::local_days day);
[[nodiscard]] bool is_working_day(const WorkCalendar& cal, date::year_month_day day);

/// Opening and closing instants of a day's window (the day need not be a working day, but must
/// have service hours on its weekday).
[[nodiscard]] Instant opening_of(const WorkCalendar& cal, date::local_days day);
[[nodiscard]] Instant closing_of(const WorkCalendar& cal, date::local_days day);

/// True when t lies inside a working day's window [open, close).
[[nodiscard]] bool is_open(const WorkCalendar& cal, Instant t);

/// Where the clock starts for a request complete at t: t when open, else the next opening.
[[nodiscard]] Instant next_opening(const WorkCalendar& cal, Instant t);

/// Closing instant of the n-th working day after the local day of `start` (n >= 0; n == 0 is the
/// closing of the start day itself, if it is a working day, else of the next one).
[[nodiscard]] Instant add_working_days(const WorkCalendar& cal, Instant start, int n);

/// The earliest instant u with working_time_between(start, u) == amount (amount >= 0).
/// A result exactly at a closing stays at that closing.
[[nodiscard]] Instant add_working_time(const WorkCalendar& cal, Instant start,
                                       std::chrono::seconds amount);
[[nodiscard]] Instant add_working_minutes(const WorkCalendar& cal, Instant start,
                                          std::chrono::minutes amount);

/// Working time inside [a, b) (zero when b <= a), exact to the second.
[[nodiscard]] std::chrono::seconds working_time_between(const WorkCalendar& cal, Instant a, Instant b);
/// The same in whole minutes, rounded down (for reports).
[[nodiscard]] std::chrono::minutes working_minutes_between(const WorkCalendar& cal, Instant a,
                                                           Instant b);

/// One day's service length for business_hours mode: the longest window of the week
/// (07:30 for the default Mon-Fri 08:00-15:30).
[[nodiscard]] std::chrono::minutes day_length(const WorkCalendar& cal);

/// When the clock started and when the answer is due.
struct Deadline {
  Instant start;
  Instant due;
  friend bool operator==(const Deadline&, const Deadline&) = default;
};

/// The deadline of a request complete at `received` (the mailbox server's arrival time).
/// Throws std::invalid_argument when rule.days < 0.
[[nodiscard]] Deadline compute_deadline(const WorkCalendar& cal, Instant received, const SlaRule& rule);

/// Local years from local_day(from) to local_day(to) (inclusive, in order) that no holiday file
/// covers: the computation may have counted a holiday of those years as a working day.
[[nodiscard]] std::vector<int> missing_holiday_years(const WorkCalendar& cal, Instant from, Instant to);

/// The warning to log (and show) for a deadline whose computation touched years no holiday file
/// covers, e.g. "no holiday file covers 2028: its holidays were counted as working days";
/// empty when every year is covered. Looks at received..due (the start lies between them).
[[nodiscard]] std::string holiday_coverage_warning(const WorkCalendar& cal, Instant received,
                                                   const Deadline& deadline);

}  // namespace pst
