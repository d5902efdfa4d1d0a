// session.h: what the ticket verbs share: parsing a verb's command line (CLI11, --help with
// examples), opening config + calendar + database, the caller's identity (identity.h), ticket
// arguments (PST-2026-00042, 2026-42, 42), permission checks, retry on a busy database, and
// mapping errors to sysexits. Terminal output helpers live in table.h; user files in user_files.h.
#pragma once

#include <CLI/CLI.hpp>

#include <memory>
#include <optional>
#include <string>

#include "calendar/working_calendar.h"
#include "config/config.h"
#include "pstq/identity.h"
#include "pstq/verb.h"
#include "queue/database.h"
#include "queue/ticket_actions.h"
#include "queue/tickets.h"

namespace pst::pstq {

/// Parses ctx.args into `app` (which gets --config and, when `with_as`, --as LOGIN added).
/// Returns an exit code when the verb should stop now (help printed: 0; bad usage: 64).
[[nodiscard]] std::optional<int> parse_args(VerbContext& ctx, CLI::App& app, std::optional<std::string>* as_login);

struct Session {
  Config config;
  WorkCalendar calendar;
  std::unique_ptr<Database> db;
  Identity me;
  Instant now{};

  [[nodiscard]] ActionContext actions() { return make_action_context(*db, config, calendar, me.login, now); }
};

/// Loads the configuration, decides who is calling (exit 77 with a clear message when nobody we
/// know), refuses the verb for the service user, and opens the database (exit 69 when missing).
[[nodiscard]] Session open_session(VerbContext& ctx, const std::optional<std::string>& as_login);

/// The ticket named by `arg` (exit 64 when malformed, 66 when there is none); when `check` the
/// caller must be allowed to act on it (exit 77 otherwise).
[[nodiscard]] Ticket ticket_arg(VerbContext& ctx, Session& s, const std::string& arg, bool check = true);

/// Runs `f` (a write); a busy/locked database is retried (up to ~2 minutes in total, on top of
/// SQLite's own 30 s busy timeout) and then reported as a temporary failure (exit 75), never as
/// "database is locked". ActionError -> message and 65/66.
template <typename F>
auto run_action(VerbContext& ctx, F&& f) -> decltype(f());

/// Local short form in the office zone: "2026-12-03 15:30".
[[nodiscard]] std::string short_time(const WorkCalendar& cal, Instant t);

[[noreturn]] void fail(VerbContext& ctx, int code, std::string_view message);

bool is_busy(const DatabaseError& e);

template <typename F>
auto run_action(VerbContext& ctx, F&& f) -> decltype(f()) {
  for (int attempt = 0;; ++attempt) {
    try {
      return f();
    } catch (const ActionError& e) {
      fail(ctx, e.kind() == ActionError::Kind::not_found ? kNoInput : kDataError, e.what());
    } catch (const DatabaseError& e) {
      if (!is_busy(e)) fail(ctx, kSoftware, std::string("database error: ") + e.what());
      if (attempt >= 3) fail(ctx, kTempFail, "the database stayed busy (pstmaild is writing); try again in a minute");
    }
  }
}

}  // namespace pst::pstq
