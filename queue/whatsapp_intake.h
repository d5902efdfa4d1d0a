// whatsapp_intake.h: stored WhatsApp webhooks (queue/whatsapp_inbox.h) acted on (issue 18). Each
// requester's messages fill the guest book (whatsapp/guest_book.h: name -> institution -> need,
// asking only what is missing, in the requester's language); the message that completes it opens a
// ticket on the WhatsApp channel with its clock started at that message's time and an officer
// assigned, and an acknowledgement with the ticket number and due date is queued. Later messages
// of a requester with an open ticket are recorded on it. Every answer goes through the outbox as a
// Cloud API body (whatsapp/outgoing_message.h), envelope "whatsapp:<phone number id>". One
// transaction per stored webhook; a body that cannot be read is marked failed (it was verified when
// it arrived, so this means a bug, not an attack) and left for an officer.
#pragma once

#include <chrono>
#include <functional>
#include <string>

#include "queue/database.h"
#include "queue/intake.h"
#include "queue/whatsapp_out.h"

namespace pst {

struct WhatsAppIntakeStats {
  int webhooks = 0;
  int messages = 0;
  int tickets_opened = 0;
  int messages_queued = 0;
  int mails_queued = 0;  // officers told that their requester wrote
  int failed = 0;
};

/// Acts on stored webhooks, oldest first, up to `limit`. Needs `settings.config->whatsapp`.
WhatsAppIntakeStats process_whatsapp(Database& db, const IntakeSettings& settings, std::chrono::sys_seconds now,
                                     int limit, const std::function<void(const std::string&)>& log);

}  // namespace pst
