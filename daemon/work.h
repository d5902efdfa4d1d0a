// work.h: the daemon's units of work, each synchronous and bounded by the transfer timeouts:
// fetch new mail and store it (then act on it), and drain the outbox. Used by the service loop and
// by --once. `stop` is checked between two mails.
#pragma once

#include <atomic>
#include <chrono>
#include <functional>
#include <optional>
#include <string>

#include "daemon/runtime.h"
#include "queue/whatsapp_intake.h"
#include "transport/mail_server_options.h"

namespace pst {

class ImapClient;

/// How to reach the IMAP server (the secret read at load), and the mailbox the URL names.
/// How to reach and log in to the IMAP server. With OAuth2 the current access token is fetched
/// (refreshed when due); when that fails, `token_error` (if given) says why and the options carry
/// no credentials.
[[nodiscard]] MailServerOptions imap_server_options(const Runtime& rt, std::string* token_error = nullptr);
[[nodiscard]] std::string imap_mailbox_name(const std::string& url);

struct PollReport {
  bool ok = false;
  int fetched = 0;
  int stored = 0;
  int duplicates = 0;
  std::string error;      // when !ok: what failed (never a secret)
  bool auth_refused = false;  // the server refused the login (an OAuth2 token is then refreshed)
};

/// One IMAP session: new UIDs above the stored high-water mark (for the current UIDVALIDITY),
/// fetch each with its arrival time, store them in `db` (one transaction per batch; `on_stored`
/// after each), then mark them \Seen or move them to the processed folder. Never throws: a failure
/// (the database busy beyond its timeout, ...) is a failed poll.
PollReport poll_mailbox(Runtime& rt, Database& db, const std::atomic<bool>& stop,
                        const std::function<void()>& on_stored = {});

/// Marks \Seen (or moves to imap.processed_folder) the stored mail still waiting for it
/// (queue/server_marks.h), checks that the server kept it, and records what failed with the
/// server's words for the next poll and pstq status. Logs once per poll.
void mark_on_server(Runtime& rt, Database& db, ImapClient& imap, std::int64_t uidvalidity,
                    const std::atomic<bool>& stop);

struct CycleReport {
  PollReport poll;
  IntakeStats intake;
};

/// A poll and the intake at once: the stored WhatsApp webhooks first, then the mailbox is polled on
/// a thread of its own (its own connection to the store) while this thread acts on the stored mail
/// batch by batch as it is stored, until the poll has ended and nothing is left.
CycleReport poll_and_act(Runtime& rt, const std::atomic<bool>& stop);

/// Stored WhatsApp webhooks acted on (queue/whatsapp_intake.h); nothing when the channel is off.
/// poll_and_act calls it first.
WhatsAppIntakeStats act_on_whatsapp(Runtime& rt);

struct DrainReport {
  bool ok = true;         // false when the server could not be reached at all
  int sent = 0;
  int retried = 0;
  int failed = 0;
  int closures_completed = 0;  // closure mails built for tickets pstq closed (pending_closures)
  std::string error;
};

/// Sends every due outbox mail over one SMTP connection.
DrainReport drain_outbox(Runtime& rt, const std::atomic<bool>& stop);

/// Health (issue 8): records the poll's outcome in daemon_health and queues the supervisors' alert
/// or recovery notice when due (queue/alerts.h), one small transaction. Logs each change of state
/// once (the first failure of an episode, a different error, the alert at error level, the recovery);
/// `every_failure` (pstmaild --once) logs every failure. Never throws (a database problem is logged).
void note_poll(Runtime& rt, const PollReport& p, bool every_failure);

/// The same for a drain: a failure when the server could not be reached; a success only when a
/// mail was delivered (a drain with nothing due says nothing about SMTP).
void note_drain(Runtime& rt, const DrainReport& d, bool every_failure);

}  // namespace pst
