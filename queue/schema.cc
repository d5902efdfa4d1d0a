// schema.cc: see schema.h. Times are Unix seconds (UTC) in INTEGER columns.
//
// Ticket states:  incomplete (waiting for the requester's details; no deadline)
//                 open       (complete; deadline running; no officer answer yet)
//                 waiting    (officer asked the requester a question; clock stopped)
//                 answered   (officer replied; not closed yet)
//                 closed, spam
// Outbox states:  queued -> sent | failed ; a temporary failure stays queued with next_attempt later.
// Message states: new (stored, not yet acted on) -> processed | failed (kept for an officer).
// search_index (FTS5): one row per inbound message (subject, the requester's own words, requester)
// and per officer reply; ticket_id and message_id point back. reminders_sent makes a reminder
// idempotent per ticket, kind, office day and recipient. ratings: one per ticket (a later one replaces).
// raw_mail: the bytes of each inbound message (id = messages.id), apart so that updates of the
// messages row never rewrite the mail. daemon_health: see queue/health.h for its keys. messages.purged / outbox.purged: the instant
// `pstq purge` emptied raw / data (queue/purge.h); NULL while the bytes are there.
#include "queue/schema.h"

#include <fmt/format.h>

namespace pst {
namespace {

const char* const kSteps[] = {
    // 1: the spine
    R"sql(
CREATE TABLE mailbox_state (
  mailbox      TEXT PRIMARY KEY,
  uidvalidity  INTEGER NOT NULL,
  last_uid     INTEGER NOT NULL DEFAULT 0
) STRICT;

CREATE TABLE tickets (
  id                    INTEGER PRIMARY KEY,
  number                TEXT NOT NULL UNIQUE,
  year                  INTEGER NOT NULL,
  seq                   INTEGER NOT NULL,
  kind                  TEXT NOT NULL CHECK (kind IN ('request','complaint')),
  state                 TEXT NOT NULL CHECK (state IN ('incomplete','open','waiting','answered','closed','spam')),
  requester_address     TEXT NOT NULL,
  requester_name        TEXT,
  requester_institution TEXT,
  from_name             TEXT,
  subject               TEXT NOT NULL DEFAULT '',
  request_summary       TEXT,
  language              TEXT NOT NULL DEFAULT 'id',
  officer               TEXT,
  received              INTEGER NOT NULL,
  start                 INTEGER,
  due                   INTEGER,
  first_reply           INTEGER,
  closed                INTEGER,
  linked_ticket         INTEGER REFERENCES tickets(id),
  undeliverable         INTEGER NOT NULL DEFAULT 0,
  updated               INTEGER NOT NULL,
  UNIQUE (year, seq)
) STRICT;
CREATE INDEX tickets_state_due ON tickets(state, due);
CREATE INDEX tickets_officer ON tickets(officer, state);
CREATE INDEX tickets_requester ON tickets(requester_address);

CREATE TABLE messages (
  id            INTEGER PRIMARY KEY,
  mailbox       TEXT NOT NULL,
  uidvalidity   INTEGER NOT NULL,
  uid           INTEGER NOT NULL,
  sha256        TEXT NOT NULL,
  message_id    TEXT,
  arrival       INTEGER NOT NULL,
  fetched       INTEGER NOT NULL,
  size          INTEGER NOT NULL,
  raw           BLOB NOT NULL,
  state         TEXT NOT NULL DEFAULT 'new' CHECK (state IN ('new','processed','failed')),
  attempts      INTEGER NOT NULL DEFAULT 0,
  ticket_id     INTEGER REFERENCES tickets(id),
  kind          TEXT,
  from_address  TEXT,
  subject       TEXT,
  parsed        TEXT,
  UNIQUE (mailbox, uidvalidity, uid)
) STRICT;
CREATE INDEX messages_sha256 ON messages(sha256);
CREATE INDEX messages_message_id ON messages(message_id);
CREATE INDEX messages_state ON messages(state) WHERE state = 'new';
CREATE INDEX messages_ticket ON messages(ticket_id);

CREATE TABLE events (
  id         INTEGER PRIMARY KEY,
  ticket_id  INTEGER REFERENCES tickets(id),
  at         INTEGER NOT NULL,
  actor      TEXT NOT NULL,
  type       TEXT NOT NULL,
  detail     TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX events_ticket ON events(ticket_id, at);

CREATE TABLE outbox (
  id            INTEGER PRIMARY KEY,
  ticket_id     INTEGER REFERENCES tickets(id),
  kind          TEXT NOT NULL,
  automatic     INTEGER NOT NULL DEFAULT 1,
  state         TEXT NOT NULL DEFAULT 'queued' CHECK (state IN ('queued','sent','failed')),
  envelope_from TEXT NOT NULL,
  recipients    TEXT NOT NULL,
  message_id    TEXT NOT NULL UNIQUE,
  data          BLOB NOT NULL,
  created       INTEGER NOT NULL,
  attempts      INTEGER NOT NULL DEFAULT 0,
  next_attempt  INTEGER NOT NULL,
  last_error    TEXT,
  sent_at       INTEGER
) STRICT;
CREATE INDEX outbox_due ON outbox(state, next_attempt) WHERE state = 'queued';
CREATE INDEX outbox_ticket ON outbox(ticket_id);
CREATE INDEX outbox_recipients ON outbox(recipients, created);
)sql",
    // 2: officers' queue (leave, spam senders, search), reminders, ratings, daemon health
    R"sql(
CREATE TABLE officer_leave (
  id         INTEGER PRIMARY KEY,
  login      TEXT NOT NULL,
  from_date  TEXT NOT NULL,
  to_date    TEXT NOT NULL,
  actor      TEXT NOT NULL,
  created    INTEGER NOT NULL
) STRICT;
CREATE INDEX officer_leave_login ON officer_leave(login, from_date);

CREATE TABLE spam_senders (
  address    TEXT PRIMARY KEY,
  ticket_id  INTEGER REFERENCES tickets(id),
  actor      TEXT NOT NULL,
  since      INTEGER NOT NULL
) STRICT;

CREATE TABLE reminders_sent (
  ticket_id  INTEGER NOT NULL REFERENCES tickets(id),
  kind       TEXT NOT NULL,
  day        TEXT NOT NULL,
  recipient  TEXT NOT NULL,
  outbox_id  INTEGER REFERENCES outbox(id),
  PRIMARY KEY (ticket_id, kind, day, recipient)
) STRICT;

CREATE TABLE rating_tokens (
  ticket_id  INTEGER PRIMARY KEY REFERENCES tickets(id),
  nonce      TEXT NOT NULL,
  expires    INTEGER NOT NULL
) STRICT;

CREATE TABLE ratings (
  id         INTEGER PRIMARY KEY,
  ticket_id  INTEGER NOT NULL UNIQUE REFERENCES tickets(id),
  source     TEXT NOT NULL CHECK (source IN ('web','reply')),
  overall    INTEGER CHECK (overall BETWEEN 1 AND 5),
  as_written TEXT,
  elements   TEXT NOT NULL DEFAULT '{}',
  feedback   TEXT NOT NULL DEFAULT '',
  created    INTEGER NOT NULL,
  updated    INTEGER NOT NULL
) STRICT;

CREATE VIRTUAL TABLE search_index USING fts5(
  subject, body, requester, ticket_id UNINDEXED, message_id UNINDEXED,
  tokenize = 'unicode61 remove_diacritics 2');

CREATE TABLE daemon_health (
  key    TEXT PRIMARY KEY,
  value  TEXT NOT NULL,
  at     INTEGER NOT NULL
) STRICT;
)sql",
    // 3: retention (pstq purge): when a mail's bytes were removed; the row and its facts stay.
    R"sql(
ALTER TABLE messages ADD COLUMN purged INTEGER;
ALTER TABLE outbox ADD COLUMN purged INTEGER;
)sql",
    // 4: indexes for a large backlog. Round-robin assignment looks up each officer's last 'assigned'
    // event (queue/assignment.cc): without events_type_detail, a scan of all events per new ticket.
    // pending_messages reads new mail in arrival order: messages_new gives that order without
    // sorting (the sort carried every raw mail through a temporary b-tree on each batch).
    R"sql(
CREATE INDEX events_type_detail ON events(type, detail);
DROP INDEX messages_state;
CREATE INDEX messages_new ON messages(arrival, id) WHERE state = 'new';
)sql",
    // 5: the raw bytes in their own table. A messages row changes several times while mail is acted
    // on (attempts, ticket, state, parsed); with the raw mail inside it, each change that altered the
    // row's size rewrote the whole mail (a 25 MB mail meant 50 MB more memory and 25 MB more writes).
    R"sql(
CREATE TABLE raw_mail (
  id   INTEGER PRIMARY KEY REFERENCES messages(id),
  raw  BLOB NOT NULL
) STRICT;
INSERT INTO raw_mail(id, raw) SELECT id, raw FROM messages;
ALTER TABLE messages DROP COLUMN raw;
)sql",
    // 6: who really acted (issue 15): events.made_by is the real login when an officer's action was
    // made with `pstq --as` (actor is the login acted as). pending_closures: a ticket closed by pstq
    // without access to the rating key; pstmaild builds its closure mail (signing the rating link)
    // on its next outbox pass.
    R"sql(
ALTER TABLE events ADD COLUMN made_by TEXT;
CREATE TABLE pending_closures (
  ticket_id  INTEGER PRIMARY KEY REFERENCES tickets(id),
  officer    TEXT NOT NULL,
  queued_at  INTEGER NOT NULL
) STRICT;
)sql",
    // 7: addresses of a ticket other than requester_address (issue 15). 'accepted': an officer
    // accepted it as the requester's (pstq accept-address): its mail acts as the requester's.
    // 'reply_to' / 'forwarded_from': seen on the requester's mail; an officer may reply there
    // (pstq reply --to), nothing automatic ever goes there.
    R"sql(
CREATE TABLE ticket_addresses (
  ticket_id  INTEGER NOT NULL REFERENCES tickets(id),
  address    TEXT NOT NULL COLLATE NOCASE,
  kind       TEXT NOT NULL CHECK (kind IN ('accepted', 'reply_to', 'forwarded_from')),
  at         INTEGER NOT NULL,
  PRIMARY KEY (ticket_id, address, kind)
) STRICT;
)sql",
    // 8: stored mail still to be marked \Seen or moved on the IMAP server (queue/server_marks.h):
    // retried on every poll, counted by pstq status, with the server's words.
    R"sql(
CREATE TABLE server_marks (
  mailbox       TEXT NOT NULL,
  uidvalidity   INTEGER NOT NULL,
  uid           INTEGER NOT NULL,
  since         INTEGER NOT NULL,
  attempts      INTEGER NOT NULL DEFAULT 0,
  last_error    TEXT,
  last_attempt  INTEGER,
  PRIMARY KEY (mailbox, uidvalidity, uid)
) STRICT;
)sql",
    // 9: a request whose "missing" reading was doubtful (issue 16, parsers/confidence.h): its clock
    // runs from arrival and an officer checks the introduction; the doubts, one per line.
    R"sql(
ALTER TABLE tickets ADD COLUMN check_introduction TEXT;
)sql",
    // 10: the WhatsApp channel (issue 18): each ticket's channel; webhook bodies stored as received
    // (verified, before anything acts on them), and the keys of the events they carried ("m:<wamid>"
    // for a message, "s:<wamid>:<status>" for a status), so that Meta's retries change nothing.
    R"sql(
ALTER TABLE tickets ADD COLUMN channel TEXT NOT NULL DEFAULT 'email' CHECK (channel IN ('email', 'whatsapp'));
CREATE TABLE whatsapp_webhooks (
  id        INTEGER PRIMARY KEY,
  received  INTEGER NOT NULL,
  body      BLOB NOT NULL,
  state     TEXT NOT NULL DEFAULT 'new' CHECK (state IN ('new', 'processed', 'failed')),
  attempts  INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX whatsapp_webhooks_new ON whatsapp_webhooks(id) WHERE state = 'new';
CREATE TABLE whatsapp_event_keys (
  key         TEXT PRIMARY KEY,
  webhook_id  INTEGER NOT NULL REFERENCES whatsapp_webhooks(id)
) STRICT;
-- One conversation per requester's WhatsApp id: the guest book being filled (JSON), the ticket it
-- opened, the time of their last message (the 24-hour window) and the language of the exchange.
CREATE TABLE whatsapp_conversations (
  wa_id         TEXT PRIMARY KEY,
  profile_name  TEXT,
  guest_book    TEXT NOT NULL DEFAULT '{}',
  ticket_id     INTEGER REFERENCES tickets(id),
  last_inbound  INTEGER NOT NULL,
  language      TEXT NOT NULL DEFAULT 'id'
) STRICT;
-- Media the requester sent (images, letters): fetched from the Cloud API after the webhook was
-- acted on (never inside its transaction), kept with the ticket of that requester.
CREATE TABLE whatsapp_media (
  id          INTEGER PRIMARY KEY,
  wa_id       TEXT NOT NULL,
  media_id    TEXT NOT NULL UNIQUE,
  mime_type   TEXT NOT NULL DEFAULT '',
  filename    TEXT NOT NULL DEFAULT '',
  caption     TEXT NOT NULL DEFAULT '',
  ticket_id   INTEGER REFERENCES tickets(id),
  state       TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'fetched', 'failed')),
  attempts    INTEGER NOT NULL DEFAULT 0,
  bytes       BLOB,
  error       TEXT,
  received    INTEGER NOT NULL
) STRICT;
-- The id Meta gave each message we sent, for its status webhooks (sent, delivered, read, failed).
CREATE TABLE whatsapp_sent (
  wamid      TEXT PRIMARY KEY,
  outbox_id  INTEGER NOT NULL REFERENCES outbox(id),
  ticket_id  INTEGER REFERENCES tickets(id)
) STRICT;
)sql",
};

}  // namespace

int schema_version() { return static_cast<int>(std::size(kSteps)); }

void migrate(Database& db) {
  auto current = [&] {
    Statement s = db.prepare("PRAGMA user_version");
    s.step();
    return s.integer(0);
  };
  Transaction tx(db);
  int have = current();
  if (have > schema_version())
    throw DatabaseError(fmt::format("{}: database schema version {} is newer than this pstmail ({}): upgrade pstmail",
                                    db.path(), have, schema_version()),
                        0);
  for (int v = have; v < schema_version(); ++v) {
    db.exec(kSteps[v]);
    db.exec(fmt::format("PRAGMA user_version = {}", v + 1));
  }
  tx.commit();
}

}  // namespace pst
