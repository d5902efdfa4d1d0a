// work.cc: see work.h.
#include "daemon/work.h"

#include <fmt/format.h>

#include "common/log.h"
#include "queue/messages.h"
#include "queue/outbox.h"
#include "transport/imap_client.h"
#include "transport/smtp_client.h"

namespace pst {
namespace {

constexpr std::size_t kStoreBatch = 50;

MailServerOptions imap_options(const Runtime& rt) {
  const ImapConfig& c = rt.config.imap;
  MailServerOptions o;
  o.url = c.url;
  o.user = c.user;
  o.password = rt.imap_password;
  o.ca_file = c.ca_file.value_or("");
  o.allow_insecure = c.allow_insecure;
  o.connect_timeout = std::chrono::seconds(c.connect_timeout_seconds);
  o.timeout = std::chrono::seconds(c.timeout_seconds);
  return o;
}

MailServerOptions smtp_options(const Runtime& rt) {
  const SmtpConfig& c = rt.config.smtp;
  MailServerOptions o;
  o.url = c.url;
  o.user = c.user.value_or("");
  o.password = rt.smtp_password.value_or("");
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

PollReport poll_mailbox(Runtime& rt, const std::atomic<bool>& stop) {
  PollReport r;
  ImapLimits limits;
  limits.max_message_bytes = std::max<std::size_t>(64u << 20, 2 * rt.config.limits.max_message_bytes);
  ImapClient imap(imap_options(rt), limits);
  const std::string& mailbox = imap.mailbox();
  Database& db = *rt.db;

  auto status = imap.status();
  if (!status) {
    r.error = status.error().message;
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
    tx.commit();
    state = MailboxState{status->uidvalidity, 0};
  }
  if (status->uidnext != 0 && status->uidnext <= state->last_uid + 1) {
    r.ok = true;
    return r;  // nothing new
  }
  auto uids = imap.uids_from(static_cast<std::uint32_t>(state->last_uid + 1));
  if (!uids) {
    r.error = uids.error().message;
    return r;
  }

  std::vector<std::uint32_t> all = *uids;
  for (std::size_t i = 0; i < all.size() && !stop; i += kStoreBatch) {
    std::vector<MailToStore> batch;
    std::vector<std::uint32_t> batch_uids;
    for (std::size_t j = i; j < std::min(all.size(), i + kStoreBatch) && !stop; ++j) {
      std::uint32_t uid = all[j];
      auto when = imap.internaldate(uid);
      if (!when) {
        if (when.error().kind == ErrorKind::not_found) continue;  // expunged meanwhile
        r.error = when.error().message;
        break;
      }
      auto raw = imap.fetch(uid);
      std::string bytes;
      if (raw) {
        bytes = std::move(*raw);
      } else if (raw.error().kind == ErrorKind::too_large) {
        bytes = too_large_stub(uid, mailbox, raw.error().message);
        log_warning(fmt::format("{} UID {}: {}", mailbox, uid, raw.error().message));
      } else if (raw.error().kind == ErrorKind::not_found) {
        continue;
      } else {
        r.error = raw.error().message;
        break;
      }
      batch.push_back(MailToStore{uid, *when, std::move(bytes)});
      batch_uids.push_back(uid);
    }
    if (!batch.empty()) {
      auto outcomes = store_fetched(db, mailbox, static_cast<std::int64_t>(status->uidvalidity), batch, now_seconds());
      r.fetched += static_cast<int>(batch.size());
      for (StoreOutcome o : outcomes) (o == StoreOutcome::stored ? r.stored : r.duplicates)++;
      // Only now, with the mail safely stored, touch it on the server.
      for (std::uint32_t uid : batch_uids) {
        Result<void> done = rt.config.imap.processed_folder ? imap.move(uid, *rt.config.imap.processed_folder)
                                                             : imap.mark_seen(uid);
        if (!done) log_warning(fmt::format("{} UID {}: stored, but {}", mailbox, uid, done.error().message));
      }
    }
    if (!r.error.empty()) return r;
  }
  r.ok = true;
  return r;
}

IntakeStats act_on_stored_mail(Runtime& rt) {
  IntakeStats total;
  auto now = now_seconds();
  IntakeSettings settings = rt.intake_settings(now);
  for (;;) {
    IntakeStats s = process_pending(*rt.db, settings, now, 200, [](const std::string& line) { log_info(line); });
    total.processed += s.processed;
    total.failed += s.failed;
    total.tickets_opened += s.tickets_opened;
    total.mails_queued += s.mails_queued;
    if (s.processed + s.failed == 0) break;
  }
  return total;
}

DrainReport drain_outbox(Runtime& rt, const std::atomic<bool>& stop) {
  DrainReport r;
  Database& db = *rt.db;
  const SmtpConfig& c = rt.config.smtp;
  std::unique_ptr<SmtpClient> smtp;
  std::int64_t last_id = 0;
  while (!stop) {
    auto now = now_seconds();
    auto items = due_mail(db, now, c.batch);
    // Mails retried in this drain come back due later; never loop on them within one drain.
    std::erase_if(items, [&](const OutboxItem& i) { return i.id <= last_id; });
    if (items.empty()) break;
    if (!smtp) smtp = std::make_unique<SmtpClient>(smtp_options(rt));
    for (const OutboxItem& item : items) {
      if (stop) break;
      last_id = std::max(last_id, item.id);
      SmtpOutcome o = smtp->send(item.envelope_from, item.recipients, item.data);
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

}  // namespace pst
