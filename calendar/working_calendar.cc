// working_calendar.cc: see working_calendar.h. Each loop walks local days one at a time and
// converts that day's window to instants; no arithmetic crosses a day boundary in local time.
#include "calendar/working_calendar.h"

#include <algorithm>
#include <stdexcept>

#include <fmt/format.h>
#include <fmt/ranges.h>

namespace pst {
namespace {

using std::chrono::minutes;
using std::chrono::seconds;

constexpr int kMaxDaysWithoutWork = 3660;

/// The window of a weekday, if it is a usable one.
const ServiceWindow* window_of(const WorkCalendar& cal, date::local_days day) {
  const auto& w = cal.hours[date::weekday{day}.c_encoding()];
  if (!w || w->open_minute >= w->close_minute) return nullptr;
  return &*w;
}

Instant to_instant(const WorkCalendar& cal, date::local_seconds local) {
  return cal.zone->to_sys(local, date::choose::earliest);
}

[[noreturn]] void no_working_day(date::local_days from) {
  throw std::domain_error(fmt::format("no working day within {} days after {}", kMaxDaysWithoutWork,
                                      date::format("%F", from)));
}

/// Calls f(day) for day = first, first+1, ... while f returns false; throws when no working day
/// turned up for too long.
template <class F>
date::local_days walk_days(const WorkCalendar& cal, date::local_days first, F&& f) {
  int idle = 0;
  for (date::local_days d = first;; d += date::days{1}) {
    if (is_working_day(cal, d)) {
      idle = 0;
      if (f(d)) return d;
    } else if (++idle > kMaxDaysWithoutWork) {
      no_working_day(first);
    }
  }
}

}  // namespace

WorkCalendar build_work_calendar(std::string_view zone_name, const WeeklyHours& hours,
                                 const std::vector<HolidayFile>& files,
                                 const std::vector<date::local_days>& closures) {
  WorkCalendar cal;
  try {
    cal.zone = date::locate_zone(zone_name);
  } catch (const std::exception&) {
    throw std::invalid_argument(fmt::format("unknown time zone \"{}\"", zone_name));
  }
  bool any_open = false;
  for (const auto& w : hours) {
    if (!w) continue;
    if (w->open_minute < 0 || w->close_minute > 24 * 60 || w->open_minute >= w->close_minute)
      throw std::invalid_argument(fmt::format("service window {}-{} is not within one day",
                                              w->open_minute, w->close_minute));
    any_open = true;
  }
  if (!any_open) throw std::invalid_argument("the weekly service hours have no open day");
  cal.hours = hours;

  auto close_day = [&cal](date::local_days day, const std::string& name) {
    auto [it, inserted] = cal.closed.emplace(day, name);
    if (!inserted && it->second.find(name) == std::string::npos) it->second += " / " + name;
  };
  for (const auto& file : files) {
    for (const auto& h : file.holidays) close_day(date::local_days{h.date}, h.name);
    for (int y : file.covered_years()) cal.covered_years.insert(y);
  }
  for (const auto& day : closures) close_day(day, "Penutupan kantor");
  return cal;
}

date::local_days local_day(const WorkCalendar& cal, Instant t) {
  return date::floor<date::days>(cal.zone->to_local(t));
}

bool is_working_day(const WorkCalendar& cal, date::local_days day) {
  return window_of(cal, day) != nullptr && !cal.closed.contains(day);
}

bool is_working_day(const WorkCalendar& cal, date::year_month_day day) {
  return is_working_day(cal, date::local_days{day});
}

Instant opening_of(const WorkCalendar& cal, date::local_days day) {
  const ServiceWindow* w = window_of(cal, day);
  if (!w) throw std::invalid_argument(fmt::format("{} has no service hours", date::format("%F", day)));
  return to_instant(cal, day + minutes{w->open_minute});
}

Instant closing_of(const WorkCalendar& cal, date::local_days day) {
  const ServiceWindow* w = window_of(cal, day);
  if (!w) throw std::invalid_argument(fmt::format("{} has no service hours", date::format("%F", day)));
  return to_instant(cal, day + minutes{w->close_minute});
}

bool is_open(const WorkCalendar& cal, Instant t) {
  const date::local_days today = local_day(cal, t);
  for (auto d = today - date::days{1}; d <= today + date::days{1}; d += date::days{1}) {
    if (is_working_day(cal, d) && opening_of(cal, d) <= t && t < closing_of(cal, d)) return true;
  }
  return false;
}

Instant next_opening(const WorkCalendar& cal, Instant t) {
  Instant result;
  walk_days(cal, local_day(cal, t), [&](date::local_days d) {
    if (closing_of(cal, d) <= t) return false;
    result = std::max(t, opening_of(cal, d));
    return true;
  });
  return result;
}

Instant add_working_days(const WorkCalendar& cal, Instant start, int n) {
  if (n < 0) throw std::invalid_argument("add_working_days: negative day count");
  const date::local_days start_day = local_day(cal, start);
  int counted = 0;
  const date::local_days due_day =
      walk_days(cal, n == 0 ? start_day : start_day + date::days{1},
                [&](date::local_days) { return n == 0 || ++counted == n; });
  return closing_of(cal, due_day);
}

Instant add_working_time(const WorkCalendar& cal, Instant start, seconds amount) {
  if (amount < seconds{0}) throw std::invalid_argument("add_working_time: negative amount");
  if (amount == seconds{0}) return start;
  seconds remaining = amount;
  Instant result;
  walk_days(cal, local_day(cal, start), [&](date::local_days d) {
    const Instant close = closing_of(cal, d);
    if (close <= start) return false;
    const Instant from = std::max(start, opening_of(cal, d));
    const seconds available = close - from;
    if (remaining <= available) {
      result = from + remaining;
      return true;
    }
    remaining -= available;
    return false;
  });
  return result;
}

Instant add_working_minutes(const WorkCalendar& cal, Instant start, minutes amount) {
  return add_working_time(cal, start, amount);
}

seconds working_time_between(const WorkCalendar& cal, Instant a, Instant b) {
  if (b <= a) return seconds{0};
  seconds total{0};
  const date::local_days first = local_day(cal, a) - date::days{1};
  const date::local_days last = local_day(cal, b);
  // One UTC offset over the whole span (no DST change in it: Asia/Makassar always, other zones
  // most of the time): a day's window is then its local minutes minus that offset, without a
  // time-zone lookup per day (reminders walk months of days for each overdue ticket).
  const date::sys_info info = cal.zone->get_info(a - date::days{2});
  const bool one_offset = info.end > b + date::days{2};
  for (auto d = first; d <= last; d += date::days{1}) {
    if (!is_working_day(cal, d)) continue;
    Instant open, close;
    if (one_offset) {
      const ServiceWindow* w = window_of(cal, d);
      const Instant midnight{d.time_since_epoch() - info.offset};
      open = midnight + minutes{w->open_minute};
      close = midnight + minutes{w->close_minute};
    } else {
      open = opening_of(cal, d);
      close = closing_of(cal, d);
    }
    const Instant from = std::max(a, open);
    const Instant to = std::min(b, close);
    if (from < to) total += to - from;
  }
  return total;
}

minutes working_minutes_between(const WorkCalendar& cal, Instant a, Instant b) {
  return std::chrono::floor<minutes>(working_time_between(cal, a, b));
}

minutes day_length(const WorkCalendar& cal) {
  int longest = 0;
  for (const auto& w : cal.hours) {
    if (w && w->close_minute > w->open_minute) longest = std::max(longest, w->close_minute - w->open_minute);
  }
  return minutes{longest};
}

Deadline compute_deadline(const WorkCalendar& cal, Instant received, const SlaRule& rule) {
  if (rule.days < 0) throw std::invalid_argument("compute_deadline: negative number of days");
  const Instant start = next_opening(cal, received);
  switch (rule.mode) {
    case SlaMode::working_days:
      return {start, add_working_days(cal, start, rule.days)};
    case SlaMode::business_hours:
      return {start, add_working_time(cal, start, rule.days * day_length(cal))};
  }
  throw std::invalid_argument("compute_deadline: unknown SLA mode");
}

std::vector<int> missing_holiday_years(const WorkCalendar& cal, Instant from, Instant to) {
  if (to < from) std::swap(from, to);
  const int first = int(date::year_month_day{local_day(cal, from)}.year());
  const int last = int(date::year_month_day{local_day(cal, to)}.year());
  std::vector<int> missing;
  for (int y = first; y <= last; ++y) {
    if (!cal.covered_years.contains(y)) missing.push_back(y);
  }
  return missing;
}

std::string holiday_coverage_warning(const WorkCalendar& cal, Instant received, const Deadline& deadline) {
  const std::vector<int> years = missing_holiday_years(cal, std::min(received, deadline.start), deadline.due);
  if (years.empty()) return {};
  return fmt::format("no holiday file covers {}: {} counted as working days", fmt::join(years, ", "),
                     years.size() == 1 ? "its holidays were" : "their holidays were");
}

}  // namespace pst
