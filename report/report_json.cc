// report_json.cc: see report_json.h.
#include "report/report_json.h"

#include "calendar/instant_format.h"

namespace pst {
namespace {

using nlohmann::json;

template <typename T>
json opt(const std::optional<T>& v) {
  return v ? json(*v) : json();
}

std::string ymd(date::local_days d) { return date::format("%F", d); }

json durations(const DurationSummary& d) {
  return {{"count", d.count}, {"median", opt(d.median_hours)}, {"p90", opt(d.p90_hours)}, {"total", d.total_hours}};
}

json count_rows(const std::vector<CountRow>& rows, const char* key, bool replies) {
  json out = json::array();
  for (const auto& r : rows) {
    json j = {{key, r.key}, {"label", r.label}, {"requests", r.requests}, {"complaints", r.complaints}};
    if (replies) j["replies"] = r.replies;
    out.push_back(j);
  }
  return out;
}

json volumes(const Report& r) {
  return {{"requests", r.requests},
          {"complaints", r.complaints},
          {"replies", r.replies},
          {"questions", r.questions},
          {"never_complete", r.never_complete},
          {"spam", r.spam},
          {"merged", r.merged},
          {"by_officer", count_rows(r.by_officer, "officer", true)},
          {"by_institution_type", count_rows(r.by_institution, "type", false)},
          {"by_language", count_rows(r.by_language, "language", false)},
          {"by_channel", count_rows(r.by_channel, "channel", false)}};
}

json service(const Report& r, const date::time_zone& zone) {
  json j;
  j["complete"] = r.complete;
  j["answered"] = {{"on_time", r.answered_on_time},          {"late", r.answered_late},
                   {"overdue", r.reply_overdue},             {"pending", r.reply_pending},
                   {"closed_without_reply", r.closed_without_reply}, {"on_time_share", opt(r.answered_on_time_share)}};
  j["closed"] = {{"on_time", r.closed_on_time}, {"late", r.closed_late},     {"overdue", r.close_overdue},
                 {"pending", r.close_pending},  {"on_time_share", opt(r.closed_on_time_share)}};
  j["hours_to_first_reply"] = durations(r.to_first_reply);
  j["hours_to_close"] = durations(r.to_close);
  j["waiting_for_requester"] = durations(r.waiting);
  j["reply_time_distribution"] = json::array();
  const auto bounds = reply_bin_bounds(r.day_hours);
  for (std::size_t i = 0; i < kReplyBins; ++i)
    j["reply_time_distribution"].push_back(
        {{"from_hours", bounds[i].from_hours}, {"to_hours", opt(bounds[i].to_hours)}, {"count", r.reply_bins[i]}});
  j["overdue_now"] = json::array();
  for (const auto& o : r.overdue_now)
    j["overdue_now"].push_back({{"ticket", o.number},
                                {"kind", o.kind},
                                {"officer", o.officer.empty() ? json() : json(o.officer)},
                                {"due", format_iso8601(zone, o.due)}});
  j["weeks"] = json::array();
  for (const auto& w : r.weeks)
    j["weeks"].push_back({{"first", ymd(w.first)},
                          {"last", ymd(w.last)},
                          {"requests", w.requests},
                          {"complaints", w.complaints},
                          {"replies", w.replies},
                          {"complete", w.complete},
                          {"answered_on_time", w.answered_on_time},
                          {"judged", w.judged},
                          {"on_time_share", w.judged ? json(static_cast<double>(w.answered_on_time) / w.judged) : json()}});
  return j;
}

json satisfaction(const Report& r) {
  const SatisfactionSummary& s = r.satisfaction;
  json j = {{"ratings", s.count},
            {"closed_in_period", r.closed_in_period},
            {"closed_rated", r.closed_rated},
            {"response_rate", opt(r.response_rate)},
            {"overall_count", s.overall_count},
            {"overall_mean", opt(s.overall_mean)},
            {"distribution", json::object()},
            {"elements", json::object()},
            {"index", opt(s.index)},
            {"grade", s.grade ? json(std::string(1, *s.grade)) : json()},
            {"grade_words", s.grade ? json(grade_words(*s.grade, false)) : json()},
            {"feedback", json::array()}};
  for (int v = 1; v <= 5; ++v) j["distribution"][std::to_string(v)] = s.distribution[v - 1];
  const auto& els = survey_elements();
  for (std::size_t i = 0; i < kElementCount; ++i)
    j["elements"][els[i].key] = {{"name", els[i].name_id}, {"count", s.element_counts[i]}, {"mean", opt(s.element_means[i])}};
  for (const auto& f : r.feedback)
    j["feedback"].push_back({{"ticket", f.number}, {"overall", opt(f.overall)}, {"text", f.text}});
  return j;
}

json complaints(const Report& r, const date::time_zone& zone) {
  json out = json::array();
  for (const auto& c : r.complaint_list)
    out.push_back({{"ticket", c.number},
                   {"received", format_iso8601(zone, c.received)},
                   {"state", c.state},
                   {"officer", c.officer.empty() ? json() : json(c.officer)},
                   {"institution", c.institution},
                   {"subject", c.subject},
                   {"closed", c.closed ? json(format_iso8601(zone, *c.closed)) : json()},
                   {"hours_to_close", opt(c.hours_to_close)}});
  return out;
}

}  // namespace

nlohmann::json report_json(const Report& r, const date::time_zone& zone) {
  json j;
  j["office"] = r.office;
  j["period"] = {{"first", ymd(r.period.first)},
                 {"last", ymd(r.period.last)},
                 {"begin", format_iso8601(zone, r.begin)},
                 {"end", format_iso8601(zone, r.end)}};
  j["as_at"] = format_iso8601(zone, r.now);
  j["volumes"] = volumes(r);
  j["service"] = service(r, zone);
  j["satisfaction"] = satisfaction(r);
  j["complaints"] = complaints(r, zone);
  return j;
}

}  // namespace pst
