// alerts.h: what pstmaild does with the outcome of a poll or an outbox drain: record it in
// daemon_health (queue/health.h) and, in the same transaction, queue the supervisors' alert when a
// failure episode has lasted alerts.after_minutes (once per episode), or their recovery notice
// when an alerted episode ends. Both are the template "alert" (templates/alert.*.txt), one mail to
// every supervisor of the config, in reminders.language.
// A send-failure alert goes into the very outbox that is failing: it is queued anyway (it leaves
// when SMTP works again) and the caller logs it at error level so the journal has it at once.
// No supervisor with an address: nothing is queued, the episode is still marked alerted (with the
// reason) so the log does not repeat it. Errors are values without secrets (curl's messages).
#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>

#include "calendar/working_calendar.h"
#include "config/config.h"
#include "queue/database.h"
#include "queue/health.h"
#include "queue/mail_out.h"

namespace pst {

enum class AlertAction { none, alert_queued, alert_without_recipient, recovery_queued, recovered };

struct AlertOutcome {
  AlertAction action = AlertAction::none;
  std::optional<std::int64_t> outbox_id;
  ChannelHealth health;                     // the channel after this outcome (before, on recovery)
};

/// One transaction: records success (`error` empty) or failure of `channel` at `now`, then queues
/// the alert or recovery mail when due. Throws DatabaseError / TemplateError / ComposeError (the
/// transaction is rolled back; the daemon logs and carries on).
AlertOutcome record_outcome(Database& db, const Config& cfg, const WorkCalendar& cal, const Sender& sender,
                            HealthChannel channel, const std::string& error, Instant now);

}  // namespace pst
