// schema.cc: see schema.h. Times are Unix seconds (UTC) in INTEGER columns.
//
// Ticket states:  incomplete (waiting for the requester's details; no deadline)
//                 open       (complete; deadline running; no officer answer yet)
//                 waiting    (officer asked the requester a question; clock stopped)
//                 answered   (officer replied; not closed yet)
//                 closed, spam
// Outbox states:  queued -> sent | failed ; a temporary failure stays queued with next_attempt later.
// Message states: new (stored, not yet acted on) -> processed | failed (kept for an officer).
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
