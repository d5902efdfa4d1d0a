// verb_purge.cc: `pstq purge [--closed-before DATE] [--dry-run]`: removes the mail bytes (raw mail
// with attachments, parsed text, sent mail) and search rows of tickets closed before DATE, keeping
// what reports need (queue/purge.h). Without a date: closed more than retention.raw_mail_days ago
// (0 = never: then a date is required). Says how many tickets, mails and bytes were purged.
// Exit: 0, 64 usage, 65 bad date, 69 no database, 75 busy, 77 not a supervisor, 78 configuration.
// SECURITY: irreversible (except from a backup): supervisors and root only.
#include <fmt/format.h>

#include "calendar/holidays.h"
#include "calendar/instant_format.h"
#include "pstq/session.h"
#include "queue/purge.h"

namespace pst::pstq {

int run_purge(VerbContext& ctx) {
  CLI::App app{"Remove the mail of tickets closed long ago (personal data; UU 27/2022)", "pstq purge"};
  std::optional<std::string> before;
  bool dry_run = false;
  app.add_option("--closed-before", before, "tickets closed before this day (YYYY-MM-DD, office zone)")
      ->type_name("DATE");
  app.add_flag("--dry-run", dry_run, "count what would be purged; change nothing");
  app.footer(R"(examples:
  pstq purge --dry-run                       what retention.raw_mail_days (default 730) would purge
  pstq purge --closed-before 2025-01-01

Removed: the requester's mail as received (with attachments), its parsed text, the mail we sent,
and the ticket's search entries. Kept: the ticket (number, kind, state, times, officer), its
events, ratings, and the rows of each mail without their contents. `pstq show` then says the mail
was purged. Take a backup first if in doubt (pstq backup).)");
  if (auto code = parse_args(ctx, app, nullptr)) return *code;
  Session s = open_session(ctx, std::nullopt);
  if (s.me.role != Role::supervisor)
    fail(ctx, kNoPermission, fmt::format("only supervisors and root may purge (you are \"{}\")", s.me.login));
  Instant cutoff{};
  if (before) {
    auto ymd = parse_iso_date(*before);
    if (!ymd) fail(ctx, kDataError, fmt::format("--closed-before: \"{}\" is not a date (YYYY-MM-DD)", *before));
    cutoff = s.calendar.zone->to_sys(date::local_seconds{date::local_days{*ymd}.time_since_epoch()});
  } else {
    const int days = s.config.retention.raw_mail_days;
    if (days == 0) {
      ctx.out << "retention.raw_mail_days is 0 (keep mail for ever): nothing purged; give --closed-before DATE\n";
      return kOk;
    }
    cutoff = s.now - std::chrono::days(days);
  }
  PurgeReport r = run_action(ctx, [&] { return purge_closed_before(*s.db, cutoff, s.now, dry_run); });
  ctx.out << fmt::format("{}tickets closed before {}: {} ticket(s), {} received and {} sent mail(s), {} bytes, {} "
                         "search entr{}\n",
                         dry_run ? "would purge (dry run) " : "purged ", format_human(*s.calendar.zone, cutoff, Language::id),
                         r.tickets, r.messages, r.outgoing, r.bytes, r.search_rows, r.search_rows == 1 ? "y" : "ies");
  return kOk;
}

}  // namespace pst::pstq
