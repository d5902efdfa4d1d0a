// report_data.h: the figures of `pstq report` (issue 11) for one period, as a plain struct.
// build_report() is pure (tickets with their events, ratings, calendar, now -> figures);
// read_report() is the only function here that touches the database: it selects the tickets the
// period can involve and hands them to build_report(). The renderers (report_text.h, report_csv.h,
// report_json.h, report_html.h) only format a Report.
//
// Definitions (the supervisor's questions, each answered one way):
//  - Period: office-local dates, first..last inclusive, i.e. [00:00 of first, 00:00 after last).
//  - Volumes count tickets RECEIVED in the period (spam and tickets merged into another left out
//    and counted apart), by kind, current officer, institution type and language; "replies" and
//    "questions" are officer replies (`pstq reply`) and questions (`pstq wait`) MADE in the period,
//    on any ticket; "never complete" are requests received in the period whose clock never started.
//  - Service standard: tickets whose clock first STARTED in the period (the request became
//    complete), judged by report/ticket_facts.h. Share answered on time = on time / (on time + late
//    + overdue); tickets still within their deadline or waiting for the requester (pending) and
//    tickets closed without a reply are outside the share and shown apart. The same for closure.
//    Durations are working hours with the clock running (report/ticket_facts.h); median is the mean
//    of the two middle values for an even count, p90 the nearest rank (ceil(0.9 n)-th smallest).
//  - Overdue now: every open ticket whose deadline has passed at `now`, whatever its period.
//  - Satisfaction: ratings whose last change lies in the period (the same set as `pstq ratings
//    --from --to`), summarised by queue/ratings.h; response rate = tickets first closed in the
//    period that have a rating (given at any time) / tickets first closed in the period.
//  - Complaints: complaints received in the period with their state and working hours to close.
//  - Weeks: Monday-to-Sunday weeks cut to the period; volumes by received, on-time share by
//    completion, as above.
// Not for: permissions (pstq/verb_report.cc) or any change to the database (read only).
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <date/date.h>

#include "calendar/working_calendar.h"
#include "config/config.h"
#include "queue/database.h"
#include "queue/ratings.h"
#include "queue/tickets.h"
#include "report/institution_type.h"
#include "report/ticket_facts.h"

namespace pst {

struct ReportPeriod {
  date::local_days first;   // office-local, inclusive
  date::local_days last;    // inclusive
  friend bool operator==(const ReportPeriod&, const ReportPeriod&) = default;
};

/// "2026-11" -> 1..30 November 2026; nullopt when not a month "YYYY-MM".
[[nodiscard]] std::optional<ReportPeriod> month_period(std::string_view month);
/// The calendar month before the one holding `day`.
[[nodiscard]] ReportPeriod previous_month(date::local_days day);
/// [begin, end) of the period in instants (office zone).
[[nodiscard]] Instant period_begin(const WorkCalendar& cal, const ReportPeriod& p);
[[nodiscard]] Instant period_end(const WorkCalendar& cal, const ReportPeriod& p);

/// One line of a breakdown (by officer, institution type, language).
struct CountRow {
  std::string key;          // login ("" = unassigned), "university", "id"
  std::string label;        // officer's name, Indonesian type label, language name
  int requests = 0;
  int complaints = 0;
  int replies = 0;          // by officer only
  friend bool operator==(const CountRow&, const CountRow&) = default;
};

struct DurationSummary {
  std::size_t count = 0;
  std::optional<double> median_hours;
  std::optional<double> p90_hours;
  double total_hours = 0;
};

/// Pure: the summary of working durations (nearest-rank p90, see the file comment).
[[nodiscard]] DurationSummary summarise_durations(std::vector<std::chrono::seconds> values);

/// Working hours to the first reply in five bins, by the office's day length d (7.5 h):
/// [0, 1 h), [1 h, d), [d, 2d), [2d, 3d), [3d, ...).
inline constexpr std::size_t kReplyBins = 5;
struct BinBounds {
  double from_hours;
  std::optional<double> to_hours;  // nullopt: no upper bound
};
[[nodiscard]] std::array<BinBounds, kReplyBins> reply_bin_bounds(double day_hours);

struct WeekRow {
  date::local_days first;   // Monday, or the period's first day
  date::local_days last;    // Sunday, or the period's last day
  int requests = 0;         // received
  int complaints = 0;
  int replies = 0;          // made
  int complete = 0;         // clocks started
  int answered_on_time = 0;
  int judged = 0;           // on time + late + overdue
};

struct ComplaintRow {
  std::string number;
  Instant received{};
  std::string state;
  std::string officer;
  std::string institution;
  std::string subject;
  std::optional<Instant> closed;
  std::optional<double> hours_to_close;  // working hours, clock running
};

struct OverdueRow {
  std::string number;
  std::string kind;
  std::string officer;
  Instant due{};
};

struct FeedbackRow {
  std::string number;
  std::optional<int> overall;
  std::string text;
};

struct Report {
  ReportPeriod period;
  Instant begin{}, end{}, now{};
  std::string office;

  // 1. Volumes
  int requests = 0;
  int complaints = 0;
  int replies = 0;
  int questions = 0;
  int never_complete = 0;
  int spam = 0;
  int merged = 0;
  std::vector<CountRow> by_officer;       // by login, unassigned last
  std::vector<CountRow> by_institution;   // university, government, company, public (all four)
  std::vector<CountRow> by_language;      // id, en, then others by code
  std::vector<CountRow> by_channel;       // email, whatsapp (issue 18): each channel that had tickets

  // 2. Service standard
  int complete = 0;
  int answered_on_time = 0, answered_late = 0, reply_overdue = 0, reply_pending = 0, closed_without_reply = 0;
  std::optional<double> answered_on_time_share;
  int closed_on_time = 0, closed_late = 0, close_overdue = 0, close_pending = 0;
  std::optional<double> closed_on_time_share;
  DurationSummary to_first_reply;
  DurationSummary to_close;
  DurationSummary waiting;                // tickets that waited for the requester
  double day_hours = 7.5;                 // the bins' day length
  std::array<int, kReplyBins> reply_bins{};
  std::vector<OverdueRow> overdue_now;
  std::vector<WeekRow> weeks;

  // 3. Satisfaction
  SatisfactionSummary satisfaction;
  int closed_in_period = 0;
  int closed_rated = 0;
  std::optional<double> response_rate;
  std::vector<FeedbackRow> feedback;      // non-empty feedback, oldest first

  // 4. Complaints
  std::vector<ComplaintRow> complaint_list;
};

/// What build_report() reads: one ticket with its whole event history.
struct TicketHistory {
  Ticket ticket;
  std::vector<Event> events;
  bool rated = false;                      // has a rating (any time)
};

struct ReportInput {
  ReportPeriod period;
  std::string office;
  std::vector<OfficerConfig> officers;     // names for the officer breakdown
  std::vector<TicketHistory> tickets;      // every ticket the period can involve (more is harmless)
  std::vector<StoredRating> ratings;       // ratings whose last change lies in the period
  std::vector<Ticket> overdue_now;         // open tickets past due at `now`
};

/// Pure: the figures.
[[nodiscard]] Report build_report(const ReportInput& in, const WorkCalendar& cal, Instant now);

/// Reads the database (read only, no transaction needed) and builds the report.
[[nodiscard]] Report read_report(Database& db, const WorkCalendar& cal, const ReportPeriod& period, Instant now,
                                 const std::vector<OfficerConfig>& officers, const std::string& office);

/// "Bahasa Indonesia", "English", else the code itself.
[[nodiscard]] std::string language_label(std::string_view code);

}  // namespace pst
