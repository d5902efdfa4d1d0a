// reminders.cc: see reminders.h.
#include "queue/reminders.h"

#include <algorithm>
#include <map>

#include <date/date.h>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "calendar/instant_format.h"
#include "compose/message_builder.h"
#include "compose/templates.h"
#include "queue/mail_out.h"

namespace pst {
namespace {

using std::chrono::hours;
using std::chrono::minutes;
using std::chrono::seconds;
using json = nlohmann::json;

std::string lower(std::string s) {
  for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

const OfficerConfig* find_officer(const std::vector<OfficerConfig>& officers, const std::optional<std::string>& login) {
  if (!login) return nullptr;
  for (const auto& o : officers)
    if (o.login == *login) return &o;
  return nullptr;
}

bool before(const DigestItem& a, const DigestItem& b) {
  if (a.section != b.section) return a.section < b.section;
  const Instant ka = a.section == DigestSection::unassigned ? a.ticket.start.value_or(a.ticket.received)
                                                            : a.ticket.due.value_or(Instant{});
  const Instant kb = b.section == DigestSection::unassigned ? b.ticket.start.value_or(b.ticket.received)
                                                            : b.ticket.due.value_or(Instant{});
  if (ka != kb) return ka < kb;
  return a.ticket.id < b.ticket.id;
}

}  // namespace

const char* to_string(ReminderKind k) {
  switch (k) {
    case ReminderKind::reminder_digest: return "reminder_digest";
    case ReminderKind::escalation_digest: return "escalation_digest";
    case ReminderKind::requester_reminder: return "requester_reminder";
    case ReminderKind::auto_closure: return "auto_closure";
  }
  return "reminder_digest";
}

int Digest::count(DigestSection s) const {
  return static_cast<int>(std::count_if(items.begin(), items.end(), [s](const DigestItem& i) { return i.section == s; }));
}

std::string format_working_time(minutes m, Language lang) {
  const auto total = std::max<std::int64_t>(0, m.count());
  const auto h = total / 60, min = total % 60;
  const bool en = lang == Language::en;
  if (h == 0) return fmt::format("{} {}", min, en ? "min" : "menit");
  if (min == 0) return fmt::format("{} {}", h, en ? "h" : "jam");
  return fmt::format("{} {} {} {}", h, en ? "h" : "jam", min, en ? "min" : "menit");
}

std::optional<RequesterAction> requester_action(const ReminderTicket& rt, const WorkCalendar& cal,
                                                const RemindersConfig& rules, Instant now) {
  const Ticket& t = rt.ticket;
  if (t.state != TicketState::incomplete && t.state != TicketState::waiting) return std::nullopt;
  if (!rt.waiting_since) return std::nullopt;
  if (rules.requester_reminder_after_days <= 0 && rules.auto_close_after_days <= 0) return std::nullopt;
  const seconds day = day_length(cal);
  const seconds waited = working_time_between(cal, *rt.waiting_since, now);
  RequesterAction a;
  a.ticket = t;
  a.waiting_since = *rt.waiting_since;
  a.waited = std::chrono::duration_cast<minutes>(waited);
  if (rules.auto_close_after_days > 0 && waited >= rules.auto_close_after_days * day) {
    a.kind = ReminderKind::auto_closure;
    return a;
  }
  if (rules.requester_reminder_after_days > 0 && waited >= rules.requester_reminder_after_days * day &&
      !t.undeliverable && !t.requester_address.empty() &&
      (!rt.last_requester_reminder || *rt.last_requester_reminder < *rt.waiting_since)) {
    a.kind = ReminderKind::requester_reminder;
    return a;
  }
  return std::nullopt;
}

ReminderPlan plan_reminders(const std::vector<ReminderTicket>& tickets, const std::vector<OfficerConfig>& officers,
                            const WorkCalendar& cal, const RemindersConfig& rules, Instant now) {
  ReminderPlan plan;
  if (!is_open(cal, now)) return plan;
  plan.in_service_hours = true;
  plan.day = date::format("%F", local_day(cal, now));
  plan.horizon_end = rules.horizon_working_hours ? add_working_time(cal, now, hours(*rules.horizon_working_hours))
                                                 : add_working_days(cal, now, 1);

  std::map<std::string, std::vector<DigestItem>> per_officer;  // login -> items
  std::vector<DigestItem> escalation;
  for (const ReminderTicket& rt : tickets) {
    const Ticket& t = rt.ticket;
    if (t.state == TicketState::open) {
      const OfficerConfig* officer = find_officer(officers, t.officer);
      if (t.officer && !officer)
        plan.warnings.push_back(fmt::format("{}: officer \"{}\" is not in the configuration's officers: "
                                            "treated as unassigned",
                                            t.number, *t.officer));
      const bool overdue = t.due && *t.due <= now;
      if (officer && t.due) {
        if (overdue) {
          per_officer[officer->login].push_back(DigestItem{t, DigestSection::overdue,
                                                           working_minutes_between(cal, *t.due, now), officer->name});
        } else if (*t.due <= plan.horizon_end) {
          per_officer[officer->login].push_back(DigestItem{t, DigestSection::due_soon,
                                                           working_minutes_between(cal, now, *t.due), officer->name});
        }
      }
      if (overdue) {
        escalation.push_back(DigestItem{t, DigestSection::overdue, working_minutes_between(cal, *t.due, now),
                                        officer ? officer->name : ""});
      } else if (!officer) {
        const minutes unassigned = working_minutes_between(cal, t.start.value_or(t.received), now);
        if (unassigned >= hours(rules.unassigned_after_working_hours))
          escalation.push_back(DigestItem{t, DigestSection::unassigned, unassigned, ""});
      }
    } else if (auto a = requester_action(rt, cal, rules, now)) {
      plan.requester.push_back(std::move(*a));
    }
  }

  for (const OfficerConfig& o : officers) {
    auto it = per_officer.find(o.login);
    if (it == per_officer.end() || o.email.empty()) continue;
    Digest d;
    d.kind = ReminderKind::reminder_digest;
    d.recipient = o;
    d.items = std::move(it->second);
    std::sort(d.items.begin(), d.items.end(), before);
    plan.digests.push_back(std::move(d));
  }
  if (!escalation.empty()) {
    std::sort(escalation.begin(), escalation.end(), before);
    bool any = false;
    for (const OfficerConfig& o : officers) {
      if (o.role != "supervisor" || o.email.empty()) continue;
      any = true;
      plan.digests.push_back(Digest{ReminderKind::escalation_digest, o, escalation});
    }
    if (!any)
      plan.warnings.push_back(fmt::format("{} ticket(s) to escalate but no supervisor among the configuration's "
                                          "officers: no escalation digest",
                                          escalation.size()));
  }
  std::sort(plan.requester.begin(), plan.requester.end(),
            [](const RequesterAction& a, const RequesterAction& b) { return a.ticket.id < b.ticket.id; });
  return plan;
}

// ---- the store side ----

namespace {

std::optional<Instant> optional_instant(const Statement& s, int col) {
  if (s.is_null(col)) return std::nullopt;
  return Instant{seconds{s.int64(col)}};
}

/// waiting_since and last_requester_reminder of one ticket (see ReminderTicket).
ReminderTicket load_facts(Database& db, Ticket t) {
  ReminderTicket rt;
  if (t.state == TicketState::incomplete || t.state == TicketState::waiting) {
    Statement s = db.prepare(
        "SELECT max(at) FROM ("
        " SELECT received AS at FROM tickets WHERE id = ?1"
        " UNION ALL SELECT at FROM events WHERE ticket_id = ?1"
        "   AND (actor = 'requester' OR type IN ('waiting_for_requester', 'waiting', 'question_sent'))"
        " UNION ALL SELECT created FROM outbox WHERE ticket_id = ?1"
        "   AND kind IN ('request_completion', 'officer_question'))");
    s.bind(1, t.id);
    if (s.step()) rt.waiting_since = optional_instant(s, 0);
    Statement r = db.prepare("SELECT max(created) FROM outbox WHERE ticket_id = ? AND kind = 'requester_reminder'");
    r.bind(1, t.id);
    if (r.step()) rt.last_requester_reminder = optional_instant(r, 0);
  }
  rt.ticket = std::move(t);
  return rt;
}

/// The requester's last Message-ID on the ticket (threading), or "".
std::string last_inbound_message_id(Database& db, std::int64_t ticket_id) {
  Statement s = db.prepare(
      "SELECT message_id FROM messages WHERE ticket_id = ? AND message_id IS NOT NULL AND message_id != '' "
      "ORDER BY arrival DESC, id DESC LIMIT 1");
  s.bind(1, ticket_id);
  return s.step() ? s.text(0) : "";
}

std::string requester_name(const Ticket& t) { return t.requester_name.value_or(t.from_name.value_or("")); }

struct Context {
  Database& db;
  const Config& cfg;
  const WorkCalendar& cal;
  Instant now;
  const ReminderPlan& plan;
  Sender sender;
  std::string actor;
};

json digest_item(const Context& c, const DigestItem& i, Language lang) {
  const Ticket& t = i.ticket;
  json d;
  d["ticket"] = t.number;
  d["subject"] = plain_subject(t.subject, t.number);
  d["requester_name"] = requester_name(t);
  d["requester_address"] = t.requester_address;
  d["institution"] = t.requester_institution.value_or("");
  d["received_local"] = format_human(*c.cal.zone, t.received, lang);
  d["due_local"] = t.due ? format_human(*c.cal.zone, *t.due, lang) : "";
  d["officer_name"] = i.officer_name;
  d["show_command"] = "pstq show " + t.number;
  const std::string working = format_working_time(i.working, lang);
  if (i.section == DigestSection::overdue) d["overdue_working"] = working;
  if (i.section == DigestSection::due_soon) d["due_in_working"] = working;
  if (i.section == DigestSection::unassigned) d["unassigned_working"] = working;
  return d;
}

json digest_data(const Context& c, const Digest& g, const std::vector<const DigestItem*>& items, Language lang) {
  json d;
  d["office_name"] = c.cfg.office.name;
  d["office_mailbox"] = c.cfg.office.mailbox;
  d["recipient_name"] = g.recipient.name;
  d["now_local"] = format_human(*c.cal.zone, c.now, lang);
  d["horizon_local"] = format_human(*c.cal.zone, c.plan.horizon_end, lang);
  d["unassigned_after"] = format_working_time(hours(c.cfg.reminders.unassigned_after_working_hours), lang);
  json lists = {{"overdue", json::array()}, {"due_soon", json::array()}, {"unassigned", json::array()}};
  for (const DigestItem* i : items) {
    const char* key = i->section == DigestSection::overdue ? "overdue"
                      : i->section == DigestSection::due_soon ? "due_soon"
                                                              : "unassigned";
    lists[key].push_back(digest_item(c, *i, lang));
  }
  for (const char* key : {"overdue", "due_soon", "unassigned"}) {
    d[key] = lists[key];
    d[std::string(key) + "_count"] = lists[key].size();
    d["has_" + std::string(key)] = !lists[key].empty();
  }
  return d;
}

json requester_data(const Context& c, const RequesterAction& a) {
  const Ticket& t = a.ticket;
  const Language lang = parse_language_code(t.language).value_or(Language::id);
  json d;
  d["office_name"] = c.cfg.office.name;
  d["office_mailbox"] = c.cfg.office.mailbox;
  d["ticket"] = t.number;
  d["subject"] = plain_subject(t.subject, t.number);
  d["requester_name"] = requester_name(t);
  d["received_local"] = format_human(*c.cal.zone, t.received, lang);
  d["waiting_since_local"] = format_human(*c.cal.zone, a.waiting_since, lang);
  std::vector<std::string> missing;
  if (t.state == TicketState::incomplete) {
    if (!t.requester_name) missing.push_back("name");
    if (!t.requester_institution) missing.push_back("institution");
    if (!t.request_summary) missing.push_back("request");
  }
  d["missing"] = missing_items(missing, t.language);
  d["has_missing"] = !missing.empty();
  d["waiting_for_answer"] = t.state == TicketState::waiting;
  const int close_days = c.cfg.reminders.auto_close_after_days;
  d["auto_close_local"] = close_days > 0 ? format_human(*c.cal.zone,
                                                        add_working_time(c.cal, a.waiting_since, close_days * day_length(c.cal)),
                                                        lang)
                                         : "";
  d["closed_after_days"] = close_days;
  return d;
}

MailRequest base_request(ReminderKind kind, std::string language, std::vector<Address> to, json data) {
  MailRequest req;
  req.kind = to_string(kind);
  req.language = std::move(language);
  req.to = std::move(to);
  req.automatic = true;
  req.auto_submitted = "auto-generated";
  req.data = std::move(data);
  return req;
}

/// Prints a mail as it would go out (dry run).
void print_preview(std::ostream& out, const Context& c, const MailRequest& req) {
  const RenderedTemplate r = render_template(c.cfg.templates_dir, req.kind, req.language, req.data);
  std::string to;
  for (const auto& a : req.to) to += (to.empty() ? "" : ", ") + (a.name.empty() ? a.address : fmt::format("{} <{}>", a.name, a.address));
  out << fmt::format("--- {} to {}\nTo: {}\nSubject: {}\n\n{}\n", req.kind, req.to.front().address, to,
                     tagged_subject(req.ticket_number, r.subject), r.body);
}

/// Tickets of `kind` for `recipient` already recorded today (dry run: read only).
bool already_sent(Database& db, std::int64_t ticket_id, ReminderKind kind, const std::string& day,
                  const std::string& recipient) {
  Statement s = db.prepare("SELECT 1 FROM reminders_sent WHERE ticket_id = ? AND kind = ? AND day = ? AND recipient = ?");
  s.bind(1, ticket_id).bind(2, to_string(kind)).bind(3, day).bind(4, recipient);
  return s.step();
}

/// Records (ticket, kind, day, recipient) unless another run did; true when this run owns it.
bool claim(Database& db, std::int64_t ticket_id, ReminderKind kind, const std::string& day, const std::string& recipient,
           const char* required_states) {
  db.prepare(fmt::format("INSERT OR IGNORE INTO reminders_sent(ticket_id, kind, day, recipient) "
                         "SELECT ?1, ?2, ?3, ?4 WHERE EXISTS (SELECT 1 FROM tickets WHERE id = ?1 AND state IN ({}))",
                         required_states))
      .bind(1, ticket_id)
      .bind(2, to_string(kind))
      .bind(3, day)
      .bind(4, recipient)
      .run();
  return db.changes() == 1;
}

void attach_outbox(Database& db, std::int64_t ticket_id, ReminderKind kind, const std::string& day,
                   const std::string& recipient, std::int64_t outbox_id) {
  db.prepare("UPDATE reminders_sent SET outbox_id = ? WHERE ticket_id = ? AND kind = ? AND day = ? AND recipient = ?")
      .bind(1, outbox_id)
      .bind(2, ticket_id)
      .bind(3, to_string(kind))
      .bind(4, day)
      .bind(5, recipient)
      .run();
}

std::optional<RemindOutcome> send_digest(Context& c, const Digest& g, bool dry_run, std::ostream* preview) {
  const std::string recipient = lower(g.recipient.email);
  const std::string& day = c.plan.day;
  const Language lang = parse_language_code(c.cfg.reminders.language).value_or(Language::id);
  auto request = [&](const std::vector<const DigestItem*>& items) {
    return base_request(g.kind, c.cfg.reminders.language, {Address{g.recipient.email, g.recipient.name}},
                        digest_data(c, g, items, lang));
  };
  RemindOutcome out;
  out.kind = g.kind;
  out.recipient = g.recipient.email;
  std::vector<const DigestItem*> items;
  if (dry_run) {
    for (const DigestItem& i : g.items)
      if (!already_sent(c.db, i.ticket.id, g.kind, day, recipient)) items.push_back(&i);
    if (items.empty()) return std::nullopt;
    for (const DigestItem* i : items) out.tickets.push_back(i->ticket.number);
    if (preview) print_preview(*preview, c, request(items));
    return out;
  }
  Transaction tx(c.db);
  for (const DigestItem& i : g.items)
    if (claim(c.db, i.ticket.id, g.kind, day, recipient, "'open'")) items.push_back(&i);
  if (items.empty()) return std::nullopt;  // another run sent them today: roll back (nothing written)
  const std::int64_t id = queue_template_mail(c.db, c.cfg.templates_dir, c.sender, request(items), c.now);
  const bool escalation = g.kind == ReminderKind::escalation_digest;
  for (const DigestItem* i : items) {
    attach_outbox(c.db, i->ticket.id, g.kind, day, recipient, id);
    const char* what = i->section == DigestSection::overdue ? "overdue"
                       : i->section == DigestSection::due_soon ? "due soon"
                                                               : "unassigned";
    add_event(c.db, i->ticket.id, c.now, c.actor, escalation ? "escalated" : "reminded",
              fmt::format("{} ({}): {} to {}", what, format_working_time(i->working, Language::en), to_string(g.kind),
                          g.recipient.email));
    out.tickets.push_back(i->ticket.number);
  }
  tx.commit();
  out.outbox_id = id;
  return out;
}

std::optional<RemindOutcome> act_for_requester(Context& c, const RequesterAction& planned, bool dry_run,
                                               std::ostream* preview) {
  const std::string& day = c.plan.day;
  auto request = [&](const RequesterAction& a) {
    MailRequest req = base_request(a.kind, a.ticket.language,
                                   {Address{a.ticket.requester_address, requester_name(a.ticket)}}, requester_data(c, a));
    req.ticket_id = a.ticket.id;
    req.ticket_number = a.ticket.number;
    req.in_reply_to = last_inbound_message_id(c.db, a.ticket.id);
    return req;
  };
  RemindOutcome out;
  out.kind = planned.kind;
  out.recipient = planned.ticket.requester_address;
  out.tickets = {planned.ticket.number};
  const std::string recipient = lower(planned.ticket.requester_address);
  const bool mail = !planned.ticket.undeliverable && !planned.ticket.requester_address.empty();
  if (dry_run) {
    if (already_sent(c.db, planned.ticket.id, planned.kind, day, recipient)) return std::nullopt;
    out.closed = planned.kind == ReminderKind::auto_closure;
    if (preview) {
      if (mail)
        print_preview(*preview, c, request(planned));
      else
        *preview << fmt::format("--- {}: {} closed without a mail (the address is undeliverable)\n\n",
                                to_string(planned.kind), planned.ticket.number);
    }
    return out;
  }
  Transaction tx(c.db);
  // Decide again inside the transaction: the requester may have answered since the plan was made.
  auto ticket = find_ticket(c.db, planned.ticket.id);
  if (!ticket) return std::nullopt;
  const auto again = requester_action(load_facts(c.db, *ticket), c.cal, c.cfg.reminders, c.now);
  if (!again || again->kind != planned.kind) return std::nullopt;
  if (!claim(c.db, ticket->id, planned.kind, day, recipient, "'incomplete', 'waiting'")) return std::nullopt;
  const RequesterAction& a = *again;
  if (a.kind == ReminderKind::auto_closure) {
    Ticket t = *ticket;
    t.state = TicketState::closed;
    t.closed = c.now;
    update_ticket(c.db, t, c.now);
    add_event(c.db, t.id, c.now, c.actor, "closed",
              fmt::format("automatically: no answer from the requester for {} working days (waiting since {})",
                          c.cfg.reminders.auto_close_after_days, format_iso8601(*c.cal.zone, a.waiting_since)));
    out.closed = true;
  } else {
    add_event(c.db, a.ticket.id, c.now, c.actor, "requester_reminded",
              fmt::format("waiting since {} ({} working time)", format_iso8601(*c.cal.zone, a.waiting_since),
                          format_working_time(a.waited, Language::en)));
  }
  if (mail) {
    out.outbox_id = queue_template_mail(c.db, c.cfg.templates_dir, c.sender, request(a), c.now);
    attach_outbox(c.db, a.ticket.id, a.kind, day, recipient, *out.outbox_id);
  }
  tx.commit();
  return out;
}

}  // namespace

std::vector<ReminderTicket> load_reminder_tickets(Database& db) {
  std::vector<std::int64_t> ids;
  Statement s = db.prepare("SELECT id FROM tickets WHERE state IN ('open', 'incomplete', 'waiting') ORDER BY id");
  while (s.step()) ids.push_back(s.int64(0));
  std::vector<ReminderTicket> out;
  out.reserve(ids.size());
  for (std::int64_t id : ids)
    if (auto t = find_ticket(db, id)) out.push_back(load_facts(db, std::move(*t)));
  return out;
}

RemindRun run_reminders(Database& db, const Config& cfg, const WorkCalendar& cal, Instant now, bool dry_run,
                        std::ostream* preview, const std::string& actor) {
  RemindRun run;
  if (!is_open(cal, now)) return run;  // quiet: not even the store is read
  run.plan = plan_reminders(load_reminder_tickets(db), cfg.officers, cal, cfg.reminders, now);
  const int offset = static_cast<int>(cal.zone->get_info(now).offset.count() / 60);
  Context c{db, cfg, cal, now, run.plan, sender_from_config(cfg, now, offset), actor};
  // A mail the builder refuses (an address it cannot write) is skipped, its transaction rolled back.
  auto guarded = [&](const std::string& what, auto&& act) {
    try {
      if (auto o = act()) run.mails.push_back(std::move(*o));
    } catch (const ComposeError& e) {
      run.plan.warnings.push_back(fmt::format("{}: not sent: {}", what, e.what()));
    }
  };
  for (const Digest& g : run.plan.digests)
    guarded(fmt::format("{} to {}", to_string(g.kind), g.recipient.email),
            [&] { return send_digest(c, g, dry_run, preview); });
  for (const RequesterAction& a : run.plan.requester)
    guarded(fmt::format("{} on {}", to_string(a.kind), a.ticket.number),
            [&] { return act_for_requester(c, a, dry_run, preview); });
  return run;
}

}  // namespace pst
