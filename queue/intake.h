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

/// Acts on up to `limit` pending messages. Log lines (one per message) go to `log`.
IntakeStats process_pending(Database& db, const IntakeSettings& settings, std::chrono::sys_seconds now, int limit,
                            const std::function<void(const std::string&)>& log);

}  // namespace pst
