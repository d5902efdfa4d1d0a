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
/// fetch each with its arrival time, store them (one transaction per batch), then mark them \Seen
/// or move them to the processed folder. `on_stored`, when set, is called after each stored batch
/// (poll_and_act acts on each batch there).
PollReport poll_mailbox(Runtime& rt, const std::atomic<bool>& stop, const std::function<void()>& on_stored = {});

/// Marks \Seen (or moves to imap.processed_folder) the stored mail still waiting for it
/// (queue/server_marks.h), checks that the server kept it, and records what failed with the
/// server's words for the next poll and pstq status. Logs once per poll.
void mark_on_server(Runtime& rt, ImapClient& imap, std::int64_t uidvalidity, const std::atomic<bool>& stop);

/// Stored mail is acted on in pages of 40: two batches in flight (one parsed ahead) keep the peak RSS
/// of a large ingest under 30 MB (BENCHMARKS.md: 29.8 MB with pages of 60 on the worst-case corpus).
inline constexpr int kStoredMailPage = 40;

/// Acts on stored messages (intake). Returns how many were processed.
IntakeStats act_on_stored_mail(Runtime& rt);

struct PollAndIntake {
  PollReport poll;
  IntakeStats intake;
};

/// A poll (poll_mailbox) that acts on each batch as soon as it is stored, one batch (kIntakeBatch) per
/// page, while the next mails download (daemon/fetch_ahead.h); then note_poll, and act_on_stored_mail
/// for whatever is left and the WhatsApp webhooks. A poll that throws (the database busy beyond its
/// timeout, ...) counts as a failed poll; an intake failure during the poll is logged and its mail left
/// for act_on_stored_mail. `after_each_batch` (tests) is called after each batch was acted on.
PollAndIntake poll_and_act(Runtime& rt, const std::atomic<bool>& stop, bool every_failure,
                           const std::function<void()>& after_each_batch = {});

/// Stored WhatsApp webhooks acted on (queue/whatsapp_intake.h); nothing when the channel is off.
/// act_on_stored_mail calls it first.
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
