// report_data.cc: see report_data.h. build_report() is one pass over the tickets; read_report()
// selects them with three small queries.
#include "report/report_data.h"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

#include <fmt/format.h>

namespace pst {
namespace {

using std::chrono::seconds;

std::optional<double> share(int part, int whole) {
  if (whole <= 0) return std::nullopt;
  return static_cast<double>(part) / static_cast<double>(whole);
}

double hours(seconds s) { return static_cast<double>(s.count()) / 3600.0; }

std::vector<WeekRow> weeks_of(const ReportPeriod& p) {
  std::vector<WeekRow> out;
  for (date::local_days d = p.first; d <= p.last;) {
    const unsigned iso = date::weekday(d).iso_encoding();  // Monday 1 .. Sunday 7
    WeekRow w;
    w.first = d;
    w.last = std::min(p.last, d + date::days(7 - iso));
    out.push_back(w);
    d = w.last + date::days(1);
  }
  return out;
}

WeekRow* week_at(std::vector<WeekRow>& weeks, date::local_days d) {
  for (auto& w : weeks)
    if (d >= w.first && d <= w.last) return &w;
  return nullptr;
}

std::size_t reply_bin(seconds s, double day_hours) {
  const double h = hours(s);
  const auto bounds = reply_bin_bounds(day_hours);
  for (std::size_t i = 0; i < kReplyBins; ++i)
    if (!bounds[i].to_hours || h < *bounds[i].to_hours) return i;
  return kReplyBins - 1;
}

std::string officer_name(const std::vector<OfficerConfig>& officers, const std::string& login) {
  if (login.empty()) return "(belum ditugaskan)";
  for (const auto& o : officers)
    if (o.login == login) return o.name;
  return login;
}

void add_kind(CountRow& row, TicketKind k) { ++(k == TicketKind::complaint ? row.complaints : row.requests); }

bool was_merged(const TicketHistory& h) {
  return std::any_of(h.events.begin(), h.events.end(), [](const Event& e) { return e.type == "merged_into"; });
}

/// The breakdown rows in their report order.
std::vector<CountRow> officer_rows(std::map<std::string, CountRow> rows) {
  std::vector<CountRow> out;
  for (auto& [login, row] : rows)
    if (!login.empty()) out.push_back(row);
  if (auto it = rows.find(""); it != rows.end()) out.push_back(it->second);
  return out;
}

std::vector<CountRow> language_rows(std::map<std::string, CountRow> rows) {
  std::vector<CountRow> out;
  for (const char* first : {"id", "en"})
    if (auto it = rows.find(first); it != rows.end()) out.push_back(it->second), rows.erase(it);
  for (auto& [code, row] : rows) out.push_back(row);
  return out;
}

/// Service-standard figures of one ticket complete in the period.
void count_service(Report& r, const TicketFacts& f, const WorkCalendar& cal, std::vector<seconds>& reply_times,
                   std::vector<seconds>& close_times, std::vector<seconds>& waits) {
  ++r.complete;
  switch (f.reply) {
    case Outcome::on_time: ++r.answered_on_time; break;
    case Outcome::late: ++r.answered_late; break;
    case Outcome::overdue: ++r.reply_overdue; break;
    case Outcome::pending: ++r.reply_pending; break;
    case Outcome::without_reply: ++r.closed_without_reply; break;
  }
  switch (f.close) {
    case Outcome::on_time: ++r.closed_on_time; break;
    case Outcome::late: ++r.closed_late; break;
    case Outcome::overdue: ++r.close_overdue; break;
    default: ++r.close_pending; break;
  }
  if (f.to_reply) {
    reply_times.push_back(*f.to_reply);
    ++r.reply_bins[reply_bin(*f.to_reply, r.day_hours)];
  }
  if (f.to_close) close_times.push_back(*f.to_close);
  if (f.waited) waits.push_back(f.waiting);
  if (WeekRow* w = week_at(r.weeks, local_day(cal, *f.complete))) {
    ++w->complete;
    if (f.reply == Outcome::on_time) ++w->answered_on_time;
    if (f.reply == Outcome::on_time || f.reply == Outcome::late || f.reply == Outcome::overdue) ++w->judged;
  }
}

ComplaintRow complaint_row(const Ticket& t, const TicketFacts& f) {
  ComplaintRow c;
  c.number = t.number;
  c.received = t.received;
  c.state = to_string(t.state);
  c.officer = t.officer.value_or("");
  c.institution = t.requester_institution.value_or("");
  c.subject = t.subject;
  c.closed = f.first_close;
  if (f.to_close) c.hours_to_close = hours(*f.to_close);
  return c;
}

}  // namespace

std::optional<ReportPeriod> month_period(std::string_view month) {
  if (month.size() != 7) return std::nullopt;
  auto first = parse_iso_date(std::string(month) + "-01");
  if (!first) return std::nullopt;
  const date::year_month_day last{first->year() / first->month() / date::last};
  return ReportPeriod{date::local_days{*first}, date::local_days{last}};
}

ReportPeriod previous_month(date::local_days day) {
  const date::year_month_day ymd{day};
  const date::year_month prev = ymd.year() / ymd.month() - date::months(1);
  return ReportPeriod{date::local_days{prev / date::day(1)}, date::local_days{prev / date::last}};
}

Instant period_begin(const WorkCalendar& cal, const ReportPeriod& p) {
  return std::chrono::time_point_cast<seconds>(cal.zone->to_sys(p.first, date::choose::earliest));
}

Instant period_end(const WorkCalendar& cal, const ReportPeriod& p) {
  return std::chrono::time_point_cast<seconds>(cal.zone->to_sys(p.last + date::days(1), date::choose::earliest));
}

std::string language_label(std::string_view code) {
  if (code == "id") return "Bahasa Indonesia";
  if (code == "en") return "English";
  return std::string(code);
}

std::array<BinBounds, kReplyBins> reply_bin_bounds(double d) {
  return {BinBounds{0, 1}, BinBounds{1, d}, BinBounds{d, 2 * d}, BinBounds{2 * d, 3 * d}, BinBounds{3 * d, std::nullopt}};
}

DurationSummary summarise_durations(std::vector<seconds> values) {
  DurationSummary d;
  d.count = values.size();
  if (values.empty()) return d;
  std::sort(values.begin(), values.end());
  const std::size_t n = values.size();
  for (seconds v : values) d.total_hours += hours(v);
  d.median_hours = n % 2 ? hours(values[n / 2]) : (hours(values[n / 2 - 1]) + hours(values[n / 2])) / 2;
  const std::size_t rank = (9 * n + 9) / 10;  // ceil(0.9 n), at least 1
  d.p90_hours = hours(values[std::min(n, rank) - 1]);
  return d;
}

Report build_report(const ReportInput& in, const WorkCalendar& cal, Instant now) {
  Report r;
  r.period = in.period;
  r.begin = period_begin(cal, in.period);
  r.end = period_end(cal, in.period);
  r.now = now;
  r.office = in.office;
  r.day_hours = static_cast<double>(day_length(cal).count()) / 60.0;
  r.weeks = weeks_of(in.period);
  auto in_period = [&](Instant t) { return t >= r.begin && t < r.end; };

  std::map<std::string, CountRow> officers, languages, channels;
  std::array<CountRow, 4> institutions;
  for (InstitutionType k : {InstitutionType::university, InstitutionType::government, InstitutionType::company,
                            InstitutionType::public_})
    institutions[static_cast<std::size_t>(k)] = CountRow{to_string(k), label_id(k)};
  auto officer_row = [&](const std::string& login) -> CountRow& {
    CountRow& row = officers[login];
    row.key = login;
    row.label = officer_name(in.officers, login);
    return row;
  };
  std::vector<seconds> reply_times, close_times, waits;

  for (const TicketHistory& h : in.tickets) {
    const Ticket& t = h.ticket;
    const bool spam = t.state == TicketState::spam;
    const bool merged = was_merged(h);
    for (const Event& e : h.events) {
      if (!in_period(e.at)) continue;
      if (e.type == "replied") {
        ++r.replies;
        ++officer_row(e.actor).replies;
        if (WeekRow* w = week_at(r.weeks, local_day(cal, e.at))) ++w->replies;
      } else if (e.type == "waiting") {
        ++r.questions;
      }
    }
    if (spam || merged) {
      if (in_period(t.received)) ++(spam ? r.spam : r.merged);
      continue;
    }
    const TicketFacts f = ticket_facts(cal, t, h.events, now);
    if (in_period(t.received)) {
      ++(t.kind == TicketKind::complaint ? r.complaints : r.requests);
      add_kind(officer_row(t.officer.value_or("")), t.kind);
      add_kind(institutions[static_cast<std::size_t>(classify_institution(t.requester_institution))], t.kind);
      CountRow& channel = channels[t.channel];
      channel.key = t.channel;
      channel.label = t.channel == "whatsapp" ? "WhatsApp" : "e-mail";
      add_kind(channel, t.kind);
      CountRow& lang = languages[t.language];
      lang.key = t.language;
      lang.label = language_label(t.language);
      add_kind(lang, t.kind);
      if (WeekRow* w = week_at(r.weeks, local_day(cal, t.received)))
        ++(t.kind == TicketKind::complaint ? w->complaints : w->requests);
      if (t.kind == TicketKind::request && !f.complete) ++r.never_complete;
      if (t.kind == TicketKind::complaint) r.complaint_list.push_back(complaint_row(t, f));
    }
    if (f.complete && in_period(*f.complete)) count_service(r, f, cal, reply_times, close_times, waits);
    if (f.first_close && in_period(*f.first_close)) {
      ++r.closed_in_period;
      if (h.rated) ++r.closed_rated;
    }
  }

  r.by_officer = officer_rows(std::move(officers));
  r.by_institution.assign(institutions.begin(), institutions.end());
  r.by_language = language_rows(std::move(languages));
  for (const char* c : {"email", "whatsapp"})
    if (auto it = channels.find(c); it != channels.end()) r.by_channel.push_back(it->second);
  r.answered_on_time_share = share(r.answered_on_time, r.answered_on_time + r.answered_late + r.reply_overdue);
  r.closed_on_time_share = share(r.closed_on_time, r.closed_on_time + r.closed_late + r.close_overdue);
  r.to_first_reply = summarise_durations(std::move(reply_times));
  r.to_close = summarise_durations(std::move(close_times));
  r.waiting = summarise_durations(std::move(waits));
  for (const Ticket& t : in.overdue_now)
    if (t.due) r.overdue_now.push_back(OverdueRow{t.number, to_string(t.kind), t.officer.value_or(""), *t.due});
  std::sort(r.overdue_now.begin(), r.overdue_now.end(),
            [](const OverdueRow& a, const OverdueRow& b) { return std::tie(a.due, a.number) < std::tie(b.due, b.number); });
  std::sort(r.complaint_list.begin(), r.complaint_list.end(), [](const ComplaintRow& a, const ComplaintRow& b) {
    return std::tie(a.received, a.number) < std::tie(b.received, b.number);
  });
  r.satisfaction = summarise_ratings(in.ratings);
  r.response_rate = share(r.closed_rated, r.closed_in_period);
  for (const StoredRating& s : in.ratings)
    if (!s.feedback.empty()) r.feedback.push_back(FeedbackRow{s.ticket_number, s.overall, s.feedback});
  return r;
}

Report read_report(Database& db, const WorkCalendar& cal, const ReportPeriod& period, Instant now,
                   const std::vector<OfficerConfig>& officers, const std::string& office) {
  ReportInput in;
  in.period = period;
  in.office = office;
  in.officers = officers;
  const std::int64_t begin = period_begin(cal, period).time_since_epoch().count();
  const std::int64_t end = period_end(cal, period).time_since_epoch().count();
  // A clock that starts in the period may have been recorded up to a week before (mail that
  // arrived while the office was closed over a long holiday): look at events from a week earlier.
  const std::int64_t events_from = begin - 7 * 86400;
  Statement t = db.prepare(fmt::format(
      "SELECT {} FROM tickets WHERE (received >= ?1 AND received < ?2) OR id IN "
      "(SELECT ticket_id FROM events WHERE ticket_id IS NOT NULL AND at >= ?3 AND at < ?2) ORDER BY received, id",
      ticket_columns()));
  t.bind(1, begin).bind(2, end).bind(3, events_from);
  while (t.step()) in.tickets.push_back(TicketHistory{read_ticket(t), {}, false});
  std::set<std::int64_t> rated;
  Statement q = db.prepare("SELECT ticket_id FROM ratings");
  while (q.step()) rated.insert(q.int64(0));
  for (TicketHistory& h : in.tickets) {
    h.events = ticket_events(db, h.ticket.id);
    h.rated = rated.contains(h.ticket.id);
  }
  in.ratings = ratings_between(db, period_begin(cal, period), period_end(cal, period));
  Statement o = db.prepare(fmt::format(
      "SELECT {} FROM tickets WHERE state IN ('open','incomplete') AND due < ? ORDER BY due, number", ticket_columns()));
  o.bind(1, static_cast<std::int64_t>(now.time_since_epoch().count()));
  while (o.step()) in.overdue_now.push_back(read_ticket(o));
  return build_report(in, cal, now);
}

}  // namespace pst
