// verbs.cc: the verb table and its lookups (see verb.h). To add a verb: write pstq/verb_NAME.cc
// with `int run_NAME(VerbContext&)`, declare it in verb.h, list it below and in CMakeLists.txt.
#include <algorithm>
#include <array>
#include <cstdlib>
#include <iostream>

#include <unistd.h>

#include "pstq/trusted_config.h"
#include "pstq/verb.h"

namespace pst::pstq {
namespace {

constexpr std::array kVerbs = {
    Verb{"list", "tickets sorted by due (default: my open tickets)", run_list},
    Verb{"show", "a ticket with its mail thread, attachments and events", run_show},
    Verb{"claim", "take a ticket", run_claim},
    Verb{"fix", "correct the name, institution or request pstmaild read", run_fix},
    Verb{"fixes", "export the corrections as test cases", run_fixes},
    Verb{"accept-address", "accept another address as the requester's", run_accept_address},
    Verb{"assign", "give a ticket to an officer", run_assign},
    Verb{"unassign", "put a ticket back in the unassigned pool", run_unassign},
    Verb{"reply", "answer the requester (text from $EDITOR, --file or stdin; --attach, --close)", run_reply},
    Verb{"note", "add an internal note", run_note},
    Verb{"wait", "ask the requester a question and stop the clock", run_wait},
    Verb{"close", "close a ticket (the closure mail goes out)", run_close},
    Verb{"reopen", "reopen a ticket with a fresh deadline", run_reopen},
    Verb{"merge", "fold a duplicate ticket into another", run_merge},
    Verb{"spam", "close as spam without answering", run_spam},
    Verb{"search", "full-text search over subjects, mails and requesters", run_search},
    Verb{"attachment", "save an attachment of a requester's mail", run_attachment},
    Verb{"stats", "counts by state, officer load, overdue, last 30 days", run_stats},
    Verb{"leave", "record an officer's leave (no new tickets then)", run_leave},
    Verb{"deadline", "when a request received at an instant is due (needs no database)", run_deadline},
    Verb{"ratings", "requesters' ratings, the satisfaction index (SKM) and feedback", run_ratings},
    Verb{"report", "the supervisor's report: volumes, service standard, satisfaction, complaints", run_report},
    Verb{"remind", "queue deadline reminders and the overdue escalation (run by a timer)", run_remind},
    Verb{"status", "pstmaild's health: last poll and send, failures, backlog (exit 1 when unhealthy)", run_status},
    Verb{"backup", "copy the database consistently while pstmaild runs", run_backup},
    Verb{"purge", "remove the mail of tickets closed long ago (retention)", run_purge},
};

/// Levenshtein distance, as ninja's EditDistance (small strings only).
std::size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = up;
    }
  }
  return row[b.size()];
}

}  // namespace

std::span<const Verb> verbs() { return kVerbs; }

const Verb* find_verb(std::string_view name) {
  for (const Verb& v : kVerbs) {
    if (v.name == name) return &v;
  }
  return nullptr;
}

std::optional<std::string_view> suggest_verb(std::string_view name) {
  constexpr std::size_t kMaxDistance = 2;
  std::optional<std::string_view> best;
  std::size_t best_distance = kMaxDistance + 1;
  for (const Verb& v : kVerbs) {
    const std::size_t d = edit_distance(name, v.name);
    if (d < best_distance) best_distance = d, best = v.name;
  }
  if (best) return best;
  // "dead" for "deadline": a unique prefix of at least two letters.
  std::optional<std::string_view> prefix;
  for (const Verb& v : kVerbs) {
    if (name.size() >= 2 && v.name.starts_with(name)) {
      if (prefix) return std::nullopt;
      prefix = v.name;
    }
  }
  return prefix;
}

std::string VerbContext::config_path() const {
  const char* env = std::getenv("PSTMAIL_CONFIG");
  return choose_config(::getuid(), config_flag, env && *env ? std::optional<std::string>(env) : std::nullopt,
                       installed_config_path()).path;
}

Config VerbContext::load_config() const {
  // Who may choose which configuration, and with which rights: trusted_config.h (issue 15).
  const char* env = std::getenv("PSTMAIL_CONFIG");
  const ConfigChoice choice =
      choose_config(::getuid(), config_flag, env && *env ? std::optional<std::string>(env) : std::nullopt,
                       installed_config_path());
  if (!choice.note.empty()) err << "pstq: " << choice.note << "\n";
  if (std::string refusal = apply_config_choice(choice); !refusal.empty()) {
    err << "pstq: " << refusal << "\n";
    throw ExitError(choice.drop_group ? kNoPermission : kConfig);
  }
  try {
    return pst::load_config(choice.path);
  } catch (const ConfigError& e) {
    for (const auto& line : e.errors()) err << "pstq: " << line << "\n";
    if (!config_flag && !env) {
      err << "pstq: (the configuration comes from --config FILE, else $PSTMAIL_CONFIG (root only), else "
          << choice.path << ")\n";
    }
    throw ExitError(kConfig);
  }
}

void VerbContext::error(std::string_view message) const { err << "pstq " << verb << ": " << message << "\n"; }

}  // namespace pst::pstq
