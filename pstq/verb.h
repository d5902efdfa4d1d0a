// verb.h: pstq's verbs, a table of {name, one-line summary, handler} in the manner of ninja's
// tools. Each verb lives in its own file (verb_deadline.cc, ...) and is listed in verbs.cc.
//
// A handler gets a VerbContext: its own arguments (everything after the verb), the --config value
// given before the verb, and the streams (tests pass string streams). It returns an exit code
// (exit_codes.h); it throws ExitError after printing a message, which main() turns into the code.
#pragma once

#include <iosfwd>
#include <optional>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "config/config.h"
#include "pstq/exit_codes.h"

namespace pst::pstq {

struct VerbContext {
  std::string verb;                          // "deadline"
  std::vector<std::string> args;             // the arguments after the verb
  std::optional<std::string> config_flag;    // --config FILE (before or after the verb)
  std::istream& in;
  std::ostream& out;      // cleaned for the terminal (terminal_guard.h): all text goes here
  std::ostream& err;      // cleaned too
  std::ostream& raw_out;  // stdout unfiltered: only for bytes the user asked for (`attachment -o -`)

  /// The configuration this caller gets (trusted_config.h): root: --config, else $PSTMAIL_CONFIG,
  /// else the installed file; others: the installed file, or their own --config without the group.
  [[nodiscard]] std::string config_path() const;

  /// Applies trusted_config.h (environment, group, ownership check), then loads the configuration;
  /// on failure prints every problem to `err` ("pstq: file:line:col: ...") and throws
  /// ExitError(kConfig) (kNoPermission when the group could not be dropped).
  [[nodiscard]] Config load_config() const;

  /// Prints "pstq VERB: message" to err.
  void error(std::string_view message) const;
};

/// Thrown after the message has been printed.
class ExitError : public std::runtime_error {
 public:
  explicit ExitError(int code) : std::runtime_error("exit"), code_(code) {}
  int code() const { return code_; }

 private:
  int code_;
};

struct Verb {
  std::string_view name;
  std::string_view summary;                  // one line, lower case, no final full stop
  int (*run)(VerbContext&);
};

/// Every verb, in the order `pstq --help` lists them.
[[nodiscard]] std::span<const Verb> verbs();

/// The verb called `name`, or nullptr.
[[nodiscard]] const Verb* find_verb(std::string_view name);

/// The known verb closest to a mistyped `name` (edit distance <= 2, or a unique prefix), if any.
[[nodiscard]] std::optional<std::string_view> suggest_verb(std::string_view name);

// The handlers (one file each).
int run_deadline(VerbContext& ctx);
// Ticket verbs (issue 5).
int run_list(VerbContext& ctx);
int run_show(VerbContext& ctx);
int run_claim(VerbContext& ctx);
int run_accept_address(VerbContext& ctx);
int run_fix(VerbContext& ctx);
int run_fixes(VerbContext& ctx);
int run_assign(VerbContext& ctx);
int run_unassign(VerbContext& ctx);
int run_merge(VerbContext& ctx);
int run_spam(VerbContext& ctx);
int run_reply(VerbContext& ctx);
int run_note(VerbContext& ctx);
int run_wait(VerbContext& ctx);
int run_close(VerbContext& ctx);
int run_reopen(VerbContext& ctx);
int run_search(VerbContext& ctx);
int run_attachment(VerbContext& ctx);
int run_stats(VerbContext& ctx);
int run_leave(VerbContext& ctx);
int run_remind(VerbContext& ctx);
int run_ratings(VerbContext& ctx);
// The supervisor's report (issue 11).
int run_report(VerbContext& ctx);
// Reliability (issue 8).
int run_status(VerbContext& ctx);
int run_backup(VerbContext& ctx);
int run_purge(VerbContext& ctx);

}  // namespace pst::pstq
