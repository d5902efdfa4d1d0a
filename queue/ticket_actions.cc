// ticket_actions.cc: see ticket_actions.h. Every public action: load, check, change, event, mail,
// commit, all inside one Transaction (BEGIN IMMEDIATE; busy_timeout waits for the daemon).
#include "queue/ticket_actions.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <cctype>

#include "calendar/instant_format.h"
#include "common/log.h"
#include "common/ticket_number.h"
#include "queue/assignment.h"
#include "queue/mail_out.h"
#include "queue/outbox.h"
#include "config/secrets.h"
#include "queue/ratings.h"
#include "queue/whatsapp_out.h"

namespace pst {
namespace {

std::string lower(std::string s) {
  for (auto& ch : s) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  return s;
}

Ticket load(ActionContext& c, std::int64_t id) {
  auto t = find_ticket(c.db, id);
  if (!t) throw ActionError(ActionError::Kind::not_found, fmt::format("ticket id {} does not exist", id));
  return *t;
}

bool finished(const Ticket& t) { return t.state == TicketState::closed || t.state == TicketState::spam; }

void require_live(const Ticket& t, std::string_view what) {
  if (finished(t))
    throw ActionError(ActionError::Kind::bad_state,
                      fmt::format("{} is {}; cannot {} (reopen it first)", t.number, to_string(t.state), what));
}

const OfficerConfig* officer(const Config& cfg, const std::string& login) {
  for (const auto& o : cfg.officers)
    if (o.login == login) return &o;
  return nullptr;
}

/// The requester's inbound Message-IDs on the ticket, oldest first.
std::vector<std::string> inbound_ids(Database& db, std::int64_t ticket_id) {
  std::vector<std::string> ids;
  Statement s = db.prepare(
      "SELECT message_id FROM messages WHERE ticket_id = ? AND message_id IS NOT NULL AND message_id <> '' "
      "ORDER BY arrival, id");
  s.bind(1, ticket_id);
  while (s.step()) ids.push_back(s.text(0));
  return ids;
}

std::string join_lines(const std::vector<std::string>& v, const char* sep) {
  std::string out;
  for (const auto& x : v) out += (out.empty() ? "" : sep) + x;
  return out;
}

/// A mail of `kind` to the ticket's requester, threaded with their mails (In-Reply-To the latest,
/// References the rest), sent on an officer's behalf (not automatic).
MailRequest requester_mail(Database& db, const Ticket& t, const std::string& kind) {
  MailRequest req;
  req.ticket_id = t.id;
  req.ticket_number = t.number;
  req.kind = kind;
  req.language = t.language;
  req.to = {Address{t.requester_address, t.requester_name.value_or(t.from_name.value_or(""))}};
  std::vector<std::string> ids = inbound_ids(db, t.id);
  if (!ids.empty()) {
    req.in_reply_to = ids.back();
    req.references.assign(ids.begin(), ids.end() - 1);
  }
  req.automatic = false;
  return req;
}

MailRequest officer_mail(ActionContext& c, const Ticket& t, const std::string& kind) {
  if (t.undeliverable)
    throw ActionError(ActionError::Kind::bad_state,
                      fmt::format("{}: the requester's address {} is undeliverable (a permanent bounce); no mail "
                                  "queued",
                                  t.number, t.requester_address));
  MailRequest req = requester_mail(c.db, t, kind);
  req.data = officer_mail_data(c.config, t, c.actor);
  return req;
}

std::string service_hours_line(const WorkCalendar& cal, Instant now) {
  std::string zone = zone_abbreviation(*cal.zone, now);
  std::string out;
  static const char* const days[] = {"Minggu", "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu"};
  for (int d : {1, 2, 3, 4, 5, 6, 0}) {
    if (!cal.hours[d]) continue;
    out += fmt::format("{}{} {:02d}.{:02d}-{:02d}.{:02d} {}", out.empty() ? "" : ", ", days[d],
                       cal.hours[d]->open_minute / 60, cal.hours[d]->open_minute % 60, cal.hours[d]->close_minute / 60,
                       cal.hours[d]->close_minute % 60, zone);
  }
  return out;
}

std::string clip(const std::string& s, std::size_t n) {
  if (s.size() <= n) return s;
  std::size_t cut = n;
  while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
  return s.substr(0, cut) + "…";
}

}  // namespace

nlohmann::json officer_mail_data(const Config& cfg, const Ticket& t, const std::string& officer_login) {
  nlohmann::json d;
  d["office_name"] = cfg.office.name;
  d["office_mailbox"] = cfg.office.mailbox;
  d["ticket"] = t.number;
  d["subject"] = plain_subject(t.subject, t.number);
  d["requester_name"] = t.requester_name.value_or(t.from_name.value_or(""));
  const OfficerConfig* o = officer(cfg, officer_login);
  d["officer_name"] = o ? o->name : "";
  return d;
}

ActionContext make_action_context(Database& db, const Config& cfg, const WorkCalendar& cal, const std::string& actor,
                                  Instant now) {
  int offset = static_cast<int>(cal.zone->get_info(now).offset.count() / 60);
  return ActionContext{db, cfg, cal, sender_from_config(cfg, now, offset), actor, now};
}

void claim_ticket(ActionContext& c, std::int64_t id) {
  Transaction tx(c.db);
  Ticket t = load(c, id);
  require_live(t, "claim it");
  if (t.officer == c.actor) return;
  std::string before = t.officer.value_or("");
  t.officer = c.actor;
  update_ticket(c.db, t, c.now);
  add_event(c.db, t.id, c.now, c.actor, "assigned", c.actor);
  if (!before.empty()) add_event(c.db, t.id, c.now, c.actor, "unassigned", before);
  tx.commit();
}

void assign_ticket(ActionContext& c, std::int64_t id, const std::string& login) {
  if (!officer(c.config, login))
    throw ActionError(ActionError::Kind::bad_input,
                      fmt::format("\"{}\" is not an officer in the configuration (officers[].login)", login));
  Transaction tx(c.db);
  Ticket t = load(c, id);
  require_live(t, "assign it");
  if (t.officer == login) return;
  t.officer = login;
  update_ticket(c.db, t, c.now);
  add_event(c.db, t.id, c.now, c.actor, "assigned", login);
  tx.commit();
}

void unassign_ticket(ActionContext& c, std::int64_t id) {
  Transaction tx(c.db);
  Ticket t = load(c, id);
  if (!t.officer) return;
  std::string before = *t.officer;
  t.officer.reset();
  update_ticket(c.db, t, c.now);
  add_event(c.db, t.id, c.now, c.actor, "unassigned", before);
  tx.commit();
}

void merge_tickets(ActionContext& c, std::int64_t from_id, std::int64_t into_id) {
  if (from_id == into_id) throw ActionError(ActionError::Kind::bad_input, "cannot merge a ticket into itself");
  Transaction tx(c.db);
  Ticket from = load(c, from_id);
  Ticket into = load(c, into_id);
  require_live(into, "merge into it");
  if (from.state == TicketState::spam)
    throw ActionError(ActionError::Kind::bad_state, fmt::format("{} is spam; cannot merge it", from.number));
  c.db.prepare("UPDATE messages SET ticket_id = ? WHERE ticket_id = ?").bind(1, into.id).bind(2, from.id).run();
  c.db.prepare("UPDATE search_index SET ticket_id = ? WHERE ticket_id = ?").bind(1, into.id).bind(2, from.id).run();
  from.state = TicketState::closed;
  from.closed = c.now;
  from.linked_ticket = into.id;
  update_ticket(c.db, from, c.now);
  if (!into.officer && from.officer) into.officer = from.officer;
  if (!into.requester_name && from.requester_name) into.requester_name = from.requester_name;
  if (!into.requester_institution && from.requester_institution)
    into.requester_institution = from.requester_institution;
  update_ticket(c.db, into, c.now);
  add_event(c.db, from.id, c.now, c.actor, "merged_into", into.number);
  add_event(c.db, into.id, c.now, c.actor, "merged_from", from.number);
  tx.commit();
}

void mark_spam(ActionContext& c, std::int64_t id) {
  Transaction tx(c.db);
  Ticket t = load(c, id);
  if (t.state == TicketState::spam) return;
  t.state = TicketState::spam;
  t.closed = c.now;
  update_ticket(c.db, t, c.now);
  c.db.prepare(
        "INSERT INTO spam_senders(address, ticket_id, actor, since) VALUES (?, ?, ?, ?) "
        "ON CONFLICT(address) DO NOTHING")
      .bind(1, lower(t.requester_address))
      .bind(2, t.id)
      .bind(3, c.actor)
      .bind(4, static_cast<std::int64_t>(c.now.time_since_epoch().count()))
      .run();
  add_event(c.db, t.id, c.now, c.actor, "spam", t.requester_address);
  tx.commit();
}

void accept_address(ActionContext& c, std::int64_t id, const std::string& address) {
  const auto at = address.find('@');
  const bool shaped = at != std::string::npos && at > 0 && at + 1 < address.size() && address.size() <= 254 &&
                      address.find_first_of(" \t\r\n<>,;\"()[]\\") == std::string::npos &&
                      address.find('@', at + 1) == std::string::npos;
  if (!shaped) throw ActionError(ActionError::Kind::bad_input, fmt::format("\"{}\" is not a mail address", address));
  Transaction tx(c.db);
  Ticket t = load(c, id);
  if (is_requester_address(c.db, t, address))
    throw ActionError(ActionError::Kind::bad_state, fmt::format("{} already speaks for the requester of {}", address,
                                                                t.number));
  add_ticket_address(c.db, t.id, address, "accepted", c.now);
  add_event(c.db, t.id, c.now, c.actor, "address_accepted",
            fmt::format("{}: its mail now counts as the requester's", address));
  tx.commit();
}

std::int64_t reply_to_ticket(ActionContext& c, std::int64_t id, const ReplyOptions& o) {
  if (o.text.find_first_not_of(" \t\r\n") == std::string::npos)
    throw ActionError(ActionError::Kind::bad_input, "the reply is empty; nothing queued");
  Transaction tx(c.db);
  Ticket t = load(c, id);
  require_live(t, "reply");
  std::string names;
  for (const auto& a : o.attachments) names += (names.empty() ? "" : ", ") + a.filename;
  std::int64_t outbox_id = 0;
  std::string detail;
  if (t.channel == "whatsapp") {
    // issue 18: the officer's words go as WhatsApp messages (the 24-hour window decides whether now),
    // each file as a document after the text (uploaded when sent).
    if (o.to)
      throw ActionError(ActionError::Kind::bad_input,
                        fmt::format("{} is a WhatsApp ticket: it has no other addresses", t.number));
    const WhatsAppQueued q = queue_whatsapp_text(c.db, c.config, t, "whatsapp_reply", o.text, c.now, false);
    for (const auto& a : o.attachments)
      queue_whatsapp_document(c.db, c.config, t, a.filename, a.content_type, a.bytes, "", c.now);
    outbox_id = q.first_outbox_id;
    detail = fmt::format("outbox {} (WhatsApp{})", outbox_id,
                         q.held ? "; outside the 24-hour window: the reopening template was sent and the reply "
                                  "goes when the requester answers"
                                : "");
  } else {
    MailRequest req = officer_mail(c, t, "officer_reply");
    if (o.to && !is_requester_address(c.db, t, *o.to)) {
      // Only an address the ticket knows (Reply-To or a forward's sender seen on the requester's mail,
      // or one accepted): an officer picks among them, never types a new recipient here.
      bool known = false;
      for (const TicketAddress& a : ticket_addresses(c.db, t.id)) known = known || lower(a.address) == lower(*o.to);
      if (!known)
        throw ActionError(ActionError::Kind::bad_input,
                          fmt::format("{} is not an address of {} (pstq show {} lists them)", *o.to, t.number, t.number));
      req.to = {Address{*o.to, ""}};
    }
    req.data["body"] = o.text;
    req.attachments = o.attachments;
    outbox_id = queue_template_mail(c.db, c.config.templates_dir, c.sender, req, c.now);
    detail = fmt::format("outbox {}{}", outbox_id, o.to ? "; to " + *o.to : "");
  }
  if (!t.first_reply) t.first_reply = c.now;
  t.state = TicketState::answered;
  add_event(c.db, t.id, c.now, c.actor, "replied", detail + (names.empty() ? "" : "; attachments: " + names));
  index_for_search(c.db, t.id, std::nullopt, t.subject, o.text, "");
  if (o.close) {
    t.state = TicketState::closed;
    t.closed = c.now;
    queue_closure_mail(c.db, c.config, c.calendar, c.sender, t, c.actor, c.now);
    add_event(c.db, t.id, c.now, c.actor, "closed", "with the reply");
  }
  update_ticket(c.db, t, c.now);
  tx.commit();
  return outbox_id;
}

int notify_undeliverable(Database& db, const Config& cfg, const Sender& sender, const Ticket& t,
                         const std::string& report, Instant now) {
  // Once until the requester is heard from again: a WhatsApp reply of several messages that all
  // fail, or each retry's failure, is one thing for the officer to know.
  Statement told = db.prepare(
      "SELECT 1 FROM events WHERE ticket_id = ?1 AND type = 'bounce_notified' AND id > "
      "coalesce((SELECT max(id) FROM events WHERE ticket_id = ?1 AND actor = 'requester'), 0)");
  told.bind(1, t.id);
  if (told.step()) return 0;
  std::vector<const OfficerConfig*> to;
  const OfficerConfig* officer = nullptr;
  for (const auto& o : cfg.officers)
    if (t.officer && o.login == *t.officer) officer = &o;
  if (officer && !officer->email.empty()) {
    to.push_back(officer);
  } else {
    for (const auto& o : cfg.officers)
      if (o.role == "supervisor" && !o.email.empty()) to.push_back(&o);
  }
  if (to.empty()) {
    log(LogLevel::warning,
        fmt::format("{}: requester undeliverable, but nobody to tell (no officer or supervisor with an address)",
                    t.number),
        LogFields{t.number, ""});
    return 0;
  }
  int queued = 0;
  for (const OfficerConfig* o : to) {
    MailRequest req;
    req.ticket_id = t.id;
    req.ticket_number = t.number;
    req.kind = "bounce_notice";
    req.language = cfg.reminders.language;
    req.to = {Address{o->email, o->name}};
    req.automatic = true;
    req.auto_submitted = "auto-generated";
    req.data["office_name"] = cfg.office.name;
    req.data["office_mailbox"] = cfg.office.mailbox;
    req.data["ticket"] = t.number;
    req.data["subject"] = plain_subject(t.subject, t.number);
    req.data["requester_name"] = t.requester_name.value_or(t.from_name.value_or(""));
    req.data["requester_address"] = t.requester_address;
    req.data["recipient_name"] = o->name;
    req.data["officer_name"] = officer ? officer->name : "";
    req.data["report"] = report;
    queue_template_mail(db, cfg.templates_dir, sender, req, now);
    ++queued;
  }
  add_event(db, t.id, now, "pstmaild", "bounce_notified",
            fmt::format("{} told", officer && !officer->email.empty() ? officer->login : "the supervisors"));
  return queued;
}

void add_note(ActionContext& c, std::int64_t id, const std::string& text) {
  if (text.find_first_not_of(" \t\r\n") == std::string::npos)
    throw ActionError(ActionError::Kind::bad_input, "the note is empty");
  Transaction tx(c.db);
  Ticket t = load(c, id);
  add_event(c.db, t.id, c.now, c.actor, "note", text);
  tx.commit();
}

std::int64_t ask_requester(ActionContext& c, std::int64_t id, const std::string& question) {
  if (question.find_first_not_of(" \t\r\n") == std::string::npos)
    throw ActionError(ActionError::Kind::bad_input, "the question is empty; nothing queued");
  Transaction tx(c.db);
  Ticket t = load(c, id);
  require_live(t, "ask the requester");
  MailRequest req = officer_mail(c, t, "officer_question");
  req.data["body"] = question;
  req.data["service_hours_text"] = service_hours_line(c.calendar, c.now);
  std::int64_t outbox_id = queue_template_mail(c.db, c.config.templates_dir, c.sender, req, c.now);
  if (!t.first_reply) t.first_reply = c.now;
  t.state = TicketState::waiting;
  t.due.reset();
  update_ticket(c.db, t, c.now);
  add_event(c.db, t.id, c.now, c.actor, "waiting", fmt::format("question queued (outbox {}); clock stopped", outbox_id));
  tx.commit();
  return outbox_id;
}

std::int64_t queue_closure_mail(Database& db, const Config& cfg, const WorkCalendar&, const Sender& sender,
                                const Ticket& t, const std::string& officer_login, Instant now) {
  if (t.undeliverable) return 0;
  // The one-click rating link (queue/ratings.h); without a rating section the closure asks for a reply.
  std::optional<std::string> link;
  try {
    link = rating_link_for(db, cfg, t.id, now);
  } catch (const SecretError&) {
    // No key here (pstq run by an officer): pstmaild, which holds it, builds the closure.
    db.prepare("INSERT OR REPLACE INTO pending_closures(ticket_id, officer, queued_at) VALUES (?, ?, ?)")
        .bind(1, t.id)
        .bind(2, officer_login)
        .bind(3, static_cast<std::int64_t>(now.time_since_epoch().count()))
        .run();
    return kClosureHandedToDaemon;
  }
  if (t.channel == "whatsapp") {
    // issue 18: the closing message with the signed rating link; a number in reply is the score.
    const bool en = t.language == "en";
    std::string text =
        en ? fmt::format("Your request {} is closed. Thank you for using the PST service of {}.", t.number, cfg.office.name)
           : fmt::format("Permintaan Anda {} telah kami tutup. Terima kasih telah menggunakan layanan PST {}.", t.number,
                         cfg.office.name);
    if (link)
      text += en ? fmt::format(" Please rate our service: {} (or reply with a number from 1 to 5).", *link)
                 : fmt::format(" Mohon beri penilaian atas layanan kami: {} (atau balas dengan angka 1 sampai 5).", *link);
    else
      text += en ? " Please rate our service by replying with a number from 1 to 5."
                 : " Mohon beri penilaian dengan membalas angka 1 sampai 5.";
    return queue_whatsapp_text(db, cfg, t, "whatsapp_closure", text, now, true).first_outbox_id;
  }
  MailRequest req = requester_mail(db, t, "closure");
  req.data = officer_mail_data(cfg, t, officer_login);
  if (link) {
    req.data["rating_url"] = *link;
    req.data["expire_days"] = cfg.rating->expire_days;
  } else {
    req.data["rating_url"] = nullptr;
  }
  return queue_template_mail(db, cfg.templates_dir, sender, req, now);
}

int complete_pending_closures(Database& db, const Config& cfg, const WorkCalendar& cal, const Sender& sender,
                              Instant now) {
  std::vector<std::pair<std::int64_t, std::string>> pending;
  {
    Statement s = db.prepare("SELECT ticket_id, officer FROM pending_closures ORDER BY queued_at, ticket_id");
    while (s.step()) pending.emplace_back(s.int64(0), s.text(1));
  }
  int queued = 0;
  for (const auto& [ticket_id, officer_login] : pending) {
    Transaction tx(db);
    std::optional<Ticket> t = find_ticket(db, ticket_id);
    if (t && t->state == TicketState::closed) {
      const std::int64_t outbox_id = queue_closure_mail(db, cfg, cal, sender, *t, officer_login, now);
      if (outbox_id == kClosureHandedToDaemon) {
        // No key here either: try again in five minutes (not at once: next_due would spin).
        // (queue_closure_mail only re-wrote this row; nothing else happened in the transaction.)
        db.prepare("UPDATE pending_closures SET queued_at = ?")
            .bind(1, static_cast<std::int64_t>(now.time_since_epoch().count()) + 300)
            .run();
        tx.commit();
        throw SecretError("rating: no key (set rating.key_file or the credential rating-key); the closure mails "
                          "pstq handed over wait");
      }
      add_event(db, t->id, now, "pstmaild", "closure_mail",
                outbox_id ? fmt::format("closure mail queued (outbox {}) with the rating link", outbox_id)
                          : "no mail: address undeliverable");
      queued += outbox_id > 0;
    }
    db.prepare("DELETE FROM pending_closures WHERE ticket_id = ?").bind(1, ticket_id).run();
    tx.commit();
  }
  return queued;
}

std::int64_t close_ticket(ActionContext& c, std::int64_t id) {
  Transaction tx(c.db);
  Ticket t = load(c, id);
  require_live(t, "close it");
  t.state = TicketState::closed;
  t.closed = c.now;
  update_ticket(c.db, t, c.now);
  std::int64_t outbox_id = queue_closure_mail(c.db, c.config, c.calendar, c.sender, t, c.actor, c.now);
  add_event(c.db, t.id, c.now, c.actor, "closed",
            outbox_id == kClosureHandedToDaemon ? "closure mail handed to pstmaild (it signs the rating link)"
            : outbox_id                         ? fmt::format("closure mail queued (outbox {})", outbox_id)
                                                : "no mail: address undeliverable");
  tx.commit();
  return outbox_id;
}

void reopen_ticket(ActionContext& c, std::int64_t id) {
  Transaction tx(c.db);
  Ticket t = load(c, id);
  if (t.state == TicketState::open || t.state == TicketState::incomplete)
    throw ActionError(ActionError::Kind::bad_state, fmt::format("{} is already {}", t.number, to_string(t.state)));
  Deadline d = compute_deadline(c.calendar, c.now, c.config.sla);
  t.state = TicketState::open;
  t.closed.reset();
  t.start = d.start;
  t.due = d.due;
  update_ticket(c.db, t, c.now);
  add_event(c.db, t.id, c.now, c.actor, "reopened",
            fmt::format("start {}, due {}", format_iso8601(*c.calendar.zone, d.start),
                        format_iso8601(*c.calendar.zone, d.due)));
  tx.commit();
}

FixOutcome fix_reading(ActionContext& c, std::int64_t id, const ReadingFix& fix) {
  auto clean = [](const std::optional<std::string>& v) -> std::optional<std::string> {
    if (!v) return std::nullopt;
    std::string s = *v;
    s.erase(0, s.find_first_not_of(" \t\r\n"));
    s.erase(s.find_last_not_of(" \t\r\n") + 1);
    if (s.empty()) throw ActionError(ActionError::Kind::bad_input, "an empty value fixes nothing (leave the option out)");
    if (s.find_first_of("\r\n") != std::string::npos || s.size() > 300)
      throw ActionError(ActionError::Kind::bad_input, "one line of at most 300 bytes, please");
    return s;
  };
  const auto name = clean(fix.name), institution = clean(fix.institution), request = clean(fix.request);
  if (!name && !institution && !request && !fix.complete)
    throw ActionError(ActionError::Kind::bad_input, "nothing to fix: give --name, --institution, --request or --complete");
  Transaction tx(c.db);
  Ticket t = load(c, id);
  FixOutcome out;
  auto change = [&](const char* what, std::optional<std::string>& field, const std::optional<std::string>& to) {
    if (!to || field == to) return;
    out.changes.push_back(fmt::format("{}: {} -> {}", what, field ? "\"" + *field + "\"" : "(none)", "\"" + *to + "\""));
    field = to;
  };
  change("name", t.requester_name, name);
  change("institution", t.requester_institution, institution);
  change("request", t.request_summary, request);
  if (t.check_introduction) {
    out.changes.push_back("introduction checked");
    t.check_introduction.reset();
  }
  if (!out.changes.empty()) add_event(c.db, t.id, c.now, c.actor, "reading_fixed", join_lines(out.changes, "; "));
  const bool now_complete = fix.complete || (t.requester_name && t.requester_institution && t.request_summary);
  if (t.state == TicketState::incomplete && now_complete) {
    // The clock runs from the requester's latest mail: it held what we failed to read.
    Statement s = c.db.prepare("SELECT max(arrival) FROM messages WHERE ticket_id = ?");
    s.bind(1, t.id);
    const Instant arrival = s.step() && !s.is_null(0) ? Instant{std::chrono::seconds{s.int64(0)}} : t.received;
    const Deadline d = compute_deadline(c.calendar, arrival, c.config.sla);
    t.state = TicketState::open;
    t.start = d.start;
    t.due = d.due;
    if (!t.officer) {
      t.officer = choose_officer(c.db, c.config.officers, t.kind, c.now);
      if (t.officer) add_event(c.db, t.id, c.now, c.actor, "assigned", *t.officer);
    }
    add_event(c.db, t.id, c.now, c.actor, "clock_started",
              fmt::format("start {}, due {} (completed by an officer's fix)", format_iso8601(*c.calendar.zone, d.start),
                          format_iso8601(*c.calendar.zone, d.due)));
    out.completed = true;
    if (!t.undeliverable) {
      MailRequest req = requester_mail(c.db, t, "acknowledgement");
      req.data = officer_mail_data(c.config, t, t.officer.value_or(""));
      const Language lang = parse_language_code(t.language).value_or(Language::id);
      req.data["received_local"] = format_human(*c.calendar.zone, arrival, lang);
      req.data["due_local"] = format_human(*c.calendar.zone, d.due, lang);
      req.data["service_hours_text"] = service_hours_line(c.calendar, c.now);
      out.acknowledgement = queue_template_mail(c.db, c.config.templates_dir, c.sender, req, c.now);
    }
  }
  update_ticket(c.db, t, c.now);
  tx.commit();
  return out;
}

void add_leave(ActionContext& c, const std::string& login, const std::string& from, const std::string& to) {
  auto valid = [](const std::string& s) {
    if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
    for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
      if (!std::isdigit(static_cast<unsigned char>(s[i]))) return false;
    return true;
  };
  if (!officer(c.config, login))
    throw ActionError(ActionError::Kind::bad_input,
                      fmt::format("\"{}\" is not an officer in the configuration (officers[].login)", login));
  if (!valid(from) || !valid(to))
    throw ActionError(ActionError::Kind::bad_input, "dates are YYYY-MM-DD (e.g. 2026-12-01 2026-12-05)");
  if (to < from) throw ActionError(ActionError::Kind::bad_input, fmt::format("{} is before {}", to, from));
  Transaction tx(c.db);
  c.db.prepare("INSERT INTO officer_leave(login, from_date, to_date, actor, created) VALUES (?, ?, ?, ?, ?)")
      .bind(1, login)
      .bind(2, from)
      .bind(3, to)
      .bind(4, c.actor)
      .bind(5, static_cast<std::int64_t>(c.now.time_since_epoch().count()))
      .run();
  add_event(c.db, std::nullopt, c.now, c.actor, "leave", fmt::format("{} {}..{}", login, from, to));
  tx.commit();
}

std::optional<std::int64_t> queue_officer_notification(Database& db, const Config& cfg, const WorkCalendar& cal,
                                                       const Sender& sender, const Ticket& t,
                                                       const std::string& excerpt, Instant received, Instant now,
                                                       const std::string& third_party) {
  std::vector<const OfficerConfig*> to;
  if (const OfficerConfig* o = t.officer ? officer(cfg, *t.officer) : nullptr; o && !o->email.empty())
    to.push_back(o);
  else if (!third_party.empty())
    for (const auto& s : cfg.officers)
      if (s.role == "supervisor" && !s.email.empty()) to.push_back(&s);
  std::optional<std::int64_t> first;
  for (const OfficerConfig* o : to) {
    if (lower(o->email) == lower(t.requester_address) || lower(o->email) == lower(third_party)) continue;
    MailRequest req;
    req.ticket_id = t.id;
    req.ticket_number = t.number;
    req.kind = "officer_notification";
    req.language = "id";
    req.to = {Address{o->email, o->name}};
    req.automatic = true;
    req.auto_submitted = "auto-generated";
    req.data = officer_mail_data(cfg, t, o->login);
    req.data["officer_name"] = o->name;
    req.data["requester_address"] = t.requester_address;
    req.data["third_party_address"] = third_party;
    req.data["received_local"] = format_human(*cal.zone, received, Language::id);
    req.data["due_local"] = t.due ? format_human(*cal.zone, *t.due, Language::id) : "";
    req.data["excerpt"] = clip(excerpt, 600);
    const std::int64_t id = queue_template_mail(db, cfg.templates_dir, sender, req, now);
    if (!first) first = id;
  }
  return first;
}

void index_for_search(Database& db, std::int64_t ticket_id, std::optional<std::int64_t> message_id,
                      const std::string& subject, const std::string& body, const std::string& requester) {
  db.prepare("INSERT INTO search_index(subject, body, requester, ticket_id, message_id) VALUES (?, ?, ?, ?, ?)")
      .bind(1, subject)
      .bind(2, body)
      .bind(3, requester)
      .bind(4, ticket_id)
      .bind(5, message_id)
      .run();
}

}  // namespace pst
