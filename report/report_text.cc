// report_text.cc: see report_text.h. Tables come from report_tables() (report_csv.h), so the text
// and the CSV never disagree.
#include "report/report_text.h"

#include <algorithm>

#include <fmt/format.h>

#include "report/report_csv.h"

namespace pst {
namespace {

/// Control characters (including newlines) as spaces.
std::string one_line(std::string s) {
  for (char& c : s)
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) c = ' ';
  return s;
}

std::size_t width(const std::string& s) {
  std::size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

std::string aligned(const CsvTable& t) {
  std::vector<std::size_t> w(t.header.size(), 0);
  auto measure = [&](const std::vector<std::string>& row) {
    for (std::size_t i = 0; i < row.size() && i < w.size(); ++i) w[i] = std::max(w[i], width(one_line(row[i])));
  };
  measure(t.header);
  for (const auto& r : t.rows) measure(r);
  std::string out;
  auto line = [&](const std::vector<std::string>& row) {
    std::string l;
    for (std::size_t i = 0; i < row.size(); ++i) {
      std::string cell = one_line(row[i]);
      l += cell;
      if (i + 1 < row.size()) l += std::string(w[i] - width(cell) + 2, ' ');
    }
    out += l + "\n";
  };
  line(t.header);
  for (const auto& r : t.rows) line(r);
  return out;
}

std::string pct(std::optional<double> f) { return f ? fmt::format("{:.1f}%", *f * 100) : "-"; }
std::string hrs(std::optional<double> h) { return h ? fmt::format("{:.2f}", *h) : "-"; }

/// The table called `name`, with the cells of `column` (a number) shown with two decimals.
CsvTable table(const std::vector<CsvTable>& ts, std::string_view name, std::string_view column = {}) {
  CsvTable t = *std::find_if(ts.begin(), ts.end(), [&](const CsvTable& x) { return x.name == name; });
  const auto col = std::find(t.header.begin(), t.header.end(), column);
  if (column.empty() || col == t.header.end()) return t;
  const auto i = static_cast<std::size_t>(col - t.header.begin());
  for (auto& row : t.rows)
    if (i < row.size() && !row[i].empty()) row[i] = fmt::format("{:.2f}", std::stod(row[i]));
  return t;
}

}  // namespace

std::string report_text(const Report& r, const date::time_zone& zone) {
  const std::vector<CsvTable> ts = report_tables(r, zone);
  std::string o;
  o += fmt::format("consultation report: {}, {} to {} (as at {})\n\n", one_line(r.office),
                   date::format("%F", r.period.first), date::format("%F", r.period.last),
                   date::format("%F %H:%M", date::floor<std::chrono::minutes>(zone.to_local(r.now))));
  o += "1. volumes\n";
  o += fmt::format("requests: {} (never complete: {}), complaints: {}\n", r.requests, r.never_complete, r.complaints);
  o += fmt::format("officer replies: {}, questions to requesters: {}; left out: spam {}, merged {}\n\n", r.replies,
                   r.questions, r.spam, r.merged);
  o += aligned(table(ts, "by_officer")) + "\n" + aligned(table(ts, "by_institution_type")) + "\n" +
       aligned(table(ts, "by_language")) + "\n" + aligned(table(ts, "by_channel")) + "\n";
  o += "2. service standard\n";
  o += fmt::format("complete in the period: {}\n", r.complete);
  o += fmt::format("answered on time: {} of {} ({}); late {}, unanswered overdue {}; pending {}, closed without reply {}\n",
                   r.answered_on_time, r.answered_on_time + r.answered_late + r.reply_overdue,
                   pct(r.answered_on_time_share), r.answered_late, r.reply_overdue, r.reply_pending,
                   r.closed_without_reply);
  o += fmt::format("closed on time: {} of {} ({}); late {}, unclosed overdue {}; pending {}\n", r.closed_on_time,
                   r.closed_on_time + r.closed_late + r.close_overdue, pct(r.closed_on_time_share), r.closed_late,
                   r.close_overdue, r.close_pending);
  o += fmt::format("working hours to first reply: median {}, p90 {} ({} tickets)\n", hrs(r.to_first_reply.median_hours),
                   hrs(r.to_first_reply.p90_hours), r.to_first_reply.count);
  o += fmt::format("working hours to close: median {}, p90 {} ({} tickets)\n", hrs(r.to_close.median_hours),
                   hrs(r.to_close.p90_hours), r.to_close.count);
  o += fmt::format("waiting for requesters: {} tickets, {:.2f} working hours in all (median {})\n", r.waiting.count,
                   r.waiting.total_hours, hrs(r.waiting.median_hours));
  o += fmt::format("overdue now: {}\n\n", r.overdue_now.size());
  if (!r.overdue_now.empty()) o += aligned(table(ts, "overdue_now")) + "\n";
  o += aligned(table(ts, "weeks", "on_time_share")) + "\n" + aligned(table(ts, "reply_time_distribution")) + "\n";
  const SatisfactionSummary& s = r.satisfaction;
  o += "3. satisfaction\n";
  o += fmt::format("ratings: {}; response rate {} ({} of {} tickets closed in the period rated)\n", s.count,
                   pct(r.response_rate), r.closed_rated, r.closed_in_period);
  o += fmt::format("overall (1-5): mean {}\n", s.overall_mean ? fmt::format("{:.2f}", *s.overall_mean) : "-");
  if (s.index)
    o += fmt::format("satisfaction index (IKM): {:.2f}, grade {} ({})\n", *s.index, *s.grade, grade_words(*s.grade, true));
  else
    o += "satisfaction index (IKM): - (needs answers on all nine elements)\n";
  o += "\n" + aligned(table(ts, "rating_distribution")) + "\n" + aligned(table(ts, "rating_elements", "mean")) + "\n";
  if (!r.feedback.empty()) {
    o += "feedback:\n";
    for (const auto& f : r.feedback)
      o += fmt::format("- {} ({}): {}\n", f.number, f.overall ? std::to_string(*f.overall) : "-", one_line(f.text));
    o += "\n";
  }
  o += "4. complaints\n";
  if (r.complaint_list.empty())
    o += "none\n";
  else
    o += aligned(table(ts, "complaints"));
  return o;
}

}  // namespace pst
