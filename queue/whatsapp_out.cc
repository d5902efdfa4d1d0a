// whatsapp_out.cc: see whatsapp_out.h.
#include "queue/whatsapp_out.h"

#include "compose/message_builder.h"

#include <nlohmann/json.hpp>
#include "queue/outbox.h"
#include "whatsapp/outgoing_message.h"

namespace pst {
namespace {

constexpr std::string_view kHeldSuffix = "_held";
constexpr std::chrono::hours kHeldFor{24 * 365};

/// The outbox kind of `kind` held for the 24-hour window ("whatsapp_text" -> "whatsapp_text_held").
std::string held_kind(std::string_view kind) { return std::string(kind).append(kHeldSuffix); }

}  // namespace

std::string whatsapp_id_of_address(const std::string& address) {
  constexpr std::string_view kPrefix = "whatsapp:+";
  if (address.rfind(kPrefix, 0) != 0) return {};
  return address.substr(kPrefix.size());
}

bool is_whatsapp_address(const std::string& address) { return !whatsapp_id_of_address(address).empty(); }

std::string whatsapp_id_of(const Ticket& t) { return whatsapp_id_of_address(t.requester_address); }

std::string whatsapp_address(const std::string& wa_id) { return "whatsapp:+" + wa_id; }

std::string whatsapp_envelope(const std::string& phone_number_id) { return "whatsapp:" + phone_number_id; }

bool is_whatsapp_envelope(const std::string& envelope_from) { return envelope_from.rfind("whatsapp:", 0) == 0; }

std::int64_t enqueue_whatsapp(Database& db, const WhatsAppConfig& wa, std::optional<std::int64_t> ticket_id,
                              const std::string& to, const std::string& kind, const std::string& body, Instant now,
                              bool automatic, std::optional<Instant> due) {
  OutboxItem item;
  item.ticket_id = ticket_id;
  item.kind = kind;
  item.automatic = automatic;
  item.envelope_from = whatsapp_envelope(wa.phone_number_id);
  item.recipients = {to};
  item.message_id = "whatsapp." + make_unique_token();
  item.data = body;
  const std::int64_t id = enqueue_mail(db, item, now);
  if (due)
    db.prepare("UPDATE outbox SET next_attempt = ? WHERE id = ?")
        .bind(1, static_cast<std::int64_t>(due->time_since_epoch().count()))
        .bind(2, id)
        .run();
  return id;
}

namespace {

// Whether free-form messages to `to` must wait (outside the 24-hour window); if so, the reopening
// template is queued now, once per wait.
bool hold_for_window(Database& db, const WhatsAppConfig& wa, std::optional<std::int64_t> ticket_id,
                     const std::string& to, const std::string& language, const std::string& ticket_number,
                     Instant now, bool automatic) {
  std::optional<Instant> last;
  Statement q = db.prepare("SELECT last_inbound FROM whatsapp_conversations WHERE wa_id = ?");
  q.bind(1, to);
  if (q.step()) last = Instant{std::chrono::seconds{q.int64(0)}};
  if (last && whatsapp::within_service_window(*last, now)) return false;
  Statement pending = db.prepare(
      "SELECT 1 FROM outbox WHERE recipients = ? AND kind = 'whatsapp_reopen' AND state = 'queued' AND "
      "envelope_from LIKE 'whatsapp:%'");
  pending.bind(1, to);
  if (!pending.step())
    enqueue_whatsapp(db, wa, ticket_id, to, "whatsapp_reopen",
                     whatsapp::template_message(to, wa.reopen_template, language, {ticket_number}), now, automatic);
  return true;
}

}  // namespace

WhatsAppQueued queue_whatsapp_text(Database& db, const Config& cfg, const Ticket& t, const std::string& kind,
                                   const std::string& text, Instant now, bool automatic) {
  if (!cfg.whatsapp) throw std::runtime_error(t.number + ": a WhatsApp ticket, but the whatsapp section is gone");
  const std::string to = whatsapp_id_of(t);
  if (to.empty()) throw std::runtime_error(t.number + ": no WhatsApp id in " + t.requester_address);
  return queue_whatsapp_text_to(db, *cfg.whatsapp, t.id, t.number, t.language, to, kind, text, now, automatic);
}

WhatsAppQueued queue_whatsapp_text_to(Database& db, const WhatsAppConfig& wa, std::optional<std::int64_t> ticket_id,
                                      const std::string& ticket_number, const std::string& language,
                                      const std::string& to, const std::string& kind, const std::string& text,
                                      Instant now, bool automatic) {
  WhatsAppQueued out;
  out.held = hold_for_window(db, wa, ticket_id, to, language, ticket_number, now, automatic);
  for (const std::string& part : whatsapp::split_text(text)) {
    const std::int64_t id =
        enqueue_whatsapp(db, wa, ticket_id, to, out.held ? held_kind(kind) : kind, whatsapp::text_message(to, part),
                         now, automatic, out.held ? std::optional<Instant>(now + kHeldFor) : std::nullopt);
    if (!out.first_outbox_id) out.first_outbox_id = id;
  }
  return out;
}

WhatsAppQueued queue_whatsapp_document(Database& db, const Config& cfg, const Ticket& t, const std::string& filename,
                                       const std::string& content_type, const std::string& bytes,
                                       const std::string& caption, Instant now) {
  if (!cfg.whatsapp) throw std::runtime_error(t.number + ": a WhatsApp ticket, but the whatsapp section is gone");
  const WhatsAppConfig& wa = *cfg.whatsapp;
  const std::string to = whatsapp_id_of(t);
  WhatsAppQueued out;
  out.held = hold_for_window(db, wa, t.id, to, t.language, t.number, now, false);
  nlohmann::json header{{"to", to}, {"filename", filename}, {"mime_type", content_type.empty() ? "application/octet-stream" : content_type},
                        {"caption", caption}};
  std::string data(kUploadMagic);
  data += header.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
  data += bytes;
  const std::string kind = out.held ? held_kind("whatsapp_document") : "whatsapp_document";
  out.first_outbox_id = enqueue_whatsapp(db, wa, t.id, to, kind, data, now, false,
                                         out.held ? std::optional<Instant>(now + kHeldFor) : std::nullopt);
  return out;
}

std::optional<WhatsAppUpload> parse_whatsapp_upload(std::string_view data) {
  if (data.substr(0, kUploadMagic.size()) != kUploadMagic) return std::nullopt;
  data.remove_prefix(kUploadMagic.size());
  const auto eol = data.find('\n');
  if (eol == std::string_view::npos) return std::nullopt;
  const auto j = nlohmann::json::parse(data.substr(0, eol), nullptr, false);
  if (!j.is_object()) return std::nullopt;
  WhatsAppUpload u;
  u.to = j.value("to", "");
  u.filename = j.value("filename", "");
  u.mime_type = j.value("mime_type", "application/octet-stream");
  u.caption = j.value("caption", "");
  u.bytes = data.substr(eol + 1);
  if (u.to.empty()) return std::nullopt;
  return u;
}

int release_held_whatsapp(Database& db, const std::string& wa_id, Instant now) {
  db.prepare(
        "UPDATE outbox SET next_attempt = ?1, kind = substr(kind, 1, length(kind) - length(?3)) WHERE state = "
        "'queued' AND length(kind) > length(?3) AND substr(kind, -length(?3)) = ?3 AND recipients = ?2 AND "
        "envelope_from LIKE 'whatsapp:%'")
      .bind(1, static_cast<std::int64_t>(now.time_since_epoch().count()))
      .bind(2, wa_id)
      .bind(3, kHeldSuffix)
      .run();
  return db.changes();
}

bool is_held_whatsapp(Database& db, std::int64_t outbox_id) {
  Statement q = db.prepare("SELECT kind FROM outbox WHERE id = ? AND envelope_from LIKE 'whatsapp:%'");
  q.bind(1, outbox_id);
  return q.step() && q.text(0).ends_with(kHeldSuffix);
}

}  // namespace pst
