// verb_report.cc: `pstq report [--month YYYY-MM | --from DATE --to DATE] [--format text|csv|json|html]
// [-o FILE] [--now INSTANT]`: the supervisor's monthly figures (issue 11): volumes, the service
// standard (answered and closed within the deadline, working hours to reply and close), the
// requesters' satisfaction and the complaints. The figures are report/report_data.h's; this file
// only parses the command line, checks who may run it and writes the output.
// Period: office-local dates, --to inclusive; default the previous calendar month.
// Output: standard output, or -o FILE written as the real user (user_files.h); with --format csv,
// -o names an existing DIRECTORY and every table goes to DIR/<table>.csv (report/report_csv.h).
// SECURITY: figures over every ticket plus feedback texts, so only the service user "pstmail" (a
// monthly timer), root and supervisors may run it; officers are refused (77), as for remind.
// Exit: 0, 64 usage, 65 bad date or instant, 69 no database, 73 cannot write, 75 busy, 77, 78.
#include <fmt/format.h>

#include "calendar/holidays.h"
#include "calendar/instant_format.h"
#include "pstq/session.h"
#include "pstq/user_files.h"
#include "pstq/verb.h"
#include "report/report_csv.h"
#include "report/report_data.h"
#include "report/report_html.h"
#include "report/report_json.h"
#include "report/report_text.h"

namespace pst::pstq {
namespace {

constexpr const char* kExamples = R"(examples:
  pstq report                                   last month, as text
  pstq report --month 2026-11 --format html -o laporan-2026-11.html
  pstq report --from 2026-10-01 --to 2026-12-31 --format json | jq .service.answered
  pstq report --month 2026-11 --format csv -o /tmp/nov      one CSV per table in /tmp/nov/

Volumes count tickets received in the period; the service standard counts requests that became
complete in the period (answered on time = first officer reply, not a `wait` question, by the
deadline in force); working hours leave out the time spent waiting for the requester. See pstq(1).)";

date::local_days date_arg(VerbContext& ctx, const std::string& text, const char* flag) {
  auto ymd = parse_iso_date(text);
  if (!ymd) fail(ctx, kDataError, fmt::format("{} \"{}\": expected a date YYYY-MM-DD", flag, text));
  return date::local_days{*ymd};
}

/// The period from the flags; nullopt: the default (decided once the calendar is known).
std::optional<ReportPeriod> period_arg(VerbContext& ctx, const std::optional<std::string>& month,
                                       const std::optional<std::string>& from, const std::optional<std::string>& to) {
  if (month && (from || to)) fail(ctx, kUsage, "give either --month or --from/--to, not both");
  if (month) {
    auto p = month_period(*month);
    if (!p) fail(ctx, kDataError, fmt::format("--month \"{}\": expected a month YYYY-MM", *month));
    return p;
  }
  if (!from && !to) return std::nullopt;
  if (!from || !to) fail(ctx, kUsage, "--from and --to go together (--to is inclusive)");
  ReportPeriod p{date_arg(ctx, *from, "--from"), date_arg(ctx, *to, "--to")};
  if (p.last < p.first) fail(ctx, kDataError, fmt::format("--to {} is before --from {}", *to, *from));
  return p;
}

void write_output(VerbContext& ctx, const std::string& path, const std::string& bytes) {
  if (std::string err = write_user_file(path, bytes); !err.empty()) fail(ctx, kCantCreate, err);
  ctx.out << "pstq report: wrote " << path << "\n";
}

}  // namespace

int run_report(VerbContext& ctx) {
  CLI::App app{"The supervisor's report: volumes, service standard, satisfaction, complaints", "pstq report"};
  std::optional<std::string> month, from, to, output, now_text;
  std::string format = "text";
  app.add_option("--month", month, "a calendar month (YYYY-MM); default: the previous month");
  app.add_option("--from", from, "first office day (YYYY-MM-DD)");
  app.add_option("--to", to, "last office day, inclusive (YYYY-MM-DD)");
  app.add_option("--format", format, "text, csv, json or html")
      ->check(CLI::IsMember({"text", "csv", "json", "html"}));
  app.add_option("-o,--output", output, "write to FILE (csv: into the existing directory DIR)")->type_name("FILE");
  app.add_option("--now", now_text, "compute as at this instant (ISO 8601 with offset): re-runs, tests")
      ->type_name("INSTANT");
  app.footer(kExamples);
  if (auto stop = parse_args(ctx, app, nullptr)) return *stop;
  const std::optional<ReportPeriod> given = period_arg(ctx, month, from, to);
  std::optional<Instant> now_flag;
  if (now_text) {
    now_flag = parse_iso8601(*now_text);
    if (!now_flag)
      fail(ctx, kDataError,
           fmt::format("--now: \"{}\" is not an instant (expected ISO 8601 with an offset, e.g. "
                       "2026-12-01T08:00:00+08:00)",
                       *now_text));
  }

  Session s = open_session(ctx, std::nullopt);
  if (s.me.role == Role::officer)
    fail(ctx, kNoPermission,
         fmt::format("only supervisors, root and the service user \"{}\" may run report (you are \"{}\", an officer)",
                     kServiceUser, s.me.login));
  const Instant now = now_flag.value_or(s.now);
  const ReportPeriod period = given.value_or(previous_month(local_day(s.calendar, now)));
  const Report r = run_action(ctx, [&] {
    return read_report(*s.db, s.calendar, period, now, s.config.officers, s.config.office.name);
  });
  const date::time_zone& zone = *s.calendar.zone;

  if (format == "csv" && output) {
    for (const CsvTable& t : report_tables(r, zone)) write_output(ctx, *output + "/" + t.name + ".csv", to_csv(t));
    return kOk;
  }
  std::string text = format == "json"   ? report_json(r, zone).dump(2) + "\n"
                     : format == "csv"  ? report_csv(r, zone)
                     : format == "html" ? report_html(r, zone)
                                        : report_text(r, zone);
  if (output)
    write_output(ctx, *output, text);
  else
    ctx.out << text;
  return kOk;
}

}  // namespace pst::pstq
