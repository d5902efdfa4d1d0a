// intake.cc: see intake.h. The decision per kind of mail:
//   bounce      -> recorded on the ticket whose mail bounced (failed + 5.x.y marks it undeliverable
//                  and mails its officer, else the supervisors: bounce_notice; 4.x.y is only noted)
//   auto_reply  -> recorded on its ticket if any; never answered
//   complaint   -> new complaint ticket (complete, deadline, supervisor), complaint acknowledgement
//   reply/rating-> joins its ticket (completes it, resumes it, reopens it, or is just recorded)
//   request     -> new ticket: complete -> deadline + acknowledgement; else request for completion
#include "queue/intake.h"

#include <atomic>
#include <cmath>
#include <future>
#include <iterator>
#include <memory>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "calendar/instant_format.h"
#include "common/log.h"
#include "common/ticket_number.h"
#include "compose/templates.h"
#include "parsers/confidence.h"
#include "parsers/analyse.h"
#include "parsers/mime_decode.h"
#include "parsers/parsed_mail_json.h"
#include "parsers/rating.h"
#include "parsers/text_scan.h"
#include "queue/assignment.h"
#include "queue/mail_out.h"
#include "queue/messages.h"
#include "queue/outbox.h"
#include "queue/ratings.h"
#include "queue/ticket_actions.h"
#include "queue/tickets.h"

namespace pst {
namespace {

using std::chrono::hours;
using std::chrono::sys_seconds;

constexpr int kMaxAttempts = 3;

std::string lower(std::string s) {
  for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

Language ticket_language(const Ticket& t) { return parse_language_code(t.language).value_or(Language::id); }

/// The service hours in words, e.g. "Senin-Jumat 08.00-15.30 WITA".
std::string service_hours_text(const WorkCalendar& cal, Language lang, sys_seconds now) {
  static const char* const id_days[] = {"Minggu", "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu"};
  static const char* const en_days[] = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};
  const char* const* days = lang == Language::en ? en_days : id_days;
  std::string zone = zone_abbreviation(*cal.zone, now);
  auto hm = [&](int minutes) {
    return lang == Language::en ? fmt::format("{:02d}:{:02d}", minutes / 60, minutes % 60)
                                : fmt::format("{:02d}.{:02d}", minutes / 60, minutes % 60);
  };
  // Group consecutive days (Mon..Sat, then Sun) that share a window.
  std::string out;
  int order[] = {1, 2, 3, 4, 5, 6, 0};
  for (int i = 0; i < 7;) {
    int d = order[i];
    if (!cal.hours[d]) {
      ++i;
      continue;
    }
    int j = i;
    while (j + 1 < 7 && cal.hours[order[j + 1]] == cal.hours[d]) ++j;
    std::string span = j == i ? days[d] : fmt::format("{}-{}", days[d], days[order[j]]);
    out += fmt::format("{}{} {}{}-{} {}", out.empty() ? "" : ", ", span, lang == Language::en ? "" : "pukul ",
                       hm(cal.hours[d]->open_minute), hm(cal.hours[d]->close_minute), zone);
    i = j + 1;
  }
  return out + (lang == Language::en ? " (except public holidays)" : " (kecuali hari libur nasional)");
}

nlohmann::json ticket_data(const Ticket& t, const IntakeSettings& s, sys_seconds now) {
  const Config& cfg = *s.config;
  Language lang = ticket_language(t);
  nlohmann::json d;
  d["office_name"] = cfg.office.name;
  d["office_mailbox"] = cfg.office.mailbox;
  d["ticket"] = t.number;
  d["subject"] = plain_subject(t.subject, t.number);
  d["requester_name"] = t.requester_name.value_or(t.from_name.value_or(""));
  d["received_local"] = format_human(*s.calendar->zone, t.received, lang);
  d["due_local"] = t.due ? format_human(*s.calendar->zone, *t.due, lang) : "";
  d["start_local"] = t.start ? format_human(*s.calendar->zone, *t.start, lang) : "";
  d["service_hours_text"] = service_hours_text(*s.calendar, lang, now);
  d["sla_days"] = cfg.sla.days;
  d["officer_name"] = "";
  if (t.officer)
    for (const auto& o : cfg.officers)
      if (o.login == *t.officer) d["officer_name"] = o.name;
  d["missing"] = nlohmann::json::array();
  return d;
}

/// Where automatic answers go: the From address, the one the guards below check (issue 15). Never
/// Reply-To or the original sender of a forward: an outsider could make the office mail a third
/// party. Those are recorded for the officer (ticket_addresses), who may choose them for a reply.
std::optional<Address> answer_address(const ParsedMail& pm) {
  if (pm.mail.from && !pm.mail.from->address.empty()) return pm.mail.from;
  return std::nullopt;
}

/// Whether an automatic answer may go out; otherwise the reason (recorded as an event).
std::optional<std::string> auto_answer_refusal(Database& db, const IntakeSettings& s, const ParsedMail& pm,
                                               const std::optional<Address>& to, sys_seconds arrival,
                                               sys_seconds now) {
  const Config& cfg = *s.config;
  if (!to) return "no sender address";
  if (lower(to->address) == lower(cfg.office.mailbox)) return "mail from our own mailbox";
  if (now - arrival > hours(24 * cfg.imap.ack_max_age_days))
    return fmt::format("arrived more than {} days before it was fetched", cfg.imap.ack_max_age_days);
  if (const std::string* spam = pm.mail.header("X-Spam-Flag"); spam && lower(*spam).find("yes") != std::string::npos)
    return "held: marked as spam by the mail server";
  for (const auto& [name, value] : pm.mail.headers)
    if (lower(name) == "authentication-results" && lower(value).find("dmarc=fail") != std::string::npos)
      return "held: DMARC failed";
  if (automatic_mail_count(db, to->address, now - hours(1)) >= cfg.limits.auto_per_sender_hour)
    return fmt::format("more than {} automatic mails to {} in an hour", cfg.limits.auto_per_sender_hour, to->address);
  if (automatic_mail_count(db, to->address, now - hours(24)) >= cfg.limits.auto_per_sender_day)
    return fmt::format("more than {} automatic mails to {} in a day", cfg.limits.auto_per_sender_day, to->address);
  return std::nullopt;
}

class MessageIntake {
 public:
  MessageIntake(Database& db, const IntakeSettings& s, const StoredMessage& m, const ParsedMail& pm, sys_seconds now,
                IntakeStats& stats)
      : db_(db), s_(s), m_(m), pm_(pm), now_(now), stats_(stats), to_(answer_address(pm)) {}

  /// Returns a one-line summary for the log.
  std::string run() {
    switch (pm_.kind) {
      case MailKind::bounce: return bounce();
      case MailKind::auto_reply: return auto_reply();
      default: break;
    }
    std::optional<Ticket> thread = thread_ticket();
    if (pm_.kind == MailKind::complaint) return new_ticket(TicketKind::complaint, thread ? thread->id : 0);
    // A new request outside any thread that cites an old ticket: its own ticket and clock, linked to
    // the one it cites (parsers/classify.cc).
    if (pm_.kind == MailKind::request && pm_.cited_ticket) return new_ticket(TicketKind::request, 0);
    if (thread && !is_requester_address(db_, *thread, to_ ? to_->address : "")) return third_party(*thread);
    if (thread) return join(*thread);
    if (pm_.kind == MailKind::request && pm_.thanks_for_received)
      if (auto last = latest_ticket_of_requester(db_, to_ ? to_->address : "")) return thanks_without_thread(*last);
    return new_ticket(TicketKind::request, 0);
  }

 private:
  std::optional<Ticket> thread_ticket() {
    const std::string& prefix = s_.config->tickets.prefix;
    if (pm_.ticket_ref)
      if (auto t = find_ticket_by_number(db_, *pm_.ticket_ref); t && t->number.rfind(prefix + "-", 0) == 0) return t;
    for (const auto& id : message_ids_cited())
      if (auto tid = ticket_of_message_id(db_, id)) return find_ticket(db_, *tid);
    return std::nullopt;
  }

  /// In-Reply-To, then References newest first.
  std::vector<std::string> message_ids_cited() const {
    std::vector<std::string> ids = pm_.mail.in_reply_to;
    ids.insert(ids.end(), pm_.mail.references.rbegin(), pm_.mail.references.rend());
    return ids;
  }

  // issue 15: mail citing a ticket from an address that is not its requester's is kept on the
  // ticket for the officer and changes nothing: no state, understanding, rating or deadline, and no
  // automatic answer (which would tell a stranger the ticket's name and subject).
  std::string third_party(const Ticket& t) {
    const std::string from = to_ ? to_->address : "(no address)";
    link_message(t.id);
    add_event(db_, t.id, now_, "pstmaild", "third_party_mail",
              fmt::format("message {} from {}: not the requester's address; nothing changed", m_.id, from));
    if (queue_officer_notification(db_, *s_.config, *s_.calendar, s_.sender, t, pm_.own_text, m_.arrival, now_, from))
      ++stats_.mails_queued;
    return fmt::format("{}: mail from {}, not the requester; kept for the officer", t.number, from);
  }

  // Thanks for something received, nothing asked, in a new mail (the thread was lost): it belongs
  // on the requester's latest ticket as a reply would, not on a new ticket with an acknowledgement
  // (issue 16). Only the ticket's own requester address leads there (latest_ticket_of_requester).
  std::string thanks_without_thread(const Ticket& t) {
    add_event(db_, t.id, now_, "pstmaild", "matched_by_sender",
              fmt::format("message {}: thanks without a reference to a ticket, from the requester's address; kept "
                          "on the latest ticket",
                          m_.id));
    return join(t) + " (thanks without its thread, matched by the sender)";
  }

  /// Reply-To and a forward's original sender, when they differ from From: shown to officers as
  /// addresses they may reply to (pstq show, pstq reply --to); nothing automatic goes there.
  void record_other_addresses(const Ticket& t) {
    auto other = [&](const std::optional<Address>& a, const char* kind) {
      if (!a || a->address.empty() || is_requester_address(db_, t, a->address)) return;
      add_ticket_address(db_, t.id, a->address, kind, now_);
      add_event(db_, t.id, now_, "pstmaild", "other_address",
                fmt::format("{}: {} (pstq reply --to may use it; no automatic mail goes there)", kind, a->address));
    };
    other(pm_.mail.reply_to, "reply_to");
    if (pm_.forwarded) other(pm_.original_sender, "forwarded_from");
  }

  void link_message(std::int64_t ticket_id) {
    db_.prepare("UPDATE messages SET ticket_id = ? WHERE id = ?").bind(1, ticket_id).bind(2, m_.id).run();
  }

  std::string bounce() {
    std::optional<Ticket> t;
    if (!pm_.mail.dsn_original_message_id.empty())
      if (auto tid = ticket_of_message_id(db_, pm_.mail.dsn_original_message_id)) t = find_ticket(db_, *tid);
    // Only by our own Message-IDs (random, never in a subject): a forged "bounce" naming a ticket's
    // tag must not mark a requester undeliverable (issue 15).
    if (!t)
      for (const auto& id : message_ids_cited())
        if (auto tid = ticket_of_message_id(db_, id)) t = find_ticket(db_, *tid);
    if (!t) return "bounce: no ticket found; recorded";
    link_message(t->id);
    bool permanent = false;
    std::string detail;
    for (const auto& r : pm_.mail.dsn) {
      detail += fmt::format("{}{} {} {}", detail.empty() ? "" : "; ", r.final_recipient, r.action, r.status);
      if (r.action == "failed" && !r.status.empty() && r.status[0] == '5') permanent = true;
    }
    add_event(db_, t->id, now_, "pstmaild", permanent ? "bounce_failed" : "bounce_noted", detail);
    if (permanent && !t->undeliverable) {
      t->undeliverable = true;
      update_ticket(db_, *t, now_);
      notify_bounce(*t, detail);
    }
    return fmt::format("{}: bounce{} ({})", t->number, permanent ? ", address undeliverable" : "", detail);
  }

  // issue 8: the ticket's officer (else every supervisor) hears at once that the requester cannot
  // be reached by mail; once per ticket (when it becomes undeliverable), in this transaction.
  void notify_bounce(const Ticket& t, const std::string& report) {
    stats_.mails_queued += notify_undeliverable(db_, *s_.config, s_.sender, t, report, now_);
  }

  std::string auto_reply() {
    std::optional<Ticket> t = thread_ticket();
    if (t) {
      link_message(t->id);
      add_event(db_, t->id, now_, "pstmaild", "auto_reply_received", pm_.auto_reason);
      return fmt::format("{}: automatic reply ({}), not answered", t->number, pm_.auto_reason);
    }
    return fmt::format("automatic mail ({}), no ticket, not answered", pm_.auto_reason);
  }

  std::string new_ticket(TicketKind kind, std::int64_t linked) {
    const Config& cfg = *s_.config;
    Ticket t;
    t.kind = kind;
    t.requester_address = to_ ? to_->address : "";
    t.requester_name = pm_.requester.name;
    t.requester_institution = pm_.requester.institution;
    if (pm_.mail.from && !pm_.mail.from->name.empty()) t.from_name = pm_.mail.from->name;
    t.subject = pm_.mail.subject;
    t.request_summary = pm_.request;
    t.language = std::string(language_code(pm_.language));
    t.received = m_.arrival;
    if (linked) t.linked_ticket = linked;
    // A cited ticket is linked for a complaint (the supervisor weighs it with the ticket it is about),
    // and for a new request only when the sender speaks for the cited ticket: a stranger who writes
    // someone's ticket number gets a ticket of their own and nothing tied to theirs.
    if (!linked && pm_.cited_ticket)
      if (auto c = find_ticket_by_number(db_, *pm_.cited_ticket);
          c && (kind == TicketKind::complaint || is_requester_address(db_, *c, t.requester_address)))
        t.linked_ticket = c->id;
    bool complete = kind == TicketKind::complaint || pm_.missing.empty();
    // A doubtful "missing" (parsers/confidence.h) is not put to the requester: the clock starts and an
    // officer checks the introduction (pstq list/show; pstq fix clears it).
    const bool check = !complete && missing_is_unsure(pm_);
    if (check) {
      std::string doubts;
      for (const auto& d : pm_.doubts) doubts += (doubts.empty() ? "" : "\n") + d;
      t.check_introduction = doubts;
      complete = true;
    }
    t.state = complete ? TicketState::open : TicketState::incomplete;
    if (complete) start_clock(t, m_.arrival);
    if (complete) t.officer = choose_officer(db_, cfg.officers, kind, now_);
    int year = static_cast<int>(date::year_month_day{date::floor<date::days>(m_.arrival)}.year());
    insert_ticket(db_, t, cfg.tickets.prefix, year, now_);
    ++stats_.tickets_opened;
    link_message(t.id);
    add_event(db_, t.id, now_, "pstmaild", "opened",
              fmt::format("{} from {}{}", to_string(kind), t.requester_address,
                          t.linked_ticket ? fmt::format(", linked to ticket id {}", *t.linked_ticket) : ""));
    if (t.officer) add_event(db_, t.id, now_, "pstmaild", "assigned", *t.officer);
    record_other_addresses(t);
    if (check)
      add_event(db_, t.id, now_, "pstmaild", "check_introduction",
                fmt::format("read as missing {}, but: {}", join(pm_.missing), *t.check_introduction));
    if (complete) {
      add_event(db_, t.id, now_, "pstmaild", "clock_started", deadline_detail(t));
      send(t, kind == TicketKind::complaint ? "complaint_acknowledgement" : "acknowledgement", {});
    } else {
      add_event(db_, t.id, now_, "pstmaild", "waiting_for_requester", join(pm_.missing));
      send(t, "request_completion", pm_.missing);
    }
    return fmt::format("{}: new {} from {} ({})", t.number, to_string(kind), t.requester_address,
                       check      ? "missing " + join(pm_.missing) + " doubtful: an officer checks the introduction"
                       : complete ? "complete"
                                  : "missing " + join(pm_.missing));
  }

  std::string join(Ticket t) {
    link_message(t.id);
    record_other_addresses(t);
    add_event(db_, t.id, now_, "requester", pm_.kind == MailKind::rating ? "rating_received" : "requester_mail",
              fmt::format("message {}", m_.id));
    if (pm_.kind == MailKind::rating && pm_.rating) record_reply_rating(t);
    // issue 5: the ticket's officer hears that the requester wrote again (queue/ticket_actions.h).
    if (t.officer && pm_.kind != MailKind::rating && t.state != TicketState::closed && t.state != TicketState::spam)
      if (queue_officer_notification(db_, *s_.config, *s_.calendar, s_.sender, t, pm_.own_text, m_.arrival, now_))
        ++stats_.mails_queued;
    switch (t.state) {
      case TicketState::incomplete: {
        if (!t.requester_name && pm_.requester.name) t.requester_name = pm_.requester.name;
        if (!t.requester_institution && pm_.requester.institution) t.requester_institution = pm_.requester.institution;
        if (!t.request_summary && pm_.request) t.request_summary = pm_.request;
        std::vector<std::string> missing;
        if (!t.requester_name) missing.push_back("name");
        if (!t.requester_institution) missing.push_back("institution");
        if (!t.request_summary) missing.push_back("request");
        if (missing.empty()) {
          t.state = TicketState::open;
          start_clock(t, m_.arrival);
          t.officer = choose_officer(db_, s_.config->officers, t.kind, now_);
          update_ticket(db_, t, now_);
          if (t.officer) add_event(db_, t.id, now_, "pstmaild", "assigned", *t.officer);
          add_event(db_, t.id, now_, "pstmaild", "clock_started", deadline_detail(t));
          send(t, "acknowledgement", {});
          return fmt::format("{}: completed by the requester; clock started", t.number);
        }
        update_ticket(db_, t, now_);
        send(t, "request_completion", missing);
        return fmt::format("{}: still missing {}", t.number, join(missing));
      }
      case TicketState::waiting:
        t.state = TicketState::open;
        start_clock(t, m_.arrival);
        update_ticket(db_, t, now_);
        add_event(db_, t.id, now_, "pstmaild", "clock_resumed", deadline_detail(t));
        return fmt::format("{}: requester answered; clock restarted", t.number);
      case TicketState::closed:
      case TicketState::spam: {
        if (pm_.kind == MailKind::rating || !pm_.asks_something_new || t.state == TicketState::spam)
          return fmt::format("{}: {} on a closed ticket recorded", t.number,
                             pm_.kind == MailKind::rating ? "rating" : "mail");
        bool within = t.closed && now_ - *t.closed <= hours(24 * s_.config->tickets.reopen_days);
        if (!within) return new_ticket(TicketKind::request, t.id);
        t.state = TicketState::open;
        t.closed.reset();
        start_clock(t, m_.arrival);
        update_ticket(db_, t, now_);
        add_event(db_, t.id, now_, "pstmaild", "reopened", deadline_detail(t));
        return fmt::format("{}: reopened by a new question", t.number);
      }
      case TicketState::answered:
        if (pm_.asks_something_new) {
          t.state = TicketState::open;
          start_clock(t, m_.arrival);
          update_ticket(db_, t, now_);
          add_event(db_, t.id, now_, "pstmaild", "clock_started", deadline_detail(t));
          return fmt::format("{}: follow-up question; clock started again", t.number);
        }
        return fmt::format("{}: requester wrote again", t.number);
      case TicketState::open: return fmt::format("{}: requester wrote again", t.number);
    }
    return t.number;
  }

  // issue 7: a rating by reply, on a ticket in any state: the score converted to 1..5 when another
  // scale is stated (kept as written), the rest of the requester's words as feedback (lines that only
  // give the score are dropped). A later rating replaces an earlier one (queue/ratings.h).
  void record_reply_rating(const Ticket& t) {
    auto number = [](double v) { return v == std::floor(v) ? fmt::format("{}", static_cast<long long>(v)) : fmt::format("{}", v); };
    RatingInput r;
    r.source = RatingSource::reply;
    r.overall = score_to_five(*pm_.rating, pm_.rating_scale);
    r.as_written = pm_.rating_scale ? number(*pm_.rating) + "/" + number(*pm_.rating_scale) : number(*pm_.rating);
    std::string rest;
    std::size_t start = 0;
    while (start <= pm_.own_text.size()) {
      std::size_t end = pm_.own_text.find('\n', start);
      if (end == std::string::npos) end = pm_.own_text.size();
      std::string line = pm_.own_text.substr(start, end - start);
      bool only_score = line.size() <= 40 && find_rating(line).has_value();
      if (!only_score) rest += line + "\n";
      start = end + 1;
    }
    r.feedback = clean_feedback(rest);
    if (!r.overall) {
      add_event(db_, t.id, now_, "pstmaild", "rating_not_recorded",
                fmt::format("score {} is not a score from 1 to 5", *r.as_written));
      return;
    }
    record_rating(db_, t.id, r, now_);
  }

  void start_clock(Ticket& t, sys_seconds at) {
    Deadline d = compute_deadline(*s_.calendar, at, s_.config->sla);
    t.start = d.start;
    t.due = d.due;
  }

  std::string deadline_detail(const Ticket& t) {
    if (!t.due) return "";
    std::string out = fmt::format("start {}, due {}", format_iso8601(*s_.calendar->zone, *t.start),
                                  format_iso8601(*s_.calendar->zone, *t.due));
    Deadline d{*t.start, *t.due};
    if (std::string w = holiday_coverage_warning(*s_.calendar, t.received, d); !w.empty()) {
      log(LogLevel::warning, fmt::format("{}: {}", t.number, w), LogFields{t.number, ""});
      out += "; warning: " + w;
    }
    return out;
  }

  void send(const Ticket& t, const std::string& kind, const std::vector<std::string>& missing) {
    if (auto refusal = auto_answer_refusal(db_, s_, pm_, to_, m_.arrival, now_)) {
      add_event(db_, t.id, now_, "pstmaild", "no_automatic_answer", *refusal);
      return;
    }
    MailRequest req;
    req.ticket_id = t.id;
    req.ticket_number = t.number;
    req.kind = kind;
    req.language = t.language;
    req.to = {*to_};
    req.in_reply_to = pm_.mail.message_id;
    req.references = pm_.mail.references;
    req.data = ticket_data(t, s_, now_);
    req.data["missing"] = missing_items(missing, t.language);
    req.data["has_missing"] = !missing.empty();
    try {
      queue_template_mail(db_, s_.config->templates_dir, s_.sender, req, now_);
    } catch (const ComposeError& e) {
      // The requester's mail still becomes a ticket; an officer answers by hand (issue 15).
      add_event(db_, t.id, now_, "pstmaild", "no_automatic_answer", fmt::format("cannot build the mail: {}", e.what()));
      return;
    }
    ++stats_.mails_queued;
  }

  static std::string join(const std::vector<std::string>& v) {
    std::string out;
    for (const auto& s : v) out += (out.empty() ? "" : ", ") + s;
    return out;
  }

  Database& db_;
  const IntakeSettings& s_;
  const StoredMessage& m_;
  const ParsedMail& pm_;
  sys_seconds now_;
  IntakeStats& stats_;
  std::optional<Address> to_;
};

}  // namespace

IntakeSettings make_intake_settings(const Config& cfg, const WorkCalendar& cal, sys_seconds now) {
  IntakeSettings s;
  s.config = &cfg;
  s.calendar = &cal;
  s.mime_limits.max_message_bytes = cfg.limits.max_message_bytes;
  s.mime_limits.max_header_line = cfg.limits.max_header_line;
  s.mime_limits.max_depth = cfg.limits.max_mime_depth;
  s.mime_limits.max_parts = cfg.limits.max_mime_parts;
  int offset = static_cast<int>(cal.zone->get_info(now).offset.count() / 60);
  s.sender = sender_from_config(cfg, now, offset);
  return s;
}

namespace {

void mark_failed(Database& db, const StoredMessage& m, sys_seconds now) {
  Transaction tx(db);
  db.prepare("UPDATE messages SET state = 'failed' WHERE id = ?").bind(1, m.id).run();
  add_event(db, std::nullopt, now, "pstmaild", "message_failed",
            fmt::format("message {} (uid {}) failed {} times; left for an officer", m.id, m.uid, m.attempts));
  tx.commit();
}

void count_attempts(Database& db, const std::vector<const StoredMessage*>& messages) {
  Transaction tx(db);
  Statement up = db.prepare("UPDATE messages SET attempts = attempts + 1 WHERE id = ?");
  for (const StoredMessage* m : messages) {
    up.reset();
    up.bind(1, m->id).run();
  }
  tx.commit();
}

// A row for the search index (pstq search), written by the caller after the message's savepoint.
struct SearchRow {
  std::int64_t ticket_id = 0;
  std::int64_t message_id = 0;
  std::string subject, body, who;
};

void write_search_rows(Database& db, const std::vector<SearchRow>& rows) {
  for (const SearchRow& r : rows) index_for_search(db, r.ticket_id, r.message_id, r.subject, r.body, r.who);
}

// The writes for one analysed message, inside the caller's transaction: the ticket decision
// (MessageIntake), the message row, and the search index row - returned in `search` to be written
// by the caller once the message's savepoint is released: FTS5 writes its pending index at every
// savepoint of a transaction it is part of (a segment per message, ~6 % of the ingest, when the
// rows went in inside each message's savepoint). Returns the log summary.
std::string record_intake(Database& db, const IntakeSettings& settings, const StoredMessage& m, const ParsedMail& pm,
                          const std::string& parsed_json, sys_seconds now, IntakeStats& stats,
                          std::vector<SearchRow>& search) {
  std::string summary = MessageIntake(db, settings, m, pm, now, stats).run();
  Statement of = db.prepare("SELECT ticket_id FROM messages WHERE id = ? AND ticket_id IS NOT NULL");
  of.bind(1, m.id);
  const bool on_ticket = of.step();
  // A mail over limits.max_message_bytes was stored whole but read by its headers only: say so on
  // the ticket, so an officer opens it in the mailbox (or with pstq attachment).
  if (on_ticket && pm.mail.has_problem(DecodeProblem::too_large))
    add_event(db, of.int64(0), now, "pstmaild", "mail_too_large",
              fmt::format("message {} ({} bytes) is over limits.max_message_bytes ({}): only its headers were read",
                          m.id, m.raw.size(), settings.mime_limits.max_message_bytes));
  // issue 5: the mail becomes searchable (pstq search) on its ticket: its subject, who wrote it, and
  // what the understanding reads of the own words (text::understood_part): the head, where the
  // introduction and the need are, and the tail, where the signature is. The middle of a long mail is
  // pasted material (tables, article text): indexing it cost a third of the ingest of long mails and
  // stored it a third time (BENCHMARKS.md); the whole mail stays in `pstq show`.
  if (pm.kind != MailKind::bounce && pm.kind != MailKind::auto_reply) {
    if (on_ticket) {
      std::string who = pm.mail.from ? pm.mail.from->address + " " + pm.mail.from->name : std::string();
      if (pm.requester.name) who += " " + *pm.requester.name;
      if (pm.requester.institution) who += " " + *pm.requester.institution;
      search.push_back(SearchRow{of.int64(0), m.id, pm.mail.subject,
                                 text::understood_part(pm.own_text),
                                 std::move(who)});
    }
  }
  db.prepare(
        "UPDATE messages SET state = 'processed', message_id = ?, kind = ?, from_address = ?, subject = ?, "
        "parsed = ? WHERE id = ?")
      .bind(1, pm.mail.message_id)
      .bind(2, to_string(pm.kind))
      .bind(3, pm.mail.from ? pm.mail.from->address : std::string())
      .bind(4, pm.mail.subject)
      .bind(5, parsed_json)
      .bind(6, m.id)
      .run();
  return summary;
}

std::string processed_line(const StoredMessage& m, const ParsedMail& pm, const std::string& summary) {
  return fmt::format("message {} (uid {}): {}: {}", m.id, m.uid, to_string(pm.kind), summary);
}

// A suspect (attempted before: a crash or an error happened while it was acted on) goes alone,
// its attempt counted first, so that a mail that crashes the daemon can fail only itself.
void act_on_one(Database& db, const IntakeSettings& settings, const StoredMessage& m, sys_seconds now,
                IntakeStats& stats, const std::function<void(const std::string&)>& log) {
  if (m.attempts >= kMaxAttempts) {
    mark_failed(db, m, now);
    ++stats.failed;
    log(fmt::format("message {}: failed {} times, left for an officer", m.id, m.attempts));
    return;
  }
  count_attempts(db, {&m});
  const IntakeStats before = stats;
  try {
    ParsedMail pm = analyse(decode_mail(m.raw, settings.mime_limits));
    Transaction tx(db);
    std::vector<SearchRow> search;
    std::string summary = record_intake(db, settings, m, pm, parsed_mail_json(pm, JsonText::omitted), now, stats, search);
    write_search_rows(db, search);
    tx.commit();
    ++stats.processed;
    log(processed_line(m, pm, summary));
  } catch (const std::exception& e) {
    stats = before;
    log(fmt::format("message {} (uid {}): not processed: {}", m.id, m.uid, e.what()));
  }
}

// A batch of fresh mail being parsed: its attempts are counted (committed) before parsing starts,
// so that a mail that crashes the parser can fail only itself. Any number of threads may call
// work() at once; each takes the next mail. Nothing here touches the database.
class BatchParse {
 public:
  BatchParse(std::vector<const StoredMessage*> mails, const MimeLimits& limits)
      : mails_(std::move(mails)), parsed_(mails_.size()), json_(mails_.size()), errors_(mails_.size()), limits_(limits) {}

  void work() {
    for (std::size_t i = next_.fetch_add(1); i < mails_.size(); i = next_.fetch_add(1)) {
      try {
        ParsedMail pm = analyse(decode_mail(mails_[i]->raw, limits_));
        json_[i] = parsed_mail_json(pm, JsonText::omitted);  // messages.parsed, made here off the writer
        parsed_[i].emplace(std::move(pm));
      } catch (const std::exception& e) {
        errors_[i] = e.what();
      }
    }
  }

  const std::vector<const StoredMessage*>& mails() const { return mails_; }
  const std::optional<ParsedMail>& parsed(std::size_t i) const { return parsed_[i]; }
  const std::string& parsed_json(std::size_t i) const { return json_[i]; }
  const std::string& error(std::size_t i) const { return errors_[i]; }

 private:
  std::vector<const StoredMessage*> mails_;
  std::vector<std::optional<ParsedMail>> parsed_;
  std::vector<std::string> json_;
  std::vector<std::string> errors_;
  const MimeLimits& limits_;
  std::atomic<std::size_t> next_{0};
};

// A parsed batch written in one transaction with a savepoint per message, so a message whose
// writes fail is rolled back alone. Log lines follow the commit.
void record_batch(Database& db, const IntakeSettings& settings, const BatchParse& batch, sys_seconds now,
                  IntakeStats& stats, const std::function<void(const std::string&)>& log) {
  const auto& mails = batch.mails();
  std::vector<std::string> lines;
  for (std::size_t i = 0; i < mails.size(); ++i)
    if (!batch.parsed(i))
      lines.push_back(fmt::format("message {} (uid {}): not processed: {}", mails[i]->id, mails[i]->uid, batch.error(i)));
  const IntakeStats before_batch = stats;
  try {
    Transaction tx(db);
    std::vector<SearchRow> search;  // of the messages whose savepoints were released
    for (std::size_t i = 0; i < mails.size(); ++i) {
      if (!batch.parsed(i)) continue;
      const StoredMessage& m = *mails[i];
      const IntakeStats before = stats;
      try {
        Savepoint unit(db);
        std::vector<SearchRow> rows;
        std::string summary = record_intake(db, settings, m, *batch.parsed(i), batch.parsed_json(i), now, stats, rows);
        unit.release();
        std::move(rows.begin(), rows.end(), std::back_inserter(search));
        ++stats.processed;
        lines.push_back(processed_line(m, *batch.parsed(i), summary));
      } catch (const std::exception& e) {
        stats = before;
        lines.push_back(fmt::format("message {} (uid {}): not processed: {}", m.id, m.uid, e.what()));
      }
    }
    write_search_rows(db, search);
    tx.commit();
  } catch (const std::exception& e) {
    stats = before_batch;  // nothing of the batch is stored; each message is retried alone
    log(fmt::format("{} messages not processed (retried one by one): {}", mails.size(), e.what()));
    return;
  }
  for (const auto& line : lines) log(line);
}

// Fresh mail flows through two stages: while batch k is written (this thread, the only one that
// touches the database), batch k+1 is parsed by a helper thread, which this thread joins once its
// writes are done. Parsing is most of the work; on two cores both run at once.
class IntakePipeline {
 public:
  IntakePipeline(Database& db, const IntakeSettings& settings, sys_seconds now, IntakeStats& stats,
                 const std::function<void(const std::string&)>& log)
      : db_(db), settings_(settings), now_(now), stats_(stats), log_(log) {}
  ~IntakePipeline() {
    if (helper_.valid()) helper_.wait();  // only on an exception: never leave a thread behind
  }

  /// Parses `mails` while the batch before it is written.
  void add(std::vector<const StoredMessage*> mails) {
    std::unique_ptr<BatchParse> previous = take();
    count_attempts(db_, mails);
    ahead_ = std::make_unique<BatchParse>(std::move(mails), settings_.mime_limits);
    helper_ = std::async(std::launch::async, [job = ahead_.get()] { job->work(); });
    if (previous) record_batch(db_, settings_, *previous, now_, stats_, log_);
  }

  /// Writes whatever is in flight (before a suspect goes alone, and at the end).
  void flush() {
    if (std::unique_ptr<BatchParse> last = take()) record_batch(db_, settings_, *last, now_, stats_, log_);
  }

 private:
  // The batch parsed ahead, complete: this thread helps with what the helper has not started.
  std::unique_ptr<BatchParse> take() {
    if (!ahead_) return nullptr;
    ahead_->work();
    helper_.get();
    return std::move(ahead_);
  }

  Database& db_;
  const IntakeSettings& settings_;
  sys_seconds now_;
  IntakeStats& stats_;
  const std::function<void(const std::string&)>& log_;
  std::unique_ptr<BatchParse> ahead_;
  std::future<void> helper_;
};

}  // namespace

IntakeStats process_pending(Database& db, const IntakeSettings& settings, sys_seconds now, int limit,
                            const std::function<void(const std::string&)>& log) {
  IntakeStats stats;
  std::vector<StoredMessage> pending = pending_messages(db, limit);
  IntakePipeline pipeline(db, settings, now, stats, log);
  std::vector<const StoredMessage*> batch;
  auto hand_over = [&] {
    if (!batch.empty()) pipeline.add(std::move(batch));
    batch.clear();
  };
  for (const StoredMessage& m : pending) {  // arrival order is kept: a suspect waits for the mail before it
    if (m.attempts == 0) {
      batch.push_back(&m);
      if (batch.size() == kIntakeBatch) hand_over();
      continue;
    }
    hand_over();
    pipeline.flush();
    act_on_one(db, settings, m, now, stats, log);
  }
  hand_over();
  pipeline.flush();
  return stats;
}

}  // namespace pst
