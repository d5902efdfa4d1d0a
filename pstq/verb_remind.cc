// verb_remind.cc: `pstq remind`: deadline reminders and overdue escalation (issue 6), for a timer.
//   pstq [--config FILE] remind [--now INSTANT] [--dry-run]
// Queues, in the outbox (pstmaild sends them): each officer's digest of their tickets due soon and
// overdue, the supervisors' escalation digest, and (when configured) requester reminders and
// automatic closures. The decisions are queue/reminders.h's; this file only wires the command.
// Safe to run every 15 minutes and concurrently: a ticket is in at most one mail of each kind per
// office day and recipient. Outside service hours or on a non-working day it exits 0 and says
// nothing (a dry run says why). Exit: 0 (also when there is nothing to send), 64 usage, 65 bad
// --now, 69 no database, 75 database busy, 77 not allowed, 78 configuration or template error.
// A mail that cannot be built (an address the builder refuses) is skipped with a warning.
// SECURITY: writes the outbox and ticket events. Runs for the service user "pstmail" (the timer),
// root and supervisors; officers are refused (77). The identity is the real login (identity.h).
#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <chrono>
#include <sstream>

#include "calendar/instant_format.h"
#include "compose/templates.h"
#include "pstq/session.h"
#include "pstq/verb.h"
#include "queue/reminders.h"

namespace pst::pstq {
namespace {

constexpr const char* kExamples = R"(examples:
  pstq remind                                   what the timer runs (systemd/pstq-remind.timer)
  pstq remind --dry-run                         show the mails a run would queue now; change nothing
  pstq remind --now 2026-11-30T08:00:00+08:00   decide as at that instant (catch-up runs, tests)

Every officer gets one digest of their open tickets due within reminders.horizon_working_hours
(default: by the end of the next working day) and of those already overdue; every supervisor gets
one escalation digest of all overdue tickets and of tickets without an officer for more than
reminders.unassigned_after_working_hours. Tickets waiting for the requester are left out; with
reminders.requester_reminder_after_days / auto_close_after_days the requester is reminded and the
ticket later closed. A ticket is in at most one mail of each kind per working day, however often
(and however concurrently) this runs. Outside service hours nothing is sent and nothing printed.
The mails go to the outbox; pstmaild sends them (or `pstmaild --once`).)";

std::string describe(const RemindOutcome& o) {
  std::string tickets;
  for (const auto& t : o.tickets) tickets += (tickets.empty() ? "" : ", ") + t;
  std::string what = o.closed ? "closed " + tickets + (o.outbox_id ? ", " : "") : "";
  if (o.outbox_id || !o.closed) what += fmt::format("{} to {}: {}", to_string(o.kind), o.recipient, tickets);
  return what;
}

}  // namespace

int run_remind(VerbContext& ctx) {
  CLI::App app{"Queue deadline reminders and the overdue escalation (for a timer)", "pstq remind"};
  std::string now_text = "now";
  bool dry_run = false;
  app.add_option("--now", now_text, "decide as at this instant (ISO 8601 with offset, or `now`)")->type_name("INSTANT");
  app.add_flag("--dry-run", dry_run, "print the mails a run would queue; queue and record nothing");
  app.footer(kExamples);
  if (auto stop = parse_args(ctx, app, nullptr)) return *stop;

  std::optional<Instant> now = now_text == "now"
                                   ? std::optional<Instant>(std::chrono::floor<std::chrono::seconds>(
                                         std::chrono::system_clock::now()))
                                   : parse_iso8601(now_text);
  if (!now) {
    ctx.error(fmt::format("--now: \"{}\" is not an instant (expected ISO 8601 with an offset, e.g. "
                          "2026-11-30T08:00:00+08:00, or now)",
                          now_text));
    return kDataError;
  }

  // Who may run it: the service user (the timer), root and supervisors (identity.h).
  Session s = open_session(ctx, std::nullopt);
  if (s.me.role == Role::officer)
    fail(ctx, kNoPermission,
         fmt::format("only the service user \"{}\", root and supervisors may run remind (you are \"{}\", an officer); "
                     "the timer runs it for you",
                     kServiceUser, s.me.login));
  const WorkCalendar& cal = s.calendar;
  if (!is_open(cal, *now)) {  // quiet: a timer may fire at any time
    if (dry_run)
      ctx.out << fmt::format("pstq remind: the office is closed at {}; a run now sends nothing (next opening: {})\n",
                             format_iso8601(*cal.zone, *now), format_iso8601(*cal.zone, next_opening(cal, *now)));
    return kOk;
  }

  std::ostringstream preview;
  RemindRun run;
  try {
    run = run_action(ctx, [&] {
      preview.str("");
      return run_reminders(*s.db, s.config, cal, *now, dry_run, dry_run ? &preview : nullptr);
    });
  } catch (const TemplateError& e) {
    ctx.error(fmt::format("template: {} (check with pstmaild --check-config)", e.what()));
    return kConfig;
  }
  for (const auto& w : run.plan.warnings) ctx.err << "pstq remind: warning: " << w << "\n";
  if (dry_run) {
    ctx.out << preview.str();
    ctx.out << fmt::format("pstq remind: dry run at {}: {} mail(s) would be queued; nothing was queued or recorded\n",
                           format_iso8601(*cal.zone, *now), run.mails.size());
    for (const auto& m : run.mails) ctx.out << "  " << describe(m) << "\n";
  } else {
    for (const auto& m : run.mails) ctx.out << "pstq remind: " << describe(m) << "\n";
  }
  return kOk;
}

}  // namespace pst::pstq
