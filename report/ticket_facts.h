// ticket_facts.h: one ticket's service-standard facts, worked out from its audit events with the
// office's working calendar: when the request became complete, the first officer reply, the first
// closure, the deadline in force at each, and the working time with the clock running.
//
// The clock, as queue/intake.cc and queue/ticket_actions.cc record it:
//  - "clock_started" (complete request or complaint; a follow-up question), "clock_resumed" (the
//    requester answered an officer's question) and "reopened" carry "start <ISO>, due <ISO>" in
//    their detail: a new deadline from then on. The first one is the moment the request became
//    complete (its start is the arrival, or the next opening when the office was closed).
//  - "waiting" (pstq wait: a question to the requester) stops the clock until the next clock event.
//  - "replied" is an officer's answer (pstq reply); a `wait` question is not an answer.
//  - "closed", "spam" and "merged_into" end the ticket; the first of them is its closure.
// Rules: a reply (closure) is on time when it comes at or before the deadline in force at that
// moment; while the clock is stopped there is no deadline, so an answer then is on time. Working
// time to the reply (closure) counts from completion and leaves out the stopped time.
// A ticket without clock events (written before events were kept) uses tickets.start/due.
// Not for: reading the database (report_data.h) or deciding anything about a live ticket.
#pragma once

#include <chrono>
#include <optional>
#include <string_view>
#include <vector>

#include "calendar/working_calendar.h"
#include "queue/tickets.h"

namespace pst {

/// "start 2026-12-07T08:00:00+08:00, due 2026-12-10T15:30:00+08:00[; warning: ...]" -> both
/// instants; nullopt for any other detail text.
[[nodiscard]] std::optional<Deadline> parse_clock_detail(std::string_view detail);

enum class Outcome {
  on_time,          // at or before the deadline in force (or while the clock was stopped)
  late,             // after it
  overdue,          // not yet, and the deadline in force has passed
  pending,          // not yet, deadline still ahead or the clock stopped (waiting for the requester)
  without_reply,    // closed without any officer reply (reply outcome only)
};
[[nodiscard]] const char* to_string(Outcome o);

struct TicketFacts {
  std::optional<Instant> complete;       // start of the first clock; nullopt: never complete
  std::optional<Instant> first_reply;    // first "replied" at or after completion
  std::optional<Instant> first_close;
  Outcome reply = Outcome::pending;
  Outcome close = Outcome::pending;
  std::optional<std::chrono::seconds> to_reply;   // working time, clock running only
  std::optional<std::chrono::seconds> to_close;
  std::chrono::seconds waiting{0};       // working time waiting for the requester
  bool waited = false;                   // asked the requester at least once
  std::optional<Instant> due_now;        // deadline in force at `now` (nullopt: stopped or none)
};

/// The facts of `t` from its events (any order; sorted here by time, stable) as at `now`.
[[nodiscard]] TicketFacts ticket_facts(const WorkCalendar& cal, const Ticket& t, std::vector<Event> events,
                                       Instant now);

}  // namespace pst
