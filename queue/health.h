// health.h: the daemon's health in the store (table daemon_health), written by pstmaild after every
// poll and every outbox drain that talked to a server, read by `pstq status` and by the alerts.
// One row per key; `at` is the instant the value is about:
//   poll.last_ok        value ""                     at = last successful IMAP session
//   poll.last_error     value = the error (no secret) at = when it happened (kept after recovery)
//   poll.failing_since  value = failed attempts       at = first failure of the current episode
//   poll.alerted        value = outbox id or a reason at = when the episode's alert was queued
//   poll.recovered      value = "after N attempts"    at = when the last episode ended
// and the same five under send.*. An episode starts at the first failure after a success and ends
// at the next success (which deletes failing_since and alerted). Not for: deciding or queuing the
// alert mail (queue/alerts.h); those need the config and the templates.
// Every write here is one small statement; the caller holds the transaction.
#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "queue/database.h"

namespace pst {

using Instant = std::chrono::sys_seconds;

enum class HealthChannel { poll, send };

[[nodiscard]] std::string_view to_string(HealthChannel c);

struct ChannelHealth {
  std::optional<Instant> last_ok;
  std::optional<std::string> last_error;
  std::optional<Instant> last_error_at;
  std::optional<Instant> failing_since;    // set while an episode lasts
  int failed_attempts = 0;                 // within the current episode
  std::optional<Instant> alerted_at;       // the episode's alert was queued (once per episode)
  std::string alerted;                     // outbox id, or why none could be queued
  std::optional<Instant> recovered_at;     // end of the last episode
  std::string recovered;                   // "after N failed attempts since ..."
};

struct DaemonHealth {
  ChannelHealth poll;
  ChannelHealth send;
};

[[nodiscard]] ChannelHealth load_channel_health(Database& db, HealthChannel c);
[[nodiscard]] DaemonHealth load_health(Database& db);

/// A success: last_ok = now; ends the episode if any and returns its state before the end.
std::optional<ChannelHealth> record_success(Database& db, HealthChannel c, Instant now);

/// A failure: last_error = error (clipped to 500 bytes, one line), starts or continues the episode.
void record_failure(Database& db, HealthChannel c, const std::string& error, Instant now);

/// Marks the current episode alerted (value: outbox id or the reason none was queued).
void record_alerted(Database& db, HealthChannel c, const std::string& value, Instant now);

/// Whether a failure episode should be reported now: it has been confirmed by at least two failed
/// attempts (one retry), has lasted at least `after`, and has not been alerted yet.
/// after = 0: at the second consecutive failure.
[[nodiscard]] bool alert_due(const ChannelHealth& h, std::chrono::seconds after, Instant now);

/// What `pstq status` shows besides the health rows.
struct BacklogCounts {
  int outbox_queued = 0;
  std::optional<Instant> oldest_queued;    // creation of the oldest queued mail
  int outbox_failed = 0;
  int messages_new = 0;                    // stored, not yet processed
  int messages_failed = 0;                 // left for an officer
};
[[nodiscard]] BacklogCounts backlog_counts(Database& db);

/// Why the daemon is unhealthy (empty: healthy): no successful poll yet, or the last one older than
/// 3 x poll_seconds, or a poll or send failure episode in progress. Pure.
[[nodiscard]] std::vector<std::string> health_problems(const DaemonHealth& h, std::chrono::seconds poll_interval,
                                                       Instant now);

/// "3 min", "2 h 5 min", "4 d 3 h", "40 s": how long a duration is, for people.
[[nodiscard]] std::string human_duration(std::chrono::seconds d);

/// Whether two failure messages describe the same failure: equal but for measurements (a number
/// followed by ms, milliseconds, seconds or bytes). curl's messages carry them ("Failed to connect
/// to 127.0.0.1 port 993 after 0 ms" / "after 1 ms"); a loaded machine must not make one outage look
/// like a new error each poll, while a new status code ("HTTP 401" -> "HTTP 503") is a new error. Pure.
[[nodiscard]] bool same_failure(std::string_view a, std::string_view b);

}  // namespace pst
