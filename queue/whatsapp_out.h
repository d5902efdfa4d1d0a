// whatsapp_out.h: the one way a WhatsApp message is queued (issue 18), as mail_out.h is for mail.
// Outbox items on the WhatsApp channel carry a Cloud API body (whatsapp/outgoing_message.h) and the
// envelope "whatsapp:<phone number id>"; drain_outbox sends them to the API. Free-form text may go
// only within 24 hours of the requester's last message: outside that window the approved
// `whatsapp.reopen_template` goes now and the text waits in the outbox ("held": due in a year) until
// the requester answers (release_held_whatsapp, called by the WhatsApp intake).
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "config/config.h"
#include "queue/database.h"
#include "queue/tickets.h"

namespace pst {

/// The requester's WhatsApp id of a ticket on the WhatsApp channel ("6281234567890").
[[nodiscard]] std::string whatsapp_id_of(const Ticket& t);
/// The requester address of a WhatsApp ticket: "whatsapp:+<id>".
[[nodiscard]] std::string whatsapp_address(const std::string& wa_id);
[[nodiscard]] bool is_whatsapp_address(const std::string& address);
/// "whatsapp:+6281…" -> "6281…" ("" when it is not one).
[[nodiscard]] std::string whatsapp_id_of_address(const std::string& address);

/// The outbox envelope of WhatsApp items; drain_outbox sends them to the Cloud API, not by SMTP.
[[nodiscard]] std::string whatsapp_envelope(const std::string& phone_number_id);
[[nodiscard]] bool is_whatsapp_envelope(const std::string& envelope_from);

/// Queues one Cloud API body to `to`, due at `due` (default now). Returns the outbox id.
std::int64_t enqueue_whatsapp(Database& db, const WhatsAppConfig& wa, std::optional<std::int64_t> ticket_id,
                              const std::string& to, const std::string& kind, const std::string& body,
                              Instant now, bool automatic, std::optional<Instant> due = std::nullopt);

struct WhatsAppQueued {
  std::int64_t first_outbox_id = 0;
  bool held = false;  // outside the 24-hour window: the template went, the text waits for an answer
};

/// Queues `text` (cut into messages that fit) to the requester of WhatsApp ticket `t`, honouring the
/// 24-hour window (see the file comment). Caller holds the transaction.
WhatsAppQueued queue_whatsapp_text(Database& db, const Config& cfg, const Ticket& t, const std::string& kind,
                                   const std::string& text, Instant now, bool automatic);

/// The same for a ticket known by id, number and language, to WhatsApp id `to` (queue_template_mail).
WhatsAppQueued queue_whatsapp_text_to(Database& db, const WhatsAppConfig& wa, std::optional<std::int64_t> ticket_id,
                                      const std::string& ticket_number, const std::string& language,
                                      const std::string& to, const std::string& kind, const std::string& text,
                                      Instant now, bool automatic);

/// A document for the requester (an officer's attachment): uploaded to the Cloud API when it is sent,
/// then sent as a document message; the same 24-hour window as text. Returns the outbox id.
WhatsAppQueued queue_whatsapp_document(Database& db, const Config& cfg, const Ticket& t, const std::string& filename,
                                       const std::string& content_type, const std::string& bytes,
                                       const std::string& caption, Instant now);

/// An outbox item that holds a document to upload: where it goes and what it is. The item's data
/// is a header line (JSON: to, filename, mime_type, caption) after kUploadMagic, then the bytes.
struct WhatsAppUpload {
  std::string to, filename, mime_type, caption;
  std::string_view bytes;
};
inline constexpr std::string_view kUploadMagic = "pstmail-whatsapp-upload\n";
[[nodiscard]] std::optional<WhatsAppUpload> parse_whatsapp_upload(std::string_view data);

/// The requester wrote: text held for them is due now. Returns how many items were released.
int release_held_whatsapp(Database& db, const std::string& wa_id, Instant now);

/// Whether outbox item `outbox_id` is WhatsApp text or a document held for the 24-hour window.
[[nodiscard]] bool is_held_whatsapp(Database& db, std::int64_t outbox_id);

}  // namespace pst
