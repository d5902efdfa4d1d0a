// reminders.h: deadline reminders and overdue escalation (issue 6), run by `pstq remind` from a timer.
//
// Two layers:
//  - plan_reminders(): PURE. Given the live tickets (with what the store knows of their waiting), the
//    officers, the office calendar, the `reminders:` config and the instant `now`, decides which
//    mails are due: one digest per officer (their open tickets due within the horizon and those
//    already overdue), one escalation digest per supervisor (every overdue open ticket and every open
//    ticket without a known officer for longer than unassigned_after_working_hours), and, when
//    enabled, requester reminders and automatic closures of tickets waiting for the requester.
//    Outside service hours (and on non-working days) the plan is empty.
//  - run_reminders(): the store side. Loads the facts, plans, and queues each mail in ITS OWN
//    transaction together with its reminders_sent rows (INSERT OR IGNORE, primary key ticket, kind,
//    office day, recipient), its events and, for an automatic closure, the state change. A ticket a
//    concurrent or earlier run already put into the same kind of mail for the same recipient today
//    is dropped from the mail (changes() == 0); a mail left without tickets is not sent. So a ticket
//    appears in at most one mail of each kind per office day and recipient, however often and
//    however concurrently the command runs (transactions are BEGIN IMMEDIATE: writers serialise).
//
// Kinds (reminders_sent.kind = outbox kind = template name): reminder_digest, escalation_digest,
// requester_reminder, auto_closure.
// Not for: who may run it (pstq), sending (the daemon drains the outbox), the clock (passed in).
// Limits: officers on leave still get their digest (officer_leave is not consulted); a ticket whose
// officer is not in the configuration counts as unassigned (with a warning).
#pragma once

#include <chrono>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "calendar/working_calendar.h"
#include "common/language.h"
#include "config/config.h"
#include "queue/database.h"
#include "queue/tickets.h"

namespace pst {

enum class ReminderKind { reminder_digest, escalation_digest, requester_reminder, auto_closure };

/// "reminder_digest", ...: the reminders_sent kind, the outbox kind and the template name.
[[nodiscard]] const char* to_string(ReminderKind k);

/// A live ticket and what the store knows of its waiting.
struct ReminderTicket {
  Ticket ticket;
  /// incomplete / waiting: the last contact that left us waiting for the requester (the request for
  /// completion or the officer's question, or the requester's last mail), at least `received`.
  std::optional<Instant> waiting_since;
  /// The last requester_reminder queued for the ticket, if any.
  std::optional<Instant> last_requester_reminder;
};

enum class DigestSection { overdue, due_soon, unassigned };

struct DigestItem {
  Ticket ticket;
  DigestSection section = DigestSection::overdue;
  /// overdue: working time since `due`; due_soon: working time left until `due`;
  /// unassigned: working time since the clock started (or the ticket arrived).
  std::chrono::minutes working{0};
  std::string officer_name;  // the assigned officer's name (escalation), empty when unassigned
};

struct Digest {
  ReminderKind kind = ReminderKind::reminder_digest;  // or escalation_digest
  OfficerConfig recipient;
  std::vector<DigestItem> items;  // overdue (most overdue first), due_soon (soonest first), unassigned

  [[nodiscard]] int count(DigestSection s) const;
};

struct RequesterAction {
  ReminderKind kind = ReminderKind::requester_reminder;  // or auto_closure
  Ticket ticket;
  Instant waiting_since{};
  std::chrono::minutes waited{0};  // working time since waiting_since
};

struct ReminderPlan {
  bool in_service_hours = false;  // false: the office is closed at `now`; nothing else is filled
  std::string day;                // the office's local date "YYYY-MM-DD" (reminders_sent.day)
  Instant horizon_end{};          // tickets due before this are "due soon"
  std::vector<Digest> digests;    // officers' digests first (config order), then escalations
  std::vector<RequesterAction> requester;  // by ticket id
  std::vector<std::string> warnings;       // e.g. a ticket's officer missing from the configuration
};

/// What the requester side does with one ticket at `now` (no check of service hours): auto_closure
/// after auto_close_after_days working days of waiting (day = the calendar's day_length), else a
/// requester_reminder after requester_reminder_after_days unless one was queued since waiting began;
/// nullopt for anything else (including a reminder to an undeliverable address).
[[nodiscard]] std::optional<RequesterAction> requester_action(const ReminderTicket& t, const WorkCalendar& cal,
                                                              const RemindersConfig& rules, Instant now);

/// The whole decision (see the file comment). Pure.
[[nodiscard]] ReminderPlan plan_reminders(const std::vector<ReminderTicket>& tickets,
                                          const std::vector<OfficerConfig>& officers, const WorkCalendar& cal,
                                          const RemindersConfig& rules, Instant now);

/// Working time as people read it: "2 jam 15 menit" / "2 h 15 min", "45 menit" / "45 min", "0 menit".
[[nodiscard]] std::string format_working_time(std::chrono::minutes m, Language lang);

/// One mail queued (or, in a dry run, that would be).
struct RemindOutcome {
  ReminderKind kind = ReminderKind::reminder_digest;
  std::string recipient;               // the address
  std::vector<std::string> tickets;    // ticket numbers in the mail
  std::optional<std::int64_t> outbox_id;
  bool closed = false;                 // auto_closure: the ticket was closed
};

struct RemindRun {
  ReminderPlan plan;
  std::vector<RemindOutcome> mails;
};

/// The store side (see the file comment). `actor` is recorded on events ("pstq-remind").
/// dry_run: reads only; each mail that would go out is rendered to `preview` (To, Subject, body),
/// leaving out tickets already reminded today. Throws DatabaseError and TemplateError; a mail the
/// builder refuses (ComposeError) is skipped, rolled back, and named in plan.warnings.
RemindRun run_reminders(Database& db, const Config& cfg, const WorkCalendar& cal, Instant now, bool dry_run,
                        std::ostream* preview, const std::string& actor = "pstq-remind");

/// The facts plan_reminders() needs about every live (open, incomplete, waiting) ticket.
[[nodiscard]] std::vector<ReminderTicket> load_reminder_tickets(Database& db);

}  // namespace pst
