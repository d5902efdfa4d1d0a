// verb_status.cc: `pstq status [--json]`: is pstmaild doing its job? The last successful poll and
// send, a failure in progress with its last error, the outbox backlog, stored mail not processed
// yet or failed, stored mail the IMAP server has not marked or moved yet (queue/server_marks.h),
// and whether the supervisors were alerted (queue/health.h, queue/alerts.h).
// Exit 0 when healthy, 1 when not (no successful poll in 3 x imap.poll_seconds, or a poll or send
// failure in progress) - for monitoring (a Nagios-style check, a systemd timer, a shell `||`).
// Other exits: 69 no database, 75 busy, 77 not an officer, 78 configuration.
// SECURITY: reads only health rows and counts (no requester data): any officer, supervisor, root
// and the service user may run it.
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "calendar/instant_format.h"
#include "pstq/session.h"
#include "pstq/table.h"
#include "queue/health.h"
#include "queue/server_marks.h"

namespace pst::pstq {
namespace {

constexpr const char* kExamples = R"(examples:
  pstq status
  pstq status --json | jq .problems
  pstq status >/dev/null || echo "pstmaild needs attention"

Exit status 0: healthy; 1: unhealthy (the last successful poll is older than 3 x imap.poll_seconds,
or fetching or sending has been failing since the time shown).)";

nlohmann::json instant_json(const WorkCalendar& cal, std::optional<Instant> t) {
  return t ? nlohmann::json(format_iso8601(*cal.zone, *t)) : nlohmann::json();
}

nlohmann::json channel_json(const WorkCalendar& cal, const ChannelHealth& h) {
  nlohmann::json j;
  j["last_ok"] = instant_json(cal, h.last_ok);
  j["failing"] = h.failing_since.has_value();
  j["failing_since"] = instant_json(cal, h.failing_since);
  j["failed_attempts"] = h.failed_attempts;
  j["last_error"] = h.last_error ? nlohmann::json(*h.last_error) : nlohmann::json();
  j["last_error_at"] = instant_json(cal, h.last_error_at);
  j["alerted_at"] = instant_json(cal, h.alerted_at);
  j["recovered_at"] = instant_json(cal, h.recovered_at);
  return j;
}

std::string when(const WorkCalendar& cal, std::optional<Instant> t, Instant now) {
  if (!t) return "never";
  return fmt::format("{} ({} ago)", format_human(*cal.zone, *t, Language::id), human_duration(now - *t));
}

void print_channel(std::ostream& out, const WorkCalendar& cal, const char* name, const ChannelHealth& h, Instant now) {
  out << fmt::format("{:<11} last success {}\n", name, when(cal, h.last_ok, now));
  if (h.failing_since) {
    out << fmt::format("{:<11} FAILING since {} ({} attempt{})\n", "", when(cal, h.failing_since, now),
                       h.failed_attempts, h.failed_attempts == 1 ? "" : "s");
    if (h.alerted_at)
      out << fmt::format("{:<11} supervisors alerted {}\n", "", format_human(*cal.zone, *h.alerted_at, Language::id));
  }
  if (h.last_error)
    out << fmt::format("{:<11} last error {}: {}\n", "", h.last_error_at ? short_time(cal, *h.last_error_at) : "",
                       *h.last_error);
  if (h.recovered_at && !h.failing_since)
    out << fmt::format("{:<11} recovered {} {}\n", "", short_time(cal, *h.recovered_at), h.recovered);
}

}  // namespace

int run_status(VerbContext& ctx) {
  CLI::App app{"pstmaild's health: last poll and send, failures, outbox backlog, alerts", "pstq status"};
  bool json = false;
  app.add_flag("--json", json, "one JSON object");
  app.footer(kExamples);
  if (auto code = parse_args(ctx, app, nullptr)) return *code;
  Session s = open_session(ctx, std::nullopt);
  auto [health, backlog] = run_action(ctx, [&] { return std::pair{load_health(*s.db), backlog_counts(*s.db)}; });
  auto problems = health_problems(health, std::chrono::seconds(s.config.imap.poll_seconds), s.now);
  // Mail stored but not marked \Seen or moved on the server (issue 20): nothing is lost, but the
  // mailbox looks unread to people, so it is a problem until the server confirms.
  const MarkBacklog marks = run_action(ctx, [&] { return mark_backlog(*s.db); });
  const std::string mark_action = s.config.imap.processed_folder
                                      ? "moved to " + *s.config.imap.processed_folder
                                      : std::string("marked \\Seen");
  if (marks.count > 0)
    problems.push_back(fmt::format("{} stored mail{} not {} on the server{}{}", marks.count,
                                   marks.count == 1 ? "" : "s", mark_action,
                                   marks.oldest ? " for " + human_duration(s.now - *marks.oldest) : "",
                                   marks.last_error.empty() ? "" : ": " + marks.last_error));
  const bool alerts_active = (health.poll.failing_since && health.poll.alerted_at) ||
                             (health.send.failing_since && health.send.alerted_at);
  if (json) {
    nlohmann::json j;
    j["healthy"] = problems.empty();
    j["problems"] = problems;
    j["now"] = format_iso8601(*s.calendar.zone, s.now);
    j["poll"] = channel_json(s.calendar, health.poll);
    j["send"] = channel_json(s.calendar, health.send);
    j["outbox"] = {{"queued", backlog.outbox_queued},
                   {"oldest_queued", instant_json(s.calendar, backlog.oldest_queued)},
                   {"oldest_queued_age_seconds",
                    backlog.oldest_queued ? nlohmann::json((s.now - *backlog.oldest_queued).count()) : nlohmann::json()},
                   {"failed", backlog.outbox_failed}};
    j["messages"] = {{"not_processed", backlog.messages_new}, {"failed", backlog.messages_failed}};
    j["server_marks"] = {{"pending", marks.count},
                         {"action", mark_action},
                         {"oldest", instant_json(s.calendar, marks.oldest)},
                         {"last_error", marks.last_error.empty() ? nlohmann::json() : nlohmann::json(marks.last_error)},
                         {"uids", marks.uids}};
    j["alerts_active"] = alerts_active;
    j["alerts_after_minutes"] = s.config.alerts.after_minutes;
    ctx.out << j.dump(2) << "\n";
    return problems.empty() ? kOk : 1;
  }
  ctx.out << (problems.empty() ? "pstmaild: healthy\n" : "pstmaild: UNHEALTHY\n");
  for (const auto& p : problems) ctx.out << "  - " << p << "\n";
  ctx.out << "\n";
  print_channel(ctx.out, s.calendar, "poll (IMAP)", health.poll, s.now);
  print_channel(ctx.out, s.calendar, "send (SMTP)", health.send, s.now);
  ctx.out << fmt::format("{:<11} {} queued{}, {} failed\n", "outbox", backlog.outbox_queued,
                         backlog.oldest_queued
                             ? fmt::format(" (oldest waiting {})", human_duration(s.now - *backlog.oldest_queued))
                             : "",
                         backlog.outbox_failed);
  ctx.out << fmt::format("{:<11} {} not processed yet, {} failed (left for an officer)\n", "incoming",
                         backlog.messages_new, backlog.messages_failed);
  if (marks.count > 0) {
    std::string uids;
    for (std::uint32_t u : marks.uids) uids += (uids.empty() ? "" : ", ") + std::to_string(u);
    ctx.out << fmt::format("{:<11} {} stored, not {} on the server yet (UID {}{}); retried every poll\n", "mailbox",
                           marks.count, mark_action, uids, marks.count > static_cast<int>(marks.uids.size()) ? ", ..." : "");
  }
  ctx.out << fmt::format("{:<11} {} (after {} min of failure)\n", "alerts",
                         alerts_active ? "ACTIVE: supervisors were alerted" : "none active",
                         s.config.alerts.after_minutes);
  return problems.empty() ? kOk : 1;
}

}  // namespace pst::pstq
