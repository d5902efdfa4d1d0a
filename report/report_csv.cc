// report_csv.cc: see report_csv.h.
#include "report/report_csv.h"

#include <fmt/format.h>

#include "calendar/instant_format.h"

namespace pst {
namespace {

using Row = std::vector<std::string>;

std::string num(std::optional<double> v) { return v ? number_text(*v) : ""; }
std::string num(int v) { return std::to_string(v); }
std::string num(std::size_t v) { return std::to_string(v); }
std::string ymd(date::local_days d) { return date::format("%F", d); }

CsvTable summary(const Report& r, const date::time_zone& zone) {
  CsvTable t{"summary", {"metric", "value"}, {}};
  auto add = [&](const char* k, std::string v) { t.rows.push_back({k, std::move(v)}); };
  add("period_first", ymd(r.period.first));
  add("period_last", ymd(r.period.last));
  add("as_at", format_iso8601(zone, r.now));
  add("requests", num(r.requests));
  add("complaints", num(r.complaints));
  add("replies", num(r.replies));
  add("questions", num(r.questions));
  add("never_complete", num(r.never_complete));
  add("spam", num(r.spam));
  add("merged", num(r.merged));
  add("complete", num(r.complete));
  add("answered_on_time", num(r.answered_on_time));
  add("answered_late", num(r.answered_late));
  add("reply_overdue", num(r.reply_overdue));
  add("reply_pending", num(r.reply_pending));
  add("closed_without_reply", num(r.closed_without_reply));
  add("answered_on_time_share", num(r.answered_on_time_share));
  add("closed_on_time", num(r.closed_on_time));
  add("closed_late", num(r.closed_late));
  add("close_overdue", num(r.close_overdue));
  add("close_pending", num(r.close_pending));
  add("closed_on_time_share", num(r.closed_on_time_share));
  add("hours_to_first_reply_count", num(r.to_first_reply.count));
  add("hours_to_first_reply_median", num(r.to_first_reply.median_hours));
  add("hours_to_first_reply_p90", num(r.to_first_reply.p90_hours));
  add("hours_to_close_count", num(r.to_close.count));
  add("hours_to_close_median", num(r.to_close.median_hours));
  add("hours_to_close_p90", num(r.to_close.p90_hours));
  add("waiting_tickets", num(r.waiting.count));
  add("waiting_hours_total", number_text(r.waiting.total_hours));
  add("waiting_hours_median", num(r.waiting.median_hours));
  add("overdue_now", num(r.overdue_now.size()));
  add("ratings", num(r.satisfaction.count));
  add("closed_in_period", num(r.closed_in_period));
  add("closed_rated", num(r.closed_rated));
  add("response_rate", num(r.response_rate));
  add("overall_mean", num(r.satisfaction.overall_mean));
  add("index", num(r.satisfaction.index));
  add("grade", r.satisfaction.grade ? std::string(1, *r.satisfaction.grade) : "");
  return t;
}

CsvTable counts(const char* name, const char* key, const std::vector<CountRow>& rows, bool replies) {
  CsvTable t{name, {key, "label", "requests", "complaints"}, {}};
  if (replies) t.header.push_back("replies");
  for (const auto& c : rows) {
    Row row{c.key, c.label, num(c.requests), num(c.complaints)};
    if (replies) row.push_back(num(c.replies));
    t.rows.push_back(std::move(row));
  }
  return t;
}

CsvTable weeks(const Report& r) {
  CsvTable t{"weeks",
             {"first", "last", "requests", "complaints", "replies", "complete", "answered_on_time", "judged",
              "on_time_share"},
             {}};
  for (const auto& w : r.weeks)
    t.rows.push_back({ymd(w.first), ymd(w.last), num(w.requests), num(w.complaints), num(w.replies), num(w.complete),
                      num(w.answered_on_time), num(w.judged),
                      w.judged ? number_text(static_cast<double>(w.answered_on_time) / w.judged) : ""});
  return t;
}

CsvTable reply_bins(const Report& r) {
  CsvTable t{"reply_time_distribution", {"from_hours", "to_hours", "tickets"}, {}};
  const auto b = reply_bin_bounds(r.day_hours);
  for (std::size_t i = 0; i < kReplyBins; ++i)
    t.rows.push_back({number_text(b[i].from_hours), num(b[i].to_hours), num(r.reply_bins[i])});
  return t;
}

CsvTable rating_distribution(const Report& r) {
  CsvTable t{"rating_distribution", {"score", "ratings"}, {}};
  for (int v = 1; v <= 5; ++v) t.rows.push_back({num(v), num(r.satisfaction.distribution[v - 1])});
  return t;
}

CsvTable rating_elements(const Report& r) {
  CsvTable t{"rating_elements", {"element", "name", "answers", "mean"}, {}};
  const auto& els = survey_elements();
  for (std::size_t i = 0; i < kElementCount; ++i)
    t.rows.push_back({els[i].key, els[i].name_id, num(r.satisfaction.element_counts[i]),
                      num(r.satisfaction.element_means[i])});
  return t;
}

CsvTable feedback(const Report& r) {
  CsvTable t{"feedback", {"ticket", "overall", "text"}, {}};
  for (const auto& f : r.feedback) t.rows.push_back({f.number, f.overall ? num(*f.overall) : "", f.text});
  return t;
}

CsvTable complaints(const Report& r, const date::time_zone& zone) {
  CsvTable t{"complaints", {"ticket", "received", "state", "officer", "institution", "subject", "closed", "hours_to_close"}, {}};
  for (const auto& c : r.complaint_list)
    t.rows.push_back({c.number, format_iso8601(zone, c.received), c.state, c.officer, c.institution, c.subject,
                      c.closed ? format_iso8601(zone, *c.closed) : "", num(c.hours_to_close)});
  return t;
}

CsvTable overdue(const Report& r, const date::time_zone& zone) {
  CsvTable t{"overdue_now", {"ticket", "kind", "officer", "due"}, {}};
  for (const auto& o : r.overdue_now) t.rows.push_back({o.number, o.kind, o.officer, format_iso8601(zone, o.due)});
  return t;
}

}  // namespace

std::string number_text(double v) { return fmt::format("{}", v); }

std::vector<CsvTable> report_tables(const Report& r, const date::time_zone& zone) {
  return {summary(r, zone),
          weeks(r),
          counts("by_officer", "officer", r.by_officer, true),
          counts("by_institution_type", "type", r.by_institution, false),
          counts("by_language", "language", r.by_language, false),
          counts("by_channel", "channel", r.by_channel, false),
          reply_bins(r),
          rating_distribution(r),
          rating_elements(r),
          feedback(r),
          complaints(r, zone),
          overdue(r, zone)};
}

std::string csv_field(std::string_view text) {
  std::string s(text);
  if (!s.empty() && (s[0] == '=' || s[0] == '+' || s[0] == '-' || s[0] == '@' || s[0] == '\t' || s[0] == '\r'))
    s.insert(0, "'");
  if (s.find_first_of(",\"\n\r") == std::string::npos) return s;
  std::string q = "\"";
  for (char c : s) q += c == '"' ? std::string("\"\"") : std::string(1, c);
  return q + "\"";
}

std::string to_csv(const CsvTable& t) {
  std::string out;
  auto line = [&](const std::vector<std::string>& cells) {
    for (std::size_t i = 0; i < cells.size(); ++i) out += (i ? "," : "") + csv_field(cells[i]);
    out += "\n";
  };
  line(t.header);
  for (const auto& r : t.rows) line(r);
  return out;
}

std::string report_csv(const Report& r, const date::time_zone& zone) {
  std::string out;
  for (const auto& t : report_tables(r, zone)) out += "# " + t.name + "\n" + to_csv(t) + "\n";
  return out;
}

}  // namespace pst
