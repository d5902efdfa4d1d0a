// alerts.cc: see alerts.h.
#include "queue/alerts.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "calendar/instant_format.h"

namespace pst {
namespace {

std::string server_of(const Config& cfg, HealthChannel c) {
  // The URL only (no user, no password): imaps://host:993/INBOX, smtp://host:587.
  return c == HealthChannel::poll ? cfg.imap.url : cfg.smtp.url;
}

nlohmann::json alert_data(const Config& cfg, const WorkCalendar& cal, HealthChannel c, const ChannelHealth& h,
                          bool recovered, Instant now) {
  const Language lang = parse_language_code(cfg.reminders.language).value_or(Language::id);
  const bool en = lang == Language::en;
  auto when = [&](std::optional<Instant> t) { return t ? format_human(*cal.zone, *t, lang) : std::string(); };
  nlohmann::json d;
  d["office_name"] = cfg.office.name;
  d["office_mailbox"] = cfg.office.mailbox;
  d["recovered"] = recovered;
  d["is_poll"] = c == HealthChannel::poll;
  d["is_send"] = c == HealthChannel::send;
  d["what"] = c == HealthChannel::poll
                  ? (en ? "fetching mail from the office mailbox (IMAP)" : "pengambilan surat dari kotak surat kantor (IMAP)")
                  : (en ? "sending mail (SMTP)" : "pengiriman surat (SMTP)");
  d["server"] = server_of(cfg, c);
  d["failing_since_local"] = when(h.failing_since);
  d["duration"] = h.failing_since ? human_duration(now - *h.failing_since) : "";
  d["attempts"] = h.failed_attempts;
  d["last_error"] = h.last_error.value_or("");
  d["last_ok_local"] = when(h.last_ok);
  d["now_local"] = when(now);
  return d;
}

std::vector<Address> supervisors(const Config& cfg) {
  std::vector<Address> out;
  for (const OfficerConfig& o : cfg.officers)
    if (o.role == "supervisor" && !o.email.empty()) out.push_back(Address{o.email, o.name});
  return out;
}

std::int64_t queue_alert_mail(Database& db, const Config& cfg, const WorkCalendar& cal, const Sender& sender,
                              HealthChannel c, const ChannelHealth& h, bool recovered, std::vector<Address> to,
                              Instant now) {
  MailRequest req;
  req.kind = "alert";
  req.language = cfg.reminders.language;
  req.to = std::move(to);
  req.automatic = true;
  req.auto_submitted = "auto-generated";
  req.data = alert_data(cfg, cal, c, h, recovered, now);
  return queue_template_mail(db, cfg.templates_dir, sender, req, now);
}

}  // namespace

AlertOutcome record_outcome(Database& db, const Config& cfg, const WorkCalendar& cal, const Sender& sender,
                            HealthChannel channel, const std::string& error, Instant now) {
  AlertOutcome out;
  Transaction tx(db);
  if (error.empty()) {
    std::optional<ChannelHealth> ended = record_success(db, channel, now);
    if (ended) {
      out.health = *ended;
      out.action = AlertAction::recovered;
      // A recovery notice only for an episode the supervisors were told about.
      auto to = supervisors(cfg);
      if (ended->alerted_at && !to.empty()) {
        out.health.last_ok = now;
        out.outbox_id = queue_alert_mail(db, cfg, cal, sender, channel, out.health, true, std::move(to), now);
        out.action = AlertAction::recovery_queued;
      }
    }
    tx.commit();
    return out;
  }
  record_failure(db, channel, error, now);
  out.health = load_channel_health(db, channel);
  if (alert_due(out.health, std::chrono::minutes(cfg.alerts.after_minutes), now)) {
    auto to = supervisors(cfg);
    if (to.empty()) {
      record_alerted(db, channel, "no supervisor with an address in the configuration", now);
      out.action = AlertAction::alert_without_recipient;
    } else {
      out.outbox_id = queue_alert_mail(db, cfg, cal, sender, channel, out.health, false, std::move(to), now);
      record_alerted(db, channel, fmt::format("outbox {}", *out.outbox_id), now);
      out.action = AlertAction::alert_queued;
    }
    out.health.alerted_at = now;
  }
  tx.commit();
  return out;
}

}  // namespace pst
