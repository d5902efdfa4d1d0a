// verb_deadline.cc: `pstq deadline`: when is a request received at an instant due?
//   pstq [--config FILE] deadline --from INSTANT|now|- [--mode working_days|business_hours]
//        [--days N] [--json]
// Uses only the configuration's office (zone, hours, holiday files, closures) and sla: no database
// and no identity, so any user can run it with config/pstmail.example.yaml from a checkout.
// `--from -` reads one instant per line from stdin and prints exactly one JSON object per line
// (a line that does not parse gives {"input": ..., "error": ...}; the exit status is then 65).
// A deadline whose computation touches a year no holiday file covers carries a warning (stderr,
// and a "warning" field in JSON).
#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <iostream>
#include <set>

#include "calendar/instant_format.h"
#include "calendar/office_calendar.h"
#include "calendar/working_calendar.h"
#include "pstq/verb.h"

namespace pst::pstq {
namespace {

constexpr const char* kExamples = R"(examples:
  pstq deadline --from 2026-11-30T10:00:00+08:00
      start: 2026-11-30T10:00:00+08:00  Senin, 30 November 2026 pukul 10.00 WITA
      due:   2026-12-03T15:30:00+08:00  Kamis, 3 Desember 2026 pukul 15.30 WITA
  pstq deadline --from 2026-11-27T08:00:00Z --json
      {"start": "2026-11-30T08:00:00+08:00", "due": "2026-12-03T15:30:00+08:00"}
  pstq deadline --from now --mode business_hours --days 1
  printf '2026-11-30T10:00:00+08:00\n2026-12-24T09:00:00+08:00\n' | pstq deadline --from -

INSTANT is ISO 8601 with a UTC offset or Z (2026-11-30T10:00:00+08:00, 2026-11-30T02:00:00Z),
`now`, or `-` for one instant per line on stdin (then every answer is one JSON object per line).
The clock starts at INSTANT inside service hours on a working day, else at the next opening;
working_days: due at closing time of the N-th working day after the start day;
business_hours: due after N service days' worth of working time.
Defaults for --mode and --days come from the configuration's sla section.)";

std::string json_string(std::string_view s) { return nlohmann::json(std::string(s)).dump(); }

/// {"start": "...", "due": "..."} with an optional "warning", keys in that order.
std::string json_line(const WorkCalendar& cal, const Deadline& d, const std::string& warning) {
  std::string line = fmt::format(R"({{"start": {}, "due": {})", json_string(format_iso8601(*cal.zone, d.start)),
                                 json_string(format_iso8601(*cal.zone, d.due)));
  if (!warning.empty()) line += fmt::format(R"(, "warning": {})", json_string(warning));
  return line + "}";
}

std::optional<Instant> parse_instant(std::string_view text) {
  if (text == "now") return std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
  return parse_iso8601(text);
}

std::string bad_instant(std::string_view text) {
  return fmt::format("\"{}\" is not an instant (expected ISO 8601 with an offset, e.g. "
                     "2026-11-30T10:00:00+08:00 or 2026-11-30T02:00:00Z)",
                     text);
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.back() == '\r' || s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  return s;
}

}  // namespace

int run_deadline(VerbContext& ctx) {
  CLI::App app{"When is a request received at INSTANT due? (needs no database)", "pstq deadline"};
  std::string from, mode;
  std::optional<int> days;
  bool json = false;
  app.add_option("--from", from, "the request's arrival: ISO 8601 with offset, `now`, or `-` (stdin)")
      ->required()
      ->type_name("INSTANT");
  app.add_option("--mode", mode, "working_days or business_hours (default: sla.mode)")
      ->check(CLI::IsMember({"working_days", "business_hours"}))
      ->type_name("MODE");
  app.add_option("--days", days, "N working days (default: sla.days)")->check(CLI::Range(0, 1000))->type_name("N");
  app.add_flag("--json", json, R"(print {"start": ..., "due": ...} on one line)");
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
    ctx.err << "(see pstq deadline --help)\n";
    return kUsage;
  }

  std::optional<Instant> received;  // the single instant, checked before the configuration
  if (from != "-") {
    received = parse_instant(from);
    if (!received) {
      ctx.error("--from: " + bad_instant(from));
      return kDataError;
    }
  }

  const Config config = ctx.load_config();
  WorkCalendar cal;
  try {
    cal = make_work_calendar(config.office);
  } catch (const HolidayFileError& e) {
    for (const auto& line : e.errors()) ctx.err << "pstq: " << line << "\n";
    return kConfig;
  } catch (const std::invalid_argument& e) {
    ctx.err << "pstq: " << config.path << ": office: " << e.what() << "\n";
    return kConfig;
  }
  SlaRule rule = config.sla;
  if (!mode.empty()) rule.mode = mode == "business_hours" ? SlaMode::business_hours : SlaMode::working_days;
  if (days) rule.days = *days;

  if (received) {
    const Deadline d = compute_deadline(cal, *received, rule);
    const std::string warning = holiday_coverage_warning(cal, *received, d);
    if (!warning.empty()) ctx.err << "pstq deadline: warning: " << warning << "\n";
    if (json) {
      ctx.out << json_line(cal, d, warning) << "\n";
    } else {
      ctx.out << "start: " << format_iso8601(*cal.zone, d.start) << "  "
              << format_human(*cal.zone, d.start, Language::id) << "\n"
              << "due:   " << format_iso8601(*cal.zone, d.due) << "  "
              << format_human(*cal.zone, d.due, Language::id) << "\n";
    }
    return kOk;
  }

  // --from -: one JSON object per input line, flushed line by line (usable as a co-process).
  int status = kOk;
  std::set<std::string> warned;
  std::string raw;
  while (std::getline(ctx.in, raw)) {
    const std::string_view text = trim(raw);
    const auto instant = parse_instant(text);
    if (!instant) {
      ctx.out << fmt::format(R"({{"input": {}, "error": {}}})", json_string(text),
                             json_string(bad_instant(text)))
              << std::endl;
      status = kDataError;
      continue;
    }
    const Deadline d = compute_deadline(cal, *instant, rule);
    const std::string warning = holiday_coverage_warning(cal, *instant, d);
    if (!warning.empty() && warned.insert(warning).second) {
      ctx.err << "pstq deadline: warning: " << warning << "\n";
    }
    ctx.out << json_line(cal, d, warning) << std::endl;
  }
  if (ctx.in.bad()) {
    ctx.error("cannot read standard input");
    return kIoError;
  }
  return status;
}

}  // namespace pst::pstq
