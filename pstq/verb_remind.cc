// verb_remind.cc: `pstq remind`: deadline reminders and overdue escalation (issue 6), for a timer.
//   pstq [--config FILE] remind [--now INSTANT] [--dry-run]
// Queues, in the outbox (pstmaild sends them): each officer's digest of their tickets due soon and
// overdue, the supervisors' escalation digest, and (when configured) requester reminders and
// automatic closures. The decisions are queue/reminders.h's; this file only wires the command.
// Safe to run every 15 minutes and concurrently: a ticket is in at most one mail of each kind per
// office day and recipient. Outside service hours or on a non-working day it exits 0 and says
// nothing (a dry run says why). Exit: 0 (also when there is nothing to send), 64 usage, 65 bad
// --now, 69 no database, 75 database busy, 78 configuration or template error. A mail that cannot
// be built (a requester address the builder refuses) is skipped with a warning; the rest go out.
// SECURITY: writes the outbox and ticket events; meant for the service user (systemd/cron).
#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <chrono>
#include <filesystem>
#include <iostream>
#include <sstream>

#include "calendar/instant_format.h"
#include "calendar/office_calendar.h"
#include "compose/templates.h"
#include "pstq/verb.h"
#include "queue/database.h"
#include "queue/reminders.h"
#include "queue/schema.h"

#include <sqlite3.h>

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

bool busy(const DatabaseError& e) {
  const int primary = e.code() & 0xff;
  return primary == SQLITE_BUSY || primary == SQLITE_LOCKED;
}

}  // namespace

int run_remind(VerbContext& ctx) {
  CLI::App app{"Queue deadline reminders and the overdue escalation (for a timer)", "pstq remind"};
  std::string now_text = "now";
  bool dry_run = false;
  app.add_option("--now", now_text, "decide as at this instant (ISO 8601 with offset, or `now`)")->type_name("INSTANT");
  app.add_flag("--dry-run", dry_run, "print the mails a run would queue; queue and record nothing");
  app.add_option("--config", ctx.config_flag, "the configuration (as before the verb)")->type_name("FILE");
  app.footer(kExamples);
  try {
    std::vector<std::string> reversed(ctx.args.rbegin(), ctx.args.rend());  // CLI11 wants them reversed
    app.parse(reversed);
  } catch (const CLI::CallForHelp&) {
    ctx.out << app.help();
    return kOk;
  } catch (const CLI::ParseError& e) {
    ctx.error(e.what());
    ctx.err << "(see pstq remind --help)\n";
    return kUsage;
  }

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

  const Config config = ctx.load_config();
  WorkCalendar cal;
  try {
    cal = make_work_calendar(config.office);
  } catch (const std::exception& e) {
    ctx.err << "pstq: " << config.path << ": office: " << e.what() << "\n";
    return kConfig;
  }

  if (!is_open(cal, *now)) {  // quiet: a timer may fire at any time
    if (dry_run)
      ctx.out << fmt::format("pstq remind: the office is closed at {}; a run now sends nothing (next opening: {})\n",
                             format_iso8601(*cal.zone, *now), format_iso8601(*cal.zone, next_opening(cal, *now)));
    return kOk;
  }

  if (!std::filesystem::exists(config.database)) {
    ctx.error(fmt::format("{}: no database yet (pstmaild creates it on its first run)", config.database));
    return kUnavailable;
  }
  try {
    Database db(config.database, false);
    {
      Statement v = db.prepare("PRAGMA user_version");
      v.step();
      if (v.integer(0) != schema_version()) {
        ctx.error(fmt::format("{}: database schema version {}, this pstq needs {} (start pstmaild to upgrade it, "
                              "or upgrade pstmail)",
                              config.database, v.integer(0), schema_version()));
        return kUnavailable;
      }
    }
    std::ostringstream preview;
    const RemindRun run = run_reminders(db, config, cal, *now, dry_run, dry_run ? &preview : nullptr);
    for (const auto& w : run.plan.warnings) ctx.err << "pstq remind: warning: " << w << "\n";
    if (dry_run) {
      ctx.out << preview.str();
      ctx.out << fmt::format("pstq remind: dry run at {}: {} mail(s) would be queued; nothing was queued or recorded\n",
                             format_iso8601(*cal.zone, *now), run.mails.size());
      for (const auto& m : run.mails) ctx.out << "  " << describe(m) << "\n";
    } else {
      for (const auto& m : run.mails) ctx.out << "pstq remind: " << describe(m) << "\n";
    }
  } catch (const DatabaseError& e) {
    ctx.error(fmt::format("{}: {}", config.database, e.what()));
    return busy(e) ? kTempFail : kUnavailable;
  } catch (const TemplateError& e) {
    ctx.error(fmt::format("template: {} (check with pstmaild --check-config)", e.what()));
    return kConfig;
  }
  return kOk;
}

}  // namespace pst::pstq
