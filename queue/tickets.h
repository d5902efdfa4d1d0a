// tickets.h: tickets and their audit events in the store. Every function expects the caller to hold
// a Transaction (every state change is one transaction together with its event and outbox rows).
#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "common/ticket_number.h"
#include "queue/database.h"

namespace pst {

using Instant = std::chrono::sys_seconds;

enum class TicketKind { request, complaint };
enum class TicketState { incomplete, open, waiting, answered, closed, spam };

[[nodiscard]] const char* to_string(TicketKind k);
[[nodiscard]] const char* to_string(TicketState s);
[[nodiscard]] std::optional<TicketState> parse_ticket_state(std::string_view s);

struct Ticket {
  std::int64_t id = 0;
  std::string number;
  TicketKind kind = TicketKind::request;
  TicketState state = TicketState::incomplete;
  std::string requester_address;
  std::optional<std::string> requester_name;
  std::optional<std::string> requester_institution;
  std::optional<std::string> from_name;
  std::string subject;
  std::optional<std::string> request_summary;
  std::string language = "id";
  std::optional<std::string> officer;
  Instant received{};
  std::optional<Instant> start;
  std::optional<Instant> due;
  std::optional<Instant> first_reply;
  std::optional<Instant> closed;
  std::optional<std::int64_t> linked_ticket;
  bool undeliverable = false;
  // Set when a "missing" reading was doubtful (parsers/confidence.h): the clock runs and an officer
  // should check the introduction; the doubts, one per line. Cleared by `pstq fix`.
  std::optional<std::string> check_introduction;
  std::string channel = "email";  // or "whatsapp" (issue 18): where the requester is answered
};

/// The columns read_ticket() expects, in order, each prefixed with `alias.` when alias is given.
[[nodiscard]] std::string ticket_columns(std::string_view alias = {});
/// How many columns ticket_columns() selects: the index of a column selected after them.
[[nodiscard]] int ticket_column_count();
/// A Ticket from a row selected with ticket_columns().
[[nodiscard]] Ticket read_ticket(const Statement& row);

/// Allocates the next number of the year (per-year sequence) and inserts the ticket; fills id/number.
void insert_ticket(Database& db, Ticket& t, const std::string& prefix, int year, Instant now);

/// Writes every mutable field of an existing ticket.
void update_ticket(Database& db, const Ticket& t, Instant now);

[[nodiscard]] std::optional<Ticket> find_ticket(Database& db, std::int64_t id);
[[nodiscard]] std::optional<Ticket> find_ticket_by_number(Database& db, const std::string& number);

/// The ticket a message id belongs to: one of our outgoing mails, or an inbound message on a ticket.
[[nodiscard]] std::optional<std::int64_t> ticket_of_message_id(Database& db, const std::string& message_id);

/// Appends an audit event (actor: "pstmaild", an officer login, "requester").
void add_event(Database& db, std::optional<std::int64_t> ticket_id, Instant at, const std::string& actor,
               const std::string& type, const std::string& detail = "");

/// Whether `address` speaks for the ticket's requester: its requester_address or an address an
/// officer accepted (ticket_addresses 'accepted'); case-insensitive. Issue 15: only such mail may
/// change the ticket's state, understanding, rating or deadline.
[[nodiscard]] bool is_requester_address(Database& db, const Ticket& t, const std::string& address);

/// The newest ticket (not spam) that `address` speaks for (as is_requester_address), if any.
[[nodiscard]] std::optional<Ticket> latest_ticket_of_requester(Database& db, const std::string& address);

/// Records an address of a ticket (kind: accepted, reply_to, forwarded_from); nothing when known.
void add_ticket_address(Database& db, std::int64_t ticket_id, const std::string& address, const std::string& kind,
                        Instant at);

struct TicketAddress {
  std::string address;
  std::string kind;
};
[[nodiscard]] std::vector<TicketAddress> ticket_addresses(Database& db, std::int64_t ticket_id);

struct Event {
  Instant at{};
  std::string actor;
  std::string type;
  std::string detail;
  std::string made_by;  // the real login when made with `pstq --as` (else empty)
};
[[nodiscard]] std::vector<Event> ticket_events(Database& db, std::int64_t ticket_id);

}  // namespace pst
