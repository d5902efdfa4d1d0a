// intake.h: acts on stored inbound mail. For each message in state 'new' (oldest first), in ONE
// transaction: decode + understand it (parsers/), open or update its ticket (deadline from the
// calendar, assignment), record events, queue the automatic answer (acknowledgement, request for
// completion, complaint acknowledgement) in the outbox, and mark the message processed.
// Mail is only ever acted on after it was stored (messages.h); a crash mid-way rolls back and the
// message is acted on again on restart. A message that fails three times is marked failed and
// left for an officer.
#pragma once

#include <chrono>
#include <string>
#include <vector>

#include "calendar/working_calendar.h"
#include "config/config.h"
#include "parsers/mime_limits.h"
#include "queue/database.h"
#include "queue/mail_out.h"

namespace pst {

struct IntakeSettings {
  const Config* config = nullptr;
  const WorkCalendar* calendar = nullptr;
  MimeLimits mime_limits;
  Sender sender;
};

[[nodiscard]] IntakeSettings make_intake_settings(const Config& cfg, const WorkCalendar& cal,
                                                  std::chrono::sys_seconds now);

struct IntakeStats {
  int processed = 0;
  int failed = 0;
  int tickets_opened = 0;
  int mails_queued = 0;
};

inline IntakeStats& operator+=(IntakeStats& total, const IntakeStats& s) {
  total.processed += s.processed;
  total.failed += s.failed;
  total.tickets_opened += s.tickets_opened;
  total.mails_queued += s.mails_queued;
  return total;
}

/// Fresh mail is acted on in batches of this many: one transaction for the batch's attempt counts,
/// one for its intake (a savepoint per message).
inline constexpr int kIntakeBatch = 20;

/// Acts on up to `limit` pending messages. Log lines (one per message) go to `log`.
IntakeStats process_pending(Database& db, const IntakeSettings& settings, std::chrono::sys_seconds now, int limit,
                            const std::function<void(const std::string&)>& log);

}  // namespace pst
