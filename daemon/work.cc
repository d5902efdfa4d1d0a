// work.cc: see work.h.
#include "daemon/work.h"

#include <fmt/format.h>

#include <algorithm>
#include <functional>

#include "common/log.h"
#include "daemon/fetch_ahead.h"
#include "queue/alerts.h"
#include "queue/messages.h"
#include "queue/outbox.h"
#include "queue/server_marks.h"
#include "queue/ticket_actions.h"
#include "queue/tickets.h"
#include "queue/whatsapp_intake.h"
#include "transport/imap_client.h"
#include "transport/smtp_client.h"
#include "transport/whatsapp_api.h"
#include "whatsapp/outgoing_message.h"

namespace pst {
namespace {

// Fetched mail is stored in batches of this many, one transaction each; poll_and_act acts on each
// stored batch before the next is stored. 25 rather than 50: the first acknowledgements go out sooner,
// and the batch held in memory adds to the intake's and the mail fetched ahead in the peak RSS.
constexpr std::size_t kStoreBatch = 25;

}  // namespace

namespace {

/// The access token into `o` (OAuth2), or why there is none.
void apply_oauth2(OAuth2TokenSource* source, MailServerOptions& o, std::string* token_error) {
  if (!source) return;
  auto token = source->token();
  if (token)
    o.bearer = *token;
  else if (token_error)
    *token_error = token.error().message;
}

}  // namespace

MailServerOptions imap_server_options(const Runtime& rt, std::string* token_error) {
  const ImapConfig& c = rt.config.imap;
  MailServerOptions o;
  o.url = c.url;
  o.user = c.user;
  o.password = rt.imap_password;
  o.login_options = curl_login_options(c.auth);
  apply_oauth2(rt.imap_oauth2.get(), o, token_error);
  o.ca_file = c.ca_file.value_or("");
  o.allow_insecure = c.allow_insecure;
  o.connect_timeout = std::chrono::seconds(c.connect_timeout_seconds);
  o.timeout = std::chrono::seconds(c.timeout_seconds);
  return o;
}

std::string imap_mailbox_name(const std::string& url) {
  // imaps://host[:port]/MAILBOX -> MAILBOX (percent-decoded); INBOX when the URL names none.
  auto scheme = url.find("://");
  auto slash = url.find('/', scheme == std::string::npos ? 0 : scheme + 3);
  std::string path = slash == std::string::npos ? "" : url.substr(slash + 1);
  while (!path.empty() && path.back() == '/') path.pop_back();
  std::string out;
  for (std::size_t i = 0; i < path.size(); ++i) {
    if (path[i] == '%' && i + 2 < path.size() && std::isxdigit(static_cast<unsigned char>(path[i + 1])) &&
        std::isxdigit(static_cast<unsigned char>(path[i + 2]))) {
      out += static_cast<char>(std::stoi(path.substr(i + 1, 2), nullptr, 16));
      i += 2;
    } else {
      out += path[i];
    }
  }
  return out.empty() ? "INBOX" : out;
}

namespace {

MailServerOptions smtp_options(const Runtime& rt) {
  const SmtpConfig& c = rt.config.smtp;
  MailServerOptions o;
  o.url = c.url;
  o.user = c.user.value_or("");
  o.password = rt.smtp_password.value_or("");
  o.login_options = curl_login_options(c.auth);
  std::string token_error;
  apply_oauth2(rt.smtp_oauth2.get(), o, &token_error);
  if (!token_error.empty()) log_warning("smtp: " + token_error);
  o.ca_file = c.ca_file.value_or("");
  o.allow_insecure = c.allow_insecure;
  o.connect_timeout = std::chrono::seconds(c.connect_timeout_seconds);
  o.timeout = std::chrono::seconds(c.timeout_seconds);
  return o;
}

/// A placeholder for a mail too large to fetch: stored (so it is never lost or fetched again) and
/// ticketed for an officer, who reads the original in the mailbox.
std::string too_large_stub(std::uint32_t uid, const std::string& mailbox, const std::string& why) {
  return fmt::format(
      "X-Pstmail-Stub: too-large\r\nSubject: (mail too large to fetch: {} UID {})\r\n"
      "Content-Type: text/plain; charset=utf-8\r\n\r\n"
      "pstmail did not fetch this mail: {}\r\nRead it in the mailbox {} (UID {}).\r\n",
      mailbox, uid, why, mailbox, uid);
}

}  // namespace

namespace {

/// Stores fetched mail in batches (one transaction each) and remembers what to mark on the server.
class BatchStore {
 public:
  BatchStore(Database& db, const std::string& mailbox, std::int64_t uidvalidity, PollReport& r,
             const std::function<void()>& on_stored)
      : db_(db), mailbox_(mailbox), uidvalidity_(uidvalidity), r_(r), on_stored_(on_stored) {}

  void add(std::uint32_t uid, std::chrono::sys_seconds arrival, std::string raw) {
    batch_.push_back(MailToStore{uid, arrival, std::move(raw)});
    if (batch_.size() >= kStoreBatch) flush();
  }

  void flush() {
    if (batch_.empty()) return;
    auto outcomes = store_fetched(db_, mailbox_, uidvalidity_, batch_, now_seconds());
    r_.fetched += static_cast<int>(batch_.size());
    for (StoreOutcome o : outcomes) (o == StoreOutcome::stored ? r_.stored : r_.duplicates)++;
    // store_fetched recorded the batch's server marks with it, not when the poll ends: a poll that fails
    // later (the connection drops, a later batch cannot be stored) left its stored mail unmarked on the
    // server for good. The next poll's mark_on_server marks what this one could not.
    for (const auto& m : batch_) highest_ = std::max(highest_, static_cast<std::uint32_t>(m.uid));
    batch_.clear();
    if (on_stored_) on_stored_();
  }

  std::uint32_t highest() const { return highest_; }

 private:
  Database& db_;
  const std::string& mailbox_;
  std::int64_t uidvalidity_;
  PollReport& r_;
  const std::function<void()>& on_stored_;
  std::vector<MailToStore> batch_;
  std::uint32_t highest_ = 0;
};

/// The slow path, one URL fetch per mail: used after a mail too large for the pipelined fetch.
/// A mail over the limit is stored as a stub for an officer.
void fetch_one_by_one(ImapClient& imap, std::uint32_t first_uid, BatchStore& store, PollReport& r,
                      const std::atomic<bool>& stop) {
  auto uids = imap.uids_from(first_uid);
  if (!uids) {
    r.error = uids.error().message;
    return;
  }
  for (std::uint32_t uid : *uids) {
    if (stop) return;
    auto when = imap.internaldate(uid);
    if (!when) {
      if (when.error().kind == ErrorKind::not_found) continue;  // expunged meanwhile
      r.error = when.error().message;
      return;
    }
    auto raw = imap.fetch(uid);
    if (raw) {
      store.add(uid, *when, std::move(*raw));
    } else if (raw.error().kind == ErrorKind::too_large) {
      log_warning(fmt::format("{} UID {}: {}", imap.mailbox(), uid, raw.error().message));
      store.add(uid, *when, too_large_stub(uid, imap.mailbox(), raw.error().message));
    } else if (raw.error().kind != ErrorKind::not_found) {
      r.error = raw.error().message;
      return;
    }
  }
}

}  // namespace

namespace {

PollReport poll_once(Runtime& rt, const std::atomic<bool>& stop, const std::function<void()>& on_stored) {
  PollReport r;
  ImapLimits limits;
  limits.max_message_bytes = std::max<std::size_t>(64u << 20, 2 * rt.config.limits.max_message_bytes);
  std::string token_error;
  const MailServerOptions options = imap_server_options(rt, &token_error);
  if (!token_error.empty()) {
    r.error = token_error;
    return r;
  }
  ImapClient imap(options, limits);
  const std::string& mailbox = imap.mailbox();
  Database& db = *rt.db;

  auto status = imap.status();
  if (!status) {
    r.error = status.error().message;
    r.auth_refused = status.error().kind == ErrorKind::auth;
    return r;
  }
  auto state = load_mailbox_state(db, mailbox);
  if (!state || state->uidvalidity != status->uidvalidity) {
    if (state)
      log_warning(fmt::format("{}: UIDVALIDITY changed from {} to {}: resynchronising (stored mail is recognised "
                              "by content)",
                              mailbox, state->uidvalidity, status->uidvalidity));
    Transaction tx(db);
    reset_mailbox_state(db, mailbox, status->uidvalidity);
    forget_marks(db, mailbox);
    tx.commit();
    state = MailboxState{status->uidvalidity, 0};
  }
  if (status->uidnext != 0 && status->uidnext <= state->last_uid + 1) {
    mark_on_server(rt, imap, static_cast<std::int64_t>(status->uidvalidity), stop);  // earlier polls' leftovers
    r.ok = true;
    return r;  // nothing new
  }

  // Fast path: one pipelined UID FETCH n:* (UID INTERNALDATE BODY.PEEK[]), stored in batches.
  const auto first = static_cast<std::uint32_t>(state->last_uid + 1);
  BatchStore store(db, mailbox, static_cast<std::int64_t>(status->uidvalidity), r, on_stored);
  // Asked to stop (SIGTERM, systemd's stop timeout running) in the middle of a long backlog: the mail handed
  // over so far is stored, the rest of the range is given up and fetched by the next poll, which marks it too.
  auto fetched = fetch_range_ahead(imap, first, stop, [&](FetchedMail&& f) {
    if (f.uid < first) return;  // "n:*" also answers the highest UID below n
    if (!f.body || !f.internaldate) {
      log_warning(fmt::format("{} UID {}: the server sent no body or arrival time; fetching it alone", mailbox, f.uid));
      return;
    }
    store.add(f.uid, *f.internaldate, std::move(*f.body));
  });
  store.flush();
  if (fetched && stop) {
    log_info(fmt::format("{}: stopping: {} mail(s) stored, the rest is fetched by the next poll", mailbox, r.stored));
    r.ok = true;
    return r;
  }
  if (!fetched) {
    if (fetched.error().kind != ErrorKind::too_large) {
      r.error = fetched.error().message;
      return r;
    }
    fetch_one_by_one(imap, std::max(first, store.highest() + 1), store, r, stop);
    store.flush();
  }

  // Only now, with the mail safely stored, touch it on the server: this poll's mail (its marks recorded as
  // each batch was stored) and whatever earlier polls could not mark, each confirmed by the server.
  mark_on_server(rt, imap, static_cast<std::int64_t>(status->uidvalidity), stop);
  r.ok = r.error.empty();
  return r;
}

}  // namespace

PollReport poll_mailbox(Runtime& rt, const std::atomic<bool>& stop, const std::function<void()>& on_stored) {
  PollReport r = poll_once(rt, stop, on_stored);
  // An OAuth2 access token the server refused (revoked, expired early): one fresh token, one retry.
  if (!r.ok && r.auth_refused && rt.imap_oauth2) {
    rt.imap_oauth2->invalidate();
    log_info("imap: the server refused the OAuth2 access token; fetching a new one");
    r = poll_once(rt, stop, on_stored);
  }
  return r;
}

namespace {

/// "12, 13, 15" (at most 20, then "...").
std::string uid_list(const std::vector<std::uint32_t>& uids) {
  std::string out;
  for (std::size_t i = 0; i < uids.size() && i < 20; ++i) out += (i ? ", " : "") + std::to_string(uids[i]);
  if (uids.size() > 20) out += fmt::format(", ... ({} in all)", uids.size());
  return out;
}

}  // namespace

void mark_on_server(Runtime& rt, ImapClient& imap, std::int64_t uidvalidity, const std::atomic<bool>& stop) {
  Database& db = *rt.db;
  const std::string& mailbox = imap.mailbox();
  const std::vector<std::uint32_t> pending = pending_marks(db, mailbox, uidvalidity, 1000);
  if (pending.empty()) return;
  std::vector<std::uint32_t> done, failed;
  std::string error;
  if (const auto& folder = rt.config.imap.processed_folder) {
    auto caps = imap.capabilities();
    if (caps && std::find(caps->begin(), caps->end(), "MOVE") == caps->end() &&
        std::find(caps->begin(), caps->end(), "UIDPLUS") == caps->end()) {
      static std::atomic<bool> said{false};
      if (!said.exchange(true))
        log_warning(fmt::format("{}: the server has neither MOVE nor UIDPLUS: mail copied to {} stays in {} marked "
                                "\\Seen and \\Deleted (pstmaild never expunges other mail; another client may)",
                                mailbox, *folder, mailbox));
    }
    for (std::uint32_t uid : pending) {
      if (stop) break;
      if (auto moved = imap.move(uid, *folder); moved || moved.error().kind == ErrorKind::not_found) {
        done.push_back(uid);  // moved, or gone already (another client): nothing left to do
      } else {
        failed.push_back(uid);
        if (error.empty()) error = moved.error().message;
      }
    }
  } else if (auto seen = imap.mark_seen(pending); !seen) {
    failed = pending;
    error = seen.error().message;
  } else if (auto unseen = imap.unseen_among(pending); !unseen) {
    failed = pending;
    error = "checking \\Seen: " + unseen.error().message;
  } else {
    for (std::uint32_t uid : pending)
      (std::find(unseen->begin(), unseen->end(), uid) == unseen->end() ? done : failed).push_back(uid);
    if (!failed.empty()) error = "the server did not keep \\Seen after UID STORE";
  }
  marks_done(db, mailbox, uidvalidity, done);
  if (!failed.empty()) {
    marks_failed(db, mailbox, uidvalidity, failed, error, now_seconds());
    // Once per poll, with the UIDs: the mail is stored (nothing is lost), it is only not marked.
    log_warning(fmt::format("{}: {} stored mail{} not {} on the server (UID {}); retried on the next poll: {}", mailbox,
                            failed.size(), failed.size() == 1 ? "" : "s",
                            rt.config.imap.processed_folder ? "moved to " + *rt.config.imap.processed_folder
                                                            : std::string("marked \\Seen"),
                            uid_list(failed), error));
  }
}

namespace {

/// Stored mail acted on page by page (`page` mails each) until none is left, or `stop`.
IntakeStats act_on_pages(Runtime& rt, const IntakeSettings& settings, int page, const std::atomic<bool>* stop) {
  IntakeStats total;
  for (;;) {
    const IntakeStats s =
        process_pending(*rt.db, settings, now_seconds(), page, [](const std::string& line) { log_info(line); });
    total += s;
    if (s.processed + s.failed == 0 || (stop && *stop)) break;
  }
  return total;
}

}  // namespace

IntakeStats act_on_stored_mail(Runtime& rt) {
  const IntakeSettings settings = rt.intake_settings(now_seconds());
  act_on_whatsapp(rt);
  return act_on_pages(rt, settings, kStoredMailPage, nullptr);
}

PollAndIntake poll_and_act(Runtime& rt, const std::atomic<bool>& stop, bool every_failure,
                           const std::function<void()>& after_each_batch) {
  PollAndIntake r;
  const IntakeSettings settings = rt.intake_settings(now_seconds());
  bool intake_failed = false;
  // Called by the poll after each stored batch, on this thread and connection, while fetch_ahead's helper
  // downloads the next mails. An intake failure does not fail the poll: its mail stays new and is acted on
  // below (or by the next cycle).
  auto act_on_the_batch = [&] {
    if (intake_failed) return;
    try {
      r.intake += act_on_pages(rt, settings, kIntakeBatch, &stop);
    } catch (const std::exception& e) {
      intake_failed = true;
      log_warning(fmt::format("intake during the poll stopped: {}; the rest is acted on after the poll", e.what()));
    }
    if (after_each_batch) after_each_batch();
  };
  try {
    r.poll = poll_mailbox(rt, stop, act_on_the_batch);
  } catch (const std::exception& e) {  // the database busy beyond its timeout, ...: a failed poll
    r.poll = PollReport{};
    r.poll.error = e.what();
  }
  note_poll(rt, r.poll, every_failure);
  r.intake += act_on_stored_mail(rt);
  return r;
}

namespace {

// One WhatsApp outbox item through the Cloud API: the same retry rules as mail (429 and 5xx, or no
// answer, retried with backoff; another 4xx failed, with Meta's error code on the ticket).
void send_whatsapp_item(Runtime& rt, const OutboxItem& item, DrainReport& r) {
  Database& db = *rt.db;
  const auto now = now_seconds();
  const SmtpConfig& c = rt.config.smtp;
  if (!rt.config.whatsapp || !rt.whatsapp_token) {
    mark_retry(db, item, now, "the WhatsApp channel is not configured (whatsapp section and access token)",
               std::chrono::seconds(c.retry_min_seconds), std::chrono::seconds(c.retry_max_seconds));
    ++r.retried;
    return;
  }
  WhatsAppApiOptions o;
  o.api_url = rt.config.whatsapp->api_url;
  o.phone_number_id = rt.config.whatsapp->phone_number_id;
  o.access_token = *rt.whatsapp_token;
  o.connect_timeout = std::chrono::seconds(c.connect_timeout_seconds);
  o.timeout = std::chrono::seconds(c.timeout_seconds);
  // A document: uploaded first (again after a crash: harmless), then sent as a document message.
  WhatsAppSendOutcome out;
  if (const auto upload = parse_whatsapp_upload(item.data)) {
    out = upload_whatsapp_media(o, upload->bytes, upload->mime_type, upload->filename);
    if (out.kind == WhatsAppSendKind::sent)
      out = send_whatsapp_message(o, whatsapp::document_message(upload->to, out.message_id, upload->filename, upload->caption));
  } else {
    out = send_whatsapp_message(o, item.data);
  }
  switch (out.kind) {
    case WhatsAppSendKind::sent:
      mark_sent(db, item, now_seconds());
      if (!out.message_id.empty())
        db.prepare("INSERT OR IGNORE INTO whatsapp_sent (wamid, outbox_id, ticket_id) VALUES (?, ?, ?)")
            .bind(1, out.message_id)
            .bind(2, item.id)
            .bind(3, item.ticket_id)
            .run();
      if (item.ticket_id)
        add_event(db, *item.ticket_id, now_seconds(), "pstmaild", "whatsapp_sent",
                  fmt::format("{} (outbox {}, {})", item.kind, item.id, out.message_id));
      ++r.sent;
      break;
    case WhatsAppSendKind::temporary:
      mark_retry(db, item, now_seconds(), out.message, std::chrono::seconds(c.retry_min_seconds),
                 std::chrono::seconds(c.retry_max_seconds));
      ++r.retried;
      break;
    case WhatsAppSendKind::permanent:
      mark_failed(db, item, now_seconds(), out.message);
      if (item.ticket_id)
        add_event(db, *item.ticket_id, now_seconds(), "pstmaild", "whatsapp_failed",
                  fmt::format("{} (outbox {}): {}", item.kind, item.id, out.message));
      log_warning(fmt::format("outbox {}: {} to WhatsApp +{}: failed: {}", item.id, item.kind,
                              item.recipients.empty() ? std::string() : item.recipients.front(), out.message));
      if (item.ticket_id)  // the requester was not reached: their officer hears it, as for a bounce
        if (auto t = find_ticket(db, *item.ticket_id))
          (void)notify_undeliverable(db, rt.config, rt.intake_settings(now_seconds()).sender, *t,
                                     "WhatsApp: " + out.message, now_seconds());
      ++r.failed;
      break;
  }
}

}  // namespace

namespace {

// Media the requester sent, fetched from the Cloud API outside any transaction and stored in a
// short one (limits.max_message_bytes each, as for mail); a temporary failure is tried again on
// later cycles (five attempts), a permanent one is recorded on the ticket.
void fetch_pending_whatsapp_media(Runtime& rt) {
  if (!rt.config.whatsapp || !rt.whatsapp_token) return;
  Database& db = *rt.db;
  struct Pending {
    std::int64_t id;
    std::string media_id, filename;
    std::optional<std::int64_t> ticket_id;
  };
  std::vector<Pending> pending;
  {
    Statement q = db.prepare(
        "SELECT id, media_id, filename, ticket_id FROM whatsapp_media WHERE state = 'pending' AND attempts < 5 "
        "ORDER BY id LIMIT 20");
    while (q.step()) pending.push_back(Pending{q.int64(0), q.text(1), q.text(2), q.is_null(3) ? std::nullopt : std::optional(q.int64(3))});
  }
  WhatsAppApiOptions o;
  o.api_url = rt.config.whatsapp->api_url;
  o.phone_number_id = rt.config.whatsapp->phone_number_id;
  o.access_token = *rt.whatsapp_token;
  o.connect_timeout = std::chrono::seconds(rt.config.smtp.connect_timeout_seconds);
  o.timeout = std::chrono::seconds(rt.config.smtp.timeout_seconds);
  for (const Pending& p : pending) {
    const WhatsAppMedia got = fetch_whatsapp_media(o, p.media_id, rt.config.limits.max_message_bytes);
    const auto now = now_seconds();
    Transaction tx(db);
    if (got.ok) {
      db.prepare("UPDATE whatsapp_media SET state = 'fetched', bytes = ?, mime_type = CASE WHEN ? = '' THEN mime_type "
                 "ELSE ? END, attempts = attempts + 1 WHERE id = ?")
          .bind_blob(1, got.bytes)
          .bind(2, got.mime_type)
          .bind(3, got.mime_type)
          .bind(4, p.id)
          .run();
      if (p.ticket_id)
        add_event(db, *p.ticket_id, now, "whatsapp", "whatsapp_media",
                  fmt::format("media {}: {} bytes{}", p.id, got.bytes.size(), p.filename.empty() ? "" : ", " + p.filename));
    } else {
      db.prepare("UPDATE whatsapp_media SET state = CASE WHEN ? THEN 'pending' ELSE 'failed' END, error = ?, "
                 "attempts = attempts + 1 WHERE id = ?")
          .bind(1, got.temporary ? 1 : 0)
          .bind(2, got.error)
          .bind(3, p.id)
          .run();
      if (!got.temporary && p.ticket_id)
        add_event(db, *p.ticket_id, now, "whatsapp", "whatsapp_media_failed", fmt::format("media {}: {}", p.id, got.error));
      log_warning(fmt::format("whatsapp media {}: {}", p.id, got.error));
    }
    tx.commit();
  }
}

}  // namespace

WhatsAppIntakeStats act_on_whatsapp(Runtime& rt) {
  WhatsAppIntakeStats total;
  if (!rt.config.whatsapp) return total;
  for (;;) {
    const auto now = now_seconds();
    WhatsAppIntakeStats s = process_whatsapp(*rt.db, rt.intake_settings(now), now, 50,
                                             [](const std::string& line) { log_warning(line); });
    total.webhooks += s.webhooks;
    total.messages += s.messages;
    total.tickets_opened += s.tickets_opened;
    total.messages_queued += s.messages_queued;
    total.failed += s.failed;
    if (s.webhooks == 0) break;
  }
  fetch_pending_whatsapp_media(rt);
  if (total.messages)
    log_info(fmt::format("whatsapp: {} messages, {} tickets opened, {} answers queued{}", total.messages,
                         total.tickets_opened, total.messages_queued,
                         total.failed ? fmt::format(", {} webhooks failed", total.failed) : std::string()));
  return total;
}

DrainReport drain_outbox(Runtime& rt, const std::atomic<bool>& stop) {
  DrainReport r;
  Database& db = *rt.db;
  const SmtpConfig& c = rt.config.smtp;
  std::unique_ptr<SmtpClient> smtp;
  std::int64_t last_id = 0;
  // Closures pstq handed over (no rating key there): their mails are built here, where the key is.
  try {
    const auto now = now_seconds();
    r.closures_completed = complete_pending_closures(db, rt.config, rt.calendar, rt.intake_settings(now).sender, now);
  } catch (const std::exception& e) {
    log_error(fmt::format("closure mails handed over by pstq: {}", e.what()));
  }
  while (!stop) {
    auto now = now_seconds();
    auto items = due_mail(db, now, c.batch);
    // Mails retried in this drain come back due later; never loop on them within one drain.
    std::erase_if(items, [&](const OutboxItem& i) { return i.id <= last_id; });
    if (items.empty()) break;
    for (const OutboxItem& item : items) {
      if (stop) break;
      last_id = std::max(last_id, item.id);
      if (is_whatsapp_envelope(item.envelope_from)) {  // the Cloud API, not SMTP (issue 18)
        send_whatsapp_item(rt, item, r);
        continue;
      }
      if (!smtp) smtp = std::make_unique<SmtpClient>(smtp_options(rt));
      SmtpOutcome o = smtp->send(item.envelope_from, item.recipients, item.data);
      if (o.error == ErrorKind::auth && rt.smtp_oauth2)
        rt.smtp_oauth2->invalidate();  // the next drain's connection logs in with a fresh token
      now = now_seconds();
      switch (o.kind) {
        case SmtpOutcomeKind::delivered:
          mark_sent(db, item, now);
          ++r.sent;
          break;
        case SmtpOutcomeKind::permanent:
          mark_failed(db, item, now, o.message);
          log_warning(fmt::format("outbox {}: {} to {}: permanent failure: {}", item.id, item.kind,
                                  fmt::join(item.recipients, ", "), o.message));
          ++r.failed;
          break;
        case SmtpOutcomeKind::temporary:
          mark_retry(db, item, now, o.message, std::chrono::seconds(c.retry_min_seconds),
                     std::chrono::seconds(c.retry_max_seconds));
          ++r.retried;
          if (o.error) {  // the server itself is unreachable: the rest would fail the same way
            r.ok = false;
            r.error = o.message;
            return r;
          }
          break;
      }
    }
  }
  return r;
}

namespace {

// Records the outcome (queue/alerts.h) and logs each change of state once: the first failure of an
// episode, a different error within it, the alert, the recovery. `every_failure` (pstmaild --once:
// each run is looked at on its own) logs repeated failures too.
void note(Runtime& rt, HealthChannel c, const std::string& error, bool every_failure) {
  const char* what = c == HealthChannel::poll ? "fetching mail (IMAP)" : "sending mail (SMTP)";
  try {
    auto now = now_seconds();
    const std::optional<std::string> previous_error = load_channel_health(*rt.db, c).last_error;
    AlertOutcome o = record_outcome(*rt.db, rt.config, rt.calendar, rt.intake_settings(now).sender, c, error, now);
    if (!error.empty()) {
      const char* verb = c == HealthChannel::poll ? "poll failed" : "send failed";
      if (every_failure || o.health.failed_attempts <= 1)
        log(LogLevel::warning, fmt::format("{}: {}", verb, error));
      else if (!previous_error || !same_failure(*previous_error, error))
        log(LogLevel::warning, fmt::format("{} ({} attempts so far), now: {}", verb, o.health.failed_attempts, error));
    }
    switch (o.action) {
      case AlertAction::none: break;
      case AlertAction::alert_queued:
        log_error(fmt::format("ALERT: {} failing for {} ({} attempts): {}; supervisors alerted (outbox {}{})", what,
                              human_duration(now - *o.health.failing_since), o.health.failed_attempts,
                              o.health.last_error.value_or(""), *o.outbox_id,
                              c == HealthChannel::send ? ", queued: it leaves when SMTP works again" : ""));
        break;
      case AlertAction::alert_without_recipient:
        log_error(fmt::format("ALERT: {} failing for {}: {}; no supervisor with an address to alert", what,
                              human_duration(now - *o.health.failing_since), o.health.last_error.value_or("")));
        break;
      case AlertAction::recovery_queued:
      case AlertAction::recovered:
        log(LogLevel::notice, fmt::format("{} works again after {} failed attempts in {}{}", what,
                                          o.health.failed_attempts, human_duration(now - *o.health.failing_since),
                                          o.action == AlertAction::recovery_queued ? "; supervisors told" : ""));
        break;
    }
  } catch (const std::exception& e) {
    log_error(fmt::format("health: cannot record the outcome of {}: {}", what, e.what()));
  }
}

}  // namespace

void note_poll(Runtime& rt, const PollReport& p, bool every_failure) {
  note(rt, HealthChannel::poll, p.ok ? "" : (p.error.empty() ? "the poll failed" : p.error), every_failure);
}

void note_drain(Runtime& rt, const DrainReport& d, bool every_failure) {
  if (!d.ok)
    note(rt, HealthChannel::send, d.error.empty() ? "the SMTP server could not be reached" : d.error, every_failure);
  else if (d.sent > 0)
    note(rt, HealthChannel::send, "", every_failure);
}

}  // namespace pst
