// deadline_property_test.cc: properties of compute_deadline over thousands of random instants in
// 2026-2027 (fixed seeds, so a failure reproduces), and a comparison with a deliberately naive
// reference for the shipped office (Asia/Makassar has a fixed +08:00 offset, so the reference
// works in plain minutes since the epoch and walks minute by minute).
#include <algorithm>
#include <random>
#include <set>

#include <gtest/gtest.h>

#include "calendar/working_calendar.h"
#include "tests/calendar/test_calendars.h"

namespace pst {
namespace {

using namespace std::chrono_literals;
using test::at;
using test::iso;

std::vector<Instant> random_instants(unsigned seed, int count, Instant from, Instant to) {
  std::mt19937_64 rng(seed);
  std::uniform_int_distribution<long long> pick(from.time_since_epoch().count(),
                                                to.time_since_epoch().count());
  std::vector<Instant> out;
  for (int i = 0; i < count; ++i) out.push_back(Instant{std::chrono::seconds{pick(rng)}});
  // Some instants exactly on window edges and one second around them.
  std::uniform_int_distribution<int> day(0, 729), edge(0, 5);
  for (int i = 0; i < count / 4; ++i) {
    const auto local_midnight = date::sys_days{date::year{2026} / 1 / 1} + date::days{day(rng)} - 8h;
    const std::chrono::seconds offsets[] = {8h - 1s, 8h, 8h + 1s, 15h + 30min - 1s, 15h + 30min, 15h + 30min + 1s};
    out.push_back(local_midnight + offsets[edge(rng)]);
  }
  return out;
}

class DeadlineProperties : public testing::TestWithParam<const char*> {
 protected:
  WorkCalendar cal = test::office_calendar(GetParam());
  std::vector<Instant> instants = random_instants(20261127, 4000, at("2026-01-01T00:00:00Z"),
                                                  at("2027-12-20T00:00:00Z"));
};

TEST_P(DeadlineProperties, WorkingDaysDueIsAWorkingDayAtClosing) {
  for (Instant t : instants) {
    const Deadline d = compute_deadline(cal, t, {SlaMode::working_days, 3});
    const auto due_day = local_day(cal, d.due);
    ASSERT_TRUE(is_working_day(cal, due_day)) << iso(cal, t);
    ASSERT_EQ(d.due, closing_of(cal, due_day)) << iso(cal, t);
    ASSERT_GE(d.start, t) << iso(cal, t);
    ASSERT_TRUE(is_open(cal, d.start)) << iso(cal, t);
    ASSERT_EQ(is_open(cal, t), d.start == t) << iso(cal, t);
    // Exactly 3 working days in (start day, due day].
    int count = 0;
    for (auto day = local_day(cal, d.start) + date::days{1}; day <= due_day; day += date::days{1})
      count += is_working_day(cal, day);
    ASSERT_EQ(count, 3) << iso(cal, t);
    // Nothing open between the receipt and the start.
    ASSERT_EQ(working_time_between(cal, t, d.start), 0s) << iso(cal, t);
  }
}

TEST_P(DeadlineProperties, BusinessHoursDueIsExactlyThreeServiceDaysLater) {
  for (Instant t : instants) {
    const Deadline d = compute_deadline(cal, t, {SlaMode::business_hours, 3});
    ASSERT_EQ(working_time_between(cal, d.start, d.due), 3 * 450min) << iso(cal, t);
    // Due lies in (open, close] of a working day: never moved on to the next opening.
    const auto due_day = local_day(cal, d.due);
    ASSERT_TRUE(is_working_day(cal, due_day)) << iso(cal, t);
    ASSERT_GT(d.due, opening_of(cal, due_day)) << iso(cal, t);
    ASSERT_LE(d.due, closing_of(cal, due_day)) << iso(cal, t);
  }
}

TEST_P(DeadlineProperties, LaterStartNeverGivesEarlierDue) {
  std::vector<Instant> sorted = instants;
  std::sort(sorted.begin(), sorted.end());
  for (SlaMode mode : {SlaMode::working_days, SlaMode::business_hours}) {
    Deadline previous = compute_deadline(cal, sorted.front(), {mode, 3});
    for (Instant t : sorted) {
      const Deadline d = compute_deadline(cal, t, {mode, 3});
      ASSERT_GE(d.start, previous.start) << iso(cal, t);
      ASSERT_GE(d.due, previous.due) << iso(cal, t);
      previous = d;
    }
  }
}

TEST_P(DeadlineProperties, WorkingTimeAddsUp) {
  std::mt19937 rng(42);
  std::uniform_int_distribution<int> amount(0, 5 * 450 * 60);
  for (std::size_t i = 0; i + 2 < instants.size(); i += 3) {
    Instant a = instants[i], b = instants[i + 1], c = instants[i + 2];
    if (b < a) std::swap(a, b);
    if (c < b) std::swap(b, c);
    if (b < a) std::swap(a, b);
    ASSERT_EQ(working_time_between(cal, a, c), working_time_between(cal, a, b) + working_time_between(cal, b, c));
    const std::chrono::seconds x{amount(rng)};
    const Instant u = add_working_time(cal, a, x);
    ASSERT_EQ(working_time_between(cal, a, u), x) << iso(cal, a);
    if (x > 0s) {
      ASSERT_LT(working_time_between(cal, a, u - 1s), x) << iso(cal, a);  // earliest such u
    }
  }
}

INSTANTIATE_TEST_SUITE_P(Zones, DeadlineProperties,
                         testing::Values("Asia/Makassar", "Asia/Jakarta", "Asia/Jayapura"),
                         [](const auto& info) {
                           std::string n = info.param;
                           std::replace(n.begin(), n.end(), '/', '_');
                           return n;
                         });

TEST(DeadlineProperties, DaylightSavingZoneKeepsTheRules) {
  const WorkCalendar cal = build_work_calendar("America/New_York", test::mon_to_fri(), {}, {});
  for (Instant t : random_instants(7, 3000, at("2026-01-01T00:00:00Z"), at("2027-12-20T00:00:00Z"))) {
    const Deadline wd = compute_deadline(cal, t, {SlaMode::working_days, 3});
    const auto due_day = local_day(cal, wd.due);
    ASSERT_TRUE(is_working_day(cal, due_day)) << iso(cal, t);
    ASSERT_EQ(iso(cal, wd.due).substr(11, 8), "15:30:00") << iso(cal, t);
    const Deadline bh = compute_deadline(cal, t, {SlaMode::business_hours, 3});
    ASSERT_EQ(working_time_between(cal, bh.start, bh.due), 3 * 450min) << iso(cal, t);
  }
}

/// A naive reference for a fixed-offset zone: minutes since the epoch, a local date from integer
/// division, and a minute-by-minute walk. Shares nothing with working_calendar.cc but the dates.
class NaiveClock {
 public:
  NaiveClock(int offset_minutes, std::set<long> holidays) : offset_(offset_minutes), holidays_(std::move(holidays)) {}

  bool working_day(long day) const {
    const long wd = ((day % 7) + 11) % 7;  // 1970-01-01 (day 0) was a Thursday (4)
    return wd >= 1 && wd <= 5 && !holidays_.contains(day);
  }
  bool open_minute(long local_minute) const {
    const long day = floor_div(local_minute, 1440), m = local_minute - day * 1440;
    return working_day(day) && m >= 480 && m < 930;
  }
  // Returns {start, due} in UTC seconds.
  std::pair<long, long> deadline(long utc_seconds, bool working_days, int n) const {
    const long local_s = utc_seconds + offset_ * 60L;
    long start_s;
    if (open_minute(floor_div(local_s, 60))) {
      start_s = local_s;
    } else {
      long m = floor_div(local_s, 60) + 1;
      while (!open_minute(m) || floor_mod(m, 1440) != 480) ++m;  // next 08:00 of a working day
      start_s = m * 60;
    }
    long due_s;
    if (working_days) {
      long day = floor_div(start_s, 86400);
      for (int k = 0; k < n;) k += working_day(++day);
      due_s = day * 86400 + 930 * 60;
    } else {
      long remaining = n * 450L * 60;
      long s = start_s;
      // First partial minute, then whole minutes, then the last partial minute.
      const long first = std::min<long>(remaining, 60 - floor_mod(s, 60));
      if (floor_mod(s, 60) != 0) remaining -= first, s += first;
      long m = floor_div(s, 60);
      while (remaining >= 60) {
        if (open_minute(m)) remaining -= 60;
        ++m;
      }
      if (remaining > 0) {
        while (!open_minute(m)) ++m;
      } else {
        // Exactly used up: the due is the end of the last open minute counted.
        while (!open_minute(m - 1)) --m;
      }
      due_s = m * 60 + remaining;
    }
    return {start_s - offset_ * 60L, due_s - offset_ * 60L};
  }

 private:
  static long floor_div(long a, long b) { return a / b - ((a % b != 0) && ((a < 0) != (b < 0))); }
  static long floor_mod(long a, long b) { return a - floor_div(a, b) * b; }
  int offset_;
  std::set<long> holidays_;
};

TEST(DeadlineReference, MatchesANaiveMinuteWalkInMakassar) {
  const WorkCalendar cal = test::office_calendar();
  std::set<long> holidays;
  for (const auto& [day, name] : cal.closed) holidays.insert(day.time_since_epoch().count());
  const NaiveClock naive(8 * 60, holidays);
  for (Instant t : random_instants(99, 2000, at("2026-01-01T00:00:00Z"), at("2027-12-20T00:00:00Z"))) {
    for (bool working_days : {true, false}) {
      const Deadline d =
          compute_deadline(cal, t, {working_days ? SlaMode::working_days : SlaMode::business_hours, 3});
      const auto [start, due] = naive.deadline(t.time_since_epoch().count(), working_days, 3);
      ASSERT_EQ(d.start.time_since_epoch().count(), start) << iso(cal, t) << " working_days=" << working_days;
      ASSERT_EQ(d.due.time_since_epoch().count(), due) << iso(cal, t) << " working_days=" << working_days;
    }
  }
}

}  // namespace
}  // namespace pst
