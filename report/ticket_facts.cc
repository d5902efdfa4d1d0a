// ticket_facts.cc: see ticket_facts.h. One pass over the ticket's events in time order.
#include "report/ticket_facts.h"

#include <algorithm>

#include "calendar/instant_format.h"

namespace pst {
namespace {

using std::chrono::seconds;

bool is_clock(std::string_view type) {
  return type == "clock_started" || type == "clock_resumed" || type == "reopened";
}
bool is_closure(std::string_view type) { return type == "closed" || type == "spam" || type == "merged_into"; }

/// What the pass keeps between events.
struct Clock {
  std::optional<Instant> due;            // deadline in force while running
  bool running = false;
  std::optional<Instant> waiting_since;  // the clock stopped for the requester
  seconds stopped{0};                    // working time stopped so far
};

void end_wait(const WorkCalendar& cal, Clock& c, TicketFacts& f, Instant at) {
  if (!c.waiting_since) return;
  const seconds w = working_time_between(cal, *c.waiting_since, at);
  f.waiting += w;
  c.stopped += w;
  c.waiting_since.reset();
}

/// Working time from completion to `at`, without the stopped time.
seconds clock_time(const WorkCalendar& cal, const Clock& c, const TicketFacts& f, Instant at) {
  return std::max(seconds{0}, working_time_between(cal, *f.complete, at) - c.stopped);
}

Outcome judged(const Clock& c, Instant at) { return c.running && c.due && at > *c.due ? Outcome::late : Outcome::on_time; }

}  // namespace

std::optional<Deadline> parse_clock_detail(std::string_view detail) {
  constexpr std::string_view kStart = "start ", kDue = ", due ";
  if (!detail.starts_with(kStart)) return std::nullopt;
  const std::size_t due_at = detail.find(kDue);
  if (due_at == std::string_view::npos) return std::nullopt;
  const std::string_view start_text = detail.substr(kStart.size(), due_at - kStart.size());
  std::string_view due_text = detail.substr(due_at + kDue.size());
  due_text = due_text.substr(0, due_text.find(';'));
  auto start = parse_iso8601(start_text);
  auto due = parse_iso8601(due_text);
  if (!start || !due) return std::nullopt;
  return Deadline{*start, *due};
}

const char* to_string(Outcome o) {
  switch (o) {
    case Outcome::on_time: return "on_time";
    case Outcome::late: return "late";
    case Outcome::overdue: return "overdue";
    case Outcome::pending: return "pending";
    case Outcome::without_reply: return "without_reply";
  }
  return "pending";
}

TicketFacts ticket_facts(const WorkCalendar& cal, const Ticket& t, std::vector<Event> events, Instant now) {
  std::stable_sort(events.begin(), events.end(), [](const Event& a, const Event& b) { return a.at < b.at; });
  const bool has_clock_events = std::any_of(events.begin(), events.end(), [](const Event& e) {
    return is_clock(e.type) && parse_clock_detail(e.detail).has_value();
  });
  TicketFacts f;
  Clock c;
  auto start_clock = [&](Instant start, std::optional<Instant> due) {
    end_wait(cal, c, f, start);
    if (!f.complete) f.complete = start;
    c.due = due;
    c.running = due.has_value();
  };
  // Tickets from before events were kept: their one clock is the ticket's own start and due.
  bool fallback_pending = !has_clock_events && t.start.has_value();
  for (const Event& e : events) {
    if (fallback_pending && e.at >= *t.start) {
      start_clock(*t.start, t.due);
      fallback_pending = false;
    }
    if (is_clock(e.type)) {
      if (auto d = parse_clock_detail(e.detail)) start_clock(d->start, d->due);
    } else if (e.type == "waiting" && f.complete) {
      if (!c.waiting_since) c.waiting_since = e.at;
      f.waited = true;
      c.running = false;
    } else if (e.type == "replied" && f.complete && !f.first_reply) {
      end_wait(cal, c, f, e.at);  // an answer ends the wait for the requester
      f.first_reply = e.at;
      f.to_reply = clock_time(cal, c, f, e.at);
      f.reply = judged(c, e.at);
    } else if (is_closure(e.type)) {
      end_wait(cal, c, f, e.at);
      f.first_close = e.at;
      if (f.complete) {
        f.to_close = clock_time(cal, c, f, e.at);
        f.close = judged(c, e.at);
      }
      break;  // later cycles (reopened tickets) do not change the first answer's record
    }
  }
  if (fallback_pending) start_clock(*t.start, t.due);
  if (c.waiting_since) end_wait(cal, c, f, now);  // still waiting: counted until now
  if (!f.complete) return f;
  const bool past_due = c.running && c.due && *c.due < now;
  if (!f.first_reply) f.reply = f.first_close ? Outcome::without_reply : past_due ? Outcome::overdue : Outcome::pending;
  if (!f.first_close) {
    f.close = past_due ? Outcome::overdue : Outcome::pending;
    if (c.running) f.due_now = c.due;
  }
  return f;
}

}  // namespace pst
