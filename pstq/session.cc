// session.cc: see session.h.
#include "pstq/session.h"

#include <sqlite3.h>
#include <unistd.h>

#include <filesystem>
#include <iostream>

#include <date/date.h>
#include <fmt/format.h>

#include "calendar/office_calendar.h"
#include "common/ticket_number.h"
#include "queue/schema.h"

namespace pst::pstq {

void fail(VerbContext& ctx, int code, std::string_view message) {
  ctx.error(message);
  throw ExitError(code);
}

bool is_busy(const DatabaseError& e) {
  const int primary = e.code() & 0xff;
  return primary == SQLITE_BUSY || primary == SQLITE_LOCKED;
}

std::optional<int> parse_args(VerbContext& ctx, CLI::App& app, std::optional<std::string>* as_login) {
  app.add_option("--config", ctx.config_flag, "the configuration (as before the verb)")->type_name("FILE");
  if (as_login)
    app.add_option("--as", *as_login, "act as this officer (supervisors and root only)")->type_name("LOGIN");
  try {
    std::vector<std::string> reversed(ctx.args.rbegin(), ctx.args.rend());
    app.parse(reversed);
  } catch (const CLI::CallForHelp&) {
    ctx.out << app.help();
    return kOk;
  } catch (const CLI::ParseError& e) {
    ctx.error(e.what());
    ctx.err << "(see pstq " << ctx.verb << " --help)\n";
    return kUsage;
  }
  return std::nullopt;
}

/// Under `--as`, every event this connection writes also names who really acted (events.made_by):
/// a temporary trigger, so no action in queue/ needs to know about --as. The login is bound as a
/// value (a temporary table), never pasted into SQL.
void record_real_login(Database& db, const std::string& real_login) {
  db.exec("CREATE TEMP TABLE pstq_caller(real_login TEXT NOT NULL)");
  db.prepare("INSERT INTO temp.pstq_caller(real_login) VALUES (?)").bind(1, real_login).run();
  db.exec(
      "CREATE TEMP TRIGGER pstq_made_by AFTER INSERT ON main.events WHEN NEW.made_by IS NULL BEGIN "
      "UPDATE events SET made_by = (SELECT real_login FROM pstq_caller) WHERE id = NEW.id; END");
}

Session open_session(VerbContext& ctx, const std::optional<std::string>& as_login) {
  Session s;
  s.config = ctx.load_config();
  try {
    s.calendar = make_work_calendar(s.config.office);
  } catch (const std::exception& e) {
    ctx.err << "pstq: " << s.config.path << ": office: " << e.what() << "\n";
    throw ExitError(kConfig);
  }
  const uid_t uid = ::getuid();
  IdentityResult who = resolve_identity(s.config, uid, login_of_uid(uid), as_login);
  if (!who.identity) fail(ctx, kNoPermission, who.refusal);
  s.me = *who.identity;
  if (auto no = refuse_verb(s.me, ctx.verb)) fail(ctx, kNoPermission, *no);
  if (!std::filesystem::exists(s.config.database))
    fail(ctx, kUnavailable,
         fmt::format("{}: no database yet (pstmaild creates it on its first run)", s.config.database));
  try {
    s.db = std::make_unique<Database>(s.config.database, false);
    // Sorts and temporary tables stay in memory: a temporary file would belong to the caller's
    // login (pstq is setgid only) and could be opened by them before SQLite unlinks it.
    s.db->exec("PRAGMA temp_store = MEMORY");
    Statement v = s.db->prepare("PRAGMA user_version");
    v.step();
    if (v.integer(0) < schema_version()) migrate(*s.db);
    if (v.integer(0) > schema_version())
      fail(ctx, kUnavailable, fmt::format("{}: the database is newer than this pstq; upgrade pstmail", s.config.database));
    if (s.me.real_login != s.me.login) record_real_login(*s.db, s.me.real_login);
  } catch (const DatabaseError& e) {
    fail(ctx, is_busy(e) ? kTempFail : kUnavailable, fmt::format("{}: {}", s.config.database, e.what()));
  }
  s.now = std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
  return s;
}

Ticket ticket_arg(VerbContext& ctx, Session& s, const std::string& arg, bool check) {
  const int year = static_cast<int>(
      date::year_month_day{date::floor<date::days>(s.calendar.zone->to_local(s.now))}.year());
  auto number = parse_ticket_argument(arg, s.config.tickets.prefix, year);
  if (!number)
    fail(ctx, kUsage,
         fmt::format("\"{}\" is not a ticket number (forms: {}-{}-00042, {}-42, 42)", arg, s.config.tickets.prefix,
                     year, year));
  auto t = find_ticket_by_number(*s.db, number->str());
  if (!t) fail(ctx, kNoInput, fmt::format("no ticket {}", number->str()));
  if (check)
    if (auto no = refuse_ticket(s.me, *t)) fail(ctx, kNoPermission, *no);
  return *t;
}

std::string short_time(const WorkCalendar& cal, Instant t) {
  return date::format("%Y-%m-%d %H:%M", date::floor<std::chrono::minutes>(cal.zone->to_local(t)));
}

}  // namespace pst::pstq
