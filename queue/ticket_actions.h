// ticket_actions.h: the officers' state changes on a ticket, as plain functions over a Database.
// Each function is ONE short BEGIN IMMEDIATE transaction holding the change, its audit event (who,
// when, what) and, where a mail goes out, its outbox row; the daemon sends the mail later.
// pstq's verbs are thin wrappers around these; tests call them directly.
// Not for: deciding who may act (pstq/identity.h does that before calling here).
// Errors: ActionError with a message a person can act on ("PST-2026-00042 is closed; reopen it
// first"). The closure mail goes through queue_closure_mail() only (the ratings work adds the
// rating link there). Limits: attachments are held in memory (the outbox row holds the whole mail).
#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "calendar/working_calendar.h"
#include "compose/message_builder.h"
#include "config/config.h"
#include "queue/database.h"
#include "queue/mail_out.h"
#include "queue/tickets.h"

namespace pst {

/// A refused action; what() is the whole message.
class ActionError : public std::runtime_error {
 public:
  enum class Kind { not_found, bad_state, bad_input };
  ActionError(Kind k, const std::string& m) : std::runtime_error(m), kind_(k) {}
  Kind kind() const { return kind_; }

 private:
  Kind kind_;
};

/// Who acts, when, and what the mail needs. `actor` is the login written into every event.
struct ActionContext {
  Database& db;
  const Config& config;
  const WorkCalendar& calendar;
  Sender sender;
  std::string actor;
  Instant now{};
};

[[nodiscard]] ActionContext make_action_context(Database& db, const Config& cfg, const WorkCalendar& cal,
                                                const std::string& actor, Instant now);

/// Takes an open ticket for the actor (unassigned or, for a supervisor's wrapper, anyone's).
void claim_ticket(ActionContext& c, std::int64_t ticket_id);
/// Gives the ticket to `login` (must be an officer or supervisor in the config).
void assign_ticket(ActionContext& c, std::int64_t ticket_id, const std::string& login);
void unassign_ticket(ActionContext& c, std::int64_t ticket_id);
/// `from` (a requester who wrote twice) is folded into `into`: its messages move, it is closed
/// without mail, linked to `into`; both get an event.
void merge_tickets(ActionContext& c, std::int64_t from_id, std::int64_t into_id);
/// Closes as spam without answering and remembers the sender (spam_senders).
void mark_spam(ActionContext& c, std::int64_t ticket_id);

struct ReplyOptions {
  std::string text;                              // the officer's words (UTF-8)
  std::vector<OutgoingAttachment> attachments;
  bool close = false;                            // also close (closure mail follows the reply)
  std::optional<std::string> to;                 // another address of the ticket (ticket_addresses)
};
/// Queues officer_reply threaded with the requester's last mail (In-Reply-To/References); sets
/// first_reply if unset; state answered (or closed). Returns the reply's outbox id.
std::int64_t reply_to_ticket(ActionContext& c, std::int64_t ticket_id, const ReplyOptions& o);
/// Accepts `address` as the requester's on this ticket (they wrote from another address): its
/// mail then acts as the requester's (issue 15). An event names the officer.
void accept_address(ActionContext& c, std::int64_t ticket_id, const std::string& address);
/// An officer's correction of what the parser read (issue 16): given fields replace the ticket's;
/// `complete` (or all three present after the fix) completes a ticket waiting for its
/// introduction: the clock starts at the arrival of the requester's latest mail (they are not
/// penalised for our misreading), an officer is assigned and the acknowledgement queued.
struct ReadingFix {
  std::optional<std::string> name, institution, request;
  bool complete = false;
};
struct FixOutcome {
  std::vector<std::string> changes;            // "institution: (none) -> Dinas Sosial"
  bool completed = false;                      // incomplete -> open
  std::optional<std::int64_t> acknowledgement; // its outbox id
};
FixOutcome fix_reading(ActionContext& c, std::int64_t ticket_id, const ReadingFix& fix);

/// The requester could not be reached (a mail bounced for good, a WhatsApp message failed): the
/// ticket's officer is told by mail (bounce_notice), else the supervisors; an event says who. Not
/// again until the requester is heard from (an event by "requester"): several failed messages of
/// one reply make one notice. Returns how many mails were queued. Caller holds the transaction.
int notify_undeliverable(Database& db, const Config& cfg, const Sender& sender, const Ticket& t,
                         const std::string& report, Instant now);

/// An internal note (event only, nothing sent).
void add_note(ActionContext& c, std::int64_t ticket_id, const std::string& text);
/// Queues officer_question and stops the clock: state waiting, due cleared. Returns the outbox id.
std::int64_t ask_requester(ActionContext& c, std::int64_t ticket_id, const std::string& question);
/// Closes and queues the closure mail. Returns the outbox id, 0 when the address is undeliverable,
/// kClosureHandedToDaemon when the rating key could not be read here (queue_closure_mail).
std::int64_t close_ticket(ActionContext& c, std::int64_t ticket_id);
/// closed/spam/answered -> open with a fresh deadline from now.
void reopen_ticket(ActionContext& c, std::int64_t ticket_id);
/// Records leave (dates "YYYY-MM-DD", inclusive, office-local); the officer gets no new tickets.
void add_leave(ActionContext& c, const std::string& login, const std::string& from, const std::string& to);

/// queue_closure_mail's answer when the mail waits for pstmaild (pending_closures).
inline constexpr std::int64_t kClosureHandedToDaemon = -1;

/// The closure mail for `t` (caller holds the transaction). The single place closure mail is built.
/// The rating link is signed with the rating key (queue/ratings.h). In the packaged layout only
/// pstmaild holds that key (a systemd credential); pstq, run by an officer, cannot read it (issue 15,
/// item 9). Then the ticket is put in pending_closures and kClosureHandedToDaemon returned: pstmaild
/// builds the mail on its next outbox pass (complete_pending_closures). Returns the outbox id, or 0
/// when the address is undeliverable (no mail).
std::int64_t queue_closure_mail(Database& db, const Config& cfg, const WorkCalendar& cal, const Sender& sender,
                                const Ticket& t, const std::string& officer_login, Instant now);

/// Builds the closure mails that pstq handed over (pending_closures), each in its own transaction;
/// a ticket reopened meanwhile gets none. Throws SecretError when the key cannot be read here either
/// (the rows stay). Returns how many mails were queued.
int complete_pending_closures(Database& db, const Config& cfg, const WorkCalendar& cal, const Sender& sender,
                              Instant now);

/// The officer_notification mail to the ticket's officer when the requester writes again (caller
/// holds the transaction; nothing when the ticket has no officer or the officer has no address).
/// With `third_party` (an address that is not the requester's wrote citing the ticket, issue 15)
/// the mail says so and how to accept the address; it goes to the officer, else to every
/// supervisor. Sent with Auto-Submitted: auto-generated so vacation responders stay quiet.
/// Returns the first outbox id, if any mail was queued.
std::optional<std::int64_t> queue_officer_notification(Database& db, const Config& cfg, const WorkCalendar& cal,
                                                       const Sender& sender, const Ticket& t,
                                                       const std::string& excerpt, Instant received, Instant now,
                                                       const std::string& third_party = "");

/// Adds one row to search_index (caller holds the transaction).
void index_for_search(Database& db, std::int64_t ticket_id, std::optional<std::int64_t> message_id,
                      const std::string& subject, const std::string& body, const std::string& requester);

/// The template data every officer mail shares (office, ticket, subject, requester, officer name).
[[nodiscard]] nlohmann::json officer_mail_data(const Config& cfg, const Ticket& t, const std::string& officer_login);

}  // namespace pst
