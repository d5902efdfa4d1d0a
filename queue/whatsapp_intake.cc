// whatsapp_intake.cc: see whatsapp_intake.h.
#include "queue/whatsapp_intake.h"

#include <date/date.h>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "calendar/instant_format.h"
#include "calendar/working_calendar.h"
#include "common/log.h"
#include "compose/message_builder.h"
#include "parsers/language.h"
#include "parsers/rating.h"
#include "parsers/text_scan.h"
#include "queue/assignment.h"
#include "queue/outbox.h"
#include "queue/ratings.h"
#include "queue/ticket_actions.h"
#include "queue/tickets.h"
#include "queue/whatsapp_inbox.h"
#include "queue/whatsapp_out.h"
#include "whatsapp/guest_book.h"
#include "whatsapp/outgoing_message.h"
#include "whatsapp/webhook_payload.h"

namespace pst {
namespace {

using json = nlohmann::json;
using whatsapp::GuestBook;
using whatsapp::Question;

json to_json(const GuestBook& b) {
  json j = json::object();
  if (b.name) j["name"] = *b.name;
  if (b.institution) j["institution"] = *b.institution;
  if (b.no_institution) j["no_institution"] = true;
  if (b.need) j["need"] = *b.need;
  j["asked"] = static_cast<int>(b.asked);
  return j;
}

GuestBook guest_book_of(const std::string& text) {
  GuestBook b;
  const json j = json::parse(text, nullptr, false);
  if (!j.is_object()) return b;
  if (j.contains("name") && j["name"].is_string()) b.name = j["name"].get<std::string>();
  if (j.contains("institution") && j["institution"].is_string()) b.institution = j["institution"].get<std::string>();
  b.no_institution = j.value("no_institution", false);
  if (j.contains("need") && j["need"].is_string()) b.need = j["need"].get<std::string>();
  const int asked = j.value("asked", static_cast<int>(Question::none));
  if (asked >= 0 && asked <= static_cast<int>(Question::none)) b.asked = static_cast<Question>(asked);
  return b;
}

// The closing message asks for "a number from 1 to 5": a reply that is only that number is the
// score; otherwise the mail rules ("nilai 4", "4/5", "★★★★").
std::optional<Rating> rating_in_reply(std::string_view text) {
  std::string_view t = text::trim(text);
  while (!t.empty() && (t.back() == '.' || t.back() == '!')) t.remove_suffix(1);
  if (t.size() == 1 && t[0] >= '1' && t[0] <= '5') return Rating{static_cast<double>(t[0] - '0'), std::nullopt};
  return find_rating(text);
}

struct Conversation {
  std::string wa_id;
  GuestBook book;
  std::optional<std::int64_t> ticket_id;
  Language language = Language::id;
  bool known = false;
};

Conversation load_conversation(Database& db, const std::string& wa_id) {
  Conversation c;
  c.wa_id = wa_id;
  Statement q = db.prepare("SELECT guest_book, ticket_id, language FROM whatsapp_conversations WHERE wa_id = ?");
  q.bind(1, wa_id);
  if (q.step()) {
    c.known = true;
    c.book = guest_book_of(q.text(0));
    if (!q.is_null(1)) c.ticket_id = q.int64(1);
    c.language = parse_language_code(q.text(2)).value_or(Language::id);
  }
  return c;
}

void save_conversation(Database& db, const Conversation& c, const std::string& profile_name, std::chrono::sys_seconds last) {
  db.prepare(
        "INSERT INTO whatsapp_conversations (wa_id, profile_name, guest_book, ticket_id, last_inbound, language) "
        "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (wa_id) DO UPDATE SET profile_name = excluded.profile_name, "
        "guest_book = excluded.guest_book, ticket_id = excluded.ticket_id, "
        "last_inbound = max(last_inbound, excluded.last_inbound), language = excluded.language")
      .bind(1, c.wa_id)
      .bind(2, profile_name)
      .bind(3, to_json(c.book).dump())
      .bind(4, c.ticket_id)
      .bind(5, static_cast<std::int64_t>(last.time_since_epoch().count()))
      .bind(6, std::string(language_code(c.language)))
      .run();
}

std::string question_text(Question q, Language lang, const GuestBook& b, const std::string& office) {
  const bool en = lang == Language::en;
  switch (q) {
    case Question::name:
      return en ? fmt::format("Welcome to the integrated statistical service (PST) of {}. Before we start, may we "
                              "have your name?",
                              office)
                : fmt::format("Selamat datang di Pelayanan Statistik Terpadu (PST) {}. Sebelum berkonsultasi, boleh "
                              "kami tahu nama Anda?",
                              office);
    case Question::institution:
      return en ? fmt::format("Thank you, {}. Which institution or university are you with? (Reply \"personal\" if "
                              "none.)",
                              b.name.value_or(""))
                : fmt::format("Terima kasih, {}. Dari instansi atau universitas mana Anda? (Ketik \"pribadi\" bila "
                              "untuk keperluan pribadi.)",
                              b.name.value_or(""));
    case Question::need:
      return en ? "Which data or statistical consultation do you need?"
                : "Data atau konsultasi statistik apa yang Anda perlukan?";
    case Question::none:
      break;
  }
  return {};
}

class WhatsAppIntake {
 public:
  WhatsAppIntake(Database& db, const IntakeSettings& s, std::chrono::sys_seconds now, WhatsAppIntakeStats& stats)
      : db_(db), s_(s), wa_(*s.config->whatsapp), now_(now), stats_(stats) {}

  void message(const whatsapp::IncomingMessage& m) {
    ++stats_.messages;
    Conversation c = load_conversation(db_, m.from);
    said_hours_ = false;
    if (m.media) keep_media(m, c);
    // They wrote: the 24-hour window is open again, and text held for them goes now.
    if (const int released = release_held_whatsapp(db_, m.from, now_); released > 0) stats_.messages_queued += released;
    if (!c.known && !m.text.empty()) c.language = detect_language(m.text);
    language_ = c.language;
    if (c.ticket_id) {
      if (auto t = find_ticket(db_, *c.ticket_id); t && t->state != TicketState::closed && t->state != TicketState::spam) {
        add_event(db_, t->id, now_, "requester", "whatsapp_message",
                  fmt::format("{} ({}): {}", m.id, whatsapp::to_string(m.type),
                              m.text.substr(0, std::min<std::size_t>(m.text.size(), 2000))));
        // As for mail: the officer hears that the requester wrote, and an answer to the officer's
        // question (waiting) restarts the clock from this message.
        if (t->officer && queue_officer_notification(db_, *s_.config, *s_.calendar, s_.sender, *t, m.text, m.timestamp, now_))
          ++stats_.mails_queued;
        if (t->state == TicketState::waiting) {
          t->state = TicketState::open;
          const Deadline d = compute_deadline(*s_.calendar, m.timestamp, wa_.sla.value_or(s_.config->sla));
          t->start = d.start;
          t->due = d.due;
          update_ticket(db_, *t, now_);
          add_event(db_, t->id, now_, "pstmaild", "clock_resumed",
                    fmt::format("start {}, due {}", format_iso8601(*s_.calendar->zone, *t->start),
                                format_iso8601(*s_.calendar->zone, *t->due)));
        }
        save_conversation(db_, c, m.profile_name, m.timestamp);
        return;
      }
      // Closed: a number in reply is the rating the closing message asked for (as for mail);
      // anything else starts a new guest book.
      if (auto t = find_ticket(db_, *c.ticket_id); t && t->state == TicketState::closed && !m.text.empty())
        if (auto r = rating_in_reply(m.text); r && m.text.size() <= 200) {
          RatingInput in;
          in.source = RatingSource::reply;
          in.overall = score_to_five(r->value, r->scale);
          in.as_written = m.text.substr(0, 40);
          if (in.overall) {
            record_rating(db_, t->id, in, now_);
            save_conversation(db_, c, m.profile_name, m.timestamp);
            return;
          }
        }
      c.ticket_id.reset();
      c.book = GuestBook{};
    }
    const Question next = whatsapp::read_into(c.book, m.text);
    if (next != Question::none) {
      queue(std::nullopt, m.from, "whatsapp_question", question_text(next, c.language, c.book, s_.config->office.name));
      save_conversation(db_, c, m.profile_name, m.timestamp);
      return;
    }
    c.ticket_id = open_ticket(c, m);
    // What they sent before the guest book was complete belongs to this ticket.
    db_.prepare("UPDATE whatsapp_media SET ticket_id = ? WHERE wa_id = ? AND ticket_id IS NULL")
        .bind(1, *c.ticket_id)
        .bind(2, m.from)
        .run();
    c.book = GuestBook{};
    save_conversation(db_, c, m.profile_name, m.timestamp);
  }

  // The fate of a message of ours: an event on its ticket; a failure also in the log, for the
  // officer (as a bounce is).
  void status(const whatsapp::StatusUpdate& st) {
    Statement q = db_.prepare("SELECT outbox_id, ticket_id FROM whatsapp_sent WHERE wamid = ?");
    q.bind(1, st.message_id);
    if (!q.step() || q.is_null(1)) return;
    const std::int64_t outbox_id = q.int64(0), ticket_id = q.int64(1);
    std::string detail = fmt::format("outbox {}: {}", outbox_id, st.status);
    if (st.error_code) detail += fmt::format(" (error {}{})", *st.error_code, st.error_title.empty() ? "" : ": " + st.error_title);
    add_event(db_, ticket_id, now_, "whatsapp", "whatsapp_" + (st.status == "failed" ? std::string("failed") : "status"), detail);
    if (st.status == "failed")
      if (auto t = find_ticket(db_, ticket_id)) {
        log(LogLevel::warning, fmt::format("{}: a WhatsApp message was not delivered: {}", t->number, detail),
            LogFields{t->number, ""});
        stats_.mails_queued += notify_undeliverable(db_, *s_.config, s_.sender, *t, "WhatsApp: " + detail, now_);
      }
  }

 private:
  // A medium to fetch after this transaction (network never inside it); its ticket when one is open.
  void keep_media(const whatsapp::IncomingMessage& m, const Conversation& c) {
    std::optional<std::int64_t> ticket;
    if (c.ticket_id)
      if (auto t = find_ticket(db_, *c.ticket_id); t && t->state != TicketState::closed && t->state != TicketState::spam)
        ticket = t->id;
    db_.prepare(
          "INSERT OR IGNORE INTO whatsapp_media (wa_id, media_id, mime_type, filename, caption, ticket_id, received) "
          "VALUES (?, ?, ?, ?, ?, ?, ?)")
        .bind(1, m.from)
        .bind(2, m.media->id)
        .bind(3, m.media->mime_type)
        .bind(4, m.media->filename)
        .bind(5, m.text.substr(0, std::min<std::size_t>(m.text.size(), 1000)))
        .bind(6, ticket)
        .bind(7, static_cast<std::int64_t>(m.timestamp.time_since_epoch().count()))
        .run();
  }

  std::int64_t open_ticket(const Conversation& c, const whatsapp::IncomingMessage& m) {
    const Config& cfg = *s_.config;
    Ticket t;
    t.kind = TicketKind::request;
    t.requester_address = whatsapp_address(m.from);
    t.requester_name = c.book.name;
    t.requester_institution = c.book.institution;
    if (!m.profile_name.empty()) t.from_name = m.profile_name;
    t.subject = "WhatsApp: " + c.book.need.value_or("").substr(0, 120);
    t.request_summary = c.book.need;
    t.language = std::string(language_code(c.language));
    t.received = m.timestamp;
    t.state = TicketState::open;
    t.channel = "whatsapp";
    // The clock starts at the message that made the request complete (as for mail).
    const Deadline d = compute_deadline(*s_.calendar, m.timestamp, wa_.sla.value_or(cfg.sla));
    t.start = d.start;
    t.due = d.due;
    t.officer = choose_officer(db_, cfg.officers, TicketKind::request, now_);
    const int year = static_cast<int>(date::year_month_day{date::floor<date::days>(m.timestamp)}.year());
    insert_ticket(db_, t, cfg.tickets.prefix, year, now_);
    ++stats_.tickets_opened;
    add_event(db_, t.id, now_, "pstmaild", "opened", fmt::format("request on WhatsApp from +{}", m.from));
    if (t.officer) add_event(db_, t.id, now_, "pstmaild", "assigned", *t.officer);
    add_event(db_, t.id, now_, "pstmaild", "clock_started",
              fmt::format("start {}, due {}", format_iso8601(*s_.calendar->zone, *t.start),
                          format_iso8601(*s_.calendar->zone, *t.due)));
    const bool en = c.language == Language::en;
    const std::string due = format_human(*s_.calendar->zone, *t.due, c.language);
    const std::string name = t.requester_name.value_or("");
    queue(t.id, m.from, "whatsapp_acknowledgement",
          en ? fmt::format("Thank you, {}. Your request is registered as ticket {}. An officer of PST {} will answer "
                           "by {} at the latest. The service is free.",
                           name, t.number, cfg.office.name, due)
             : fmt::format("Terima kasih, {}. Permintaan Anda tercatat dengan nomor tiket {}. Petugas PST {} akan "
                           "menjawab paling lambat {}. Layanan ini gratis.",
                           name, t.number, cfg.office.name, due));
    return t.id;
  }

  void queue(std::optional<std::int64_t> ticket, const std::string& to, const char* kind, std::string text) {
    // A flood from one number gets at most limits.auto_per_sender_hour automatic answers an hour (as
    // mail does); what it sends is still stored and read.
    if (automatic_mail_count(db_, to, now_ - std::chrono::hours(1)) >= s_.config->limits.auto_per_sender_hour) {
      log(LogLevel::warning, fmt::format("whatsapp: more than {} automatic answers to +{} in an hour: {} not sent",
                                         s_.config->limits.auto_per_sender_hour, to, kind));
      return;
    }
    // Outside service hours the answer says when the office opens (the standard's hours).
    if (!is_open(*s_.calendar, now_) && !said_hours_) {
      const std::string opening = format_human(*s_.calendar->zone, next_opening(*s_.calendar, now_), language_);
      text += language_ == Language::en
                  ? fmt::format("\n\n(Our service hours have ended; an officer will serve you from {}.)", opening)
                  : fmt::format("\n\n(Di luar jam layanan; petugas akan melayani mulai {}.)", opening);
      said_hours_ = true;
    }
    for (const std::string& part : whatsapp::split_text(text)) {
      enqueue_whatsapp(db_, wa_, ticket, to, kind, whatsapp::text_message(to, part), now_, true);
      ++stats_.messages_queued;
    }
  }

  Database& db_;
  const IntakeSettings& s_;
  Language language_ = Language::id;  // of the conversation being answered
  bool said_hours_ = false;           // the out-of-hours note goes once per message answered
  const WhatsAppConfig& wa_;
  std::chrono::sys_seconds now_;
  WhatsAppIntakeStats& stats_;
};

}  // namespace

WhatsAppIntakeStats process_whatsapp(Database& db, const IntakeSettings& settings, std::chrono::sys_seconds now,
                                     int limit, const std::function<void(const std::string&)>& log) {
  WhatsAppIntakeStats stats;
  if (!settings.config || !settings.config->whatsapp) return stats;
  for (const StoredWebhook& w : pending_whatsapp_webhooks(db, limit)) {
    ++stats.webhooks;
    const WhatsAppIntakeStats before = stats;
    try {
      Transaction tx(db);
      const whatsapp::WebhookBatch batch = whatsapp::parse_webhook(w.body, settings.config->whatsapp->phone_number_id);
      WhatsAppIntake intake(db, settings, now, stats);
      for (const auto& m : batch.messages) intake.message(m);
      for (const auto& st : batch.statuses) intake.status(st);
      db.prepare("UPDATE whatsapp_webhooks SET state = 'processed', attempts = attempts + 1 WHERE id = ?").bind(1, w.id).run();
      tx.commit();
    } catch (const std::exception& e) {
      // A body that cannot be read never will be: failed at once. Anything else (the database
      // busy beyond its timeout...) is tried again, three times in all, as a mail is.
      stats = before;
      ++stats.failed;
      const bool unreadable = dynamic_cast<const whatsapp::WebhookError*>(&e) != nullptr;
      db.prepare("UPDATE whatsapp_webhooks SET state = CASE WHEN ? OR attempts + 1 >= 3 THEN 'failed' ELSE 'new' END, "
                 "attempts = attempts + 1 WHERE id = ?")
          .bind(1, unreadable ? 1 : 0)
          .bind(2, w.id)
          .run();
      log(fmt::format("whatsapp webhook {}: not processed: {}", w.id, e.what()));
    }
  }
  return stats;
}

}  // namespace pst
