/** The queue: tickets, their append-only event log, counters and the daily counters that sync pushes. */
export const sql = /* sql */ `
CREATE TABLE meta (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE tickets (
  id               TEXT PRIMARY KEY,
  service_date     TEXT NOT NULL,
  issued_service   TEXT NOT NULL,
  prefix           TEXT NOT NULL,
  number           INTEGER NOT NULL CHECK (number > 0),
  service_code     TEXT NOT NULL,
  priority_reason  TEXT,
  state            TEXT NOT NULL CHECK (state IN ('waiting','called','serving','held','done','no_show','cancelled')),
  counter_number   INTEGER,
  queue_front      INTEGER NOT NULL DEFAULT 0,
  enqueued_at      INTEGER NOT NULL,
  enqueue_seq      INTEGER NOT NULL,
  issued_at        INTEGER NOT NULL,
  called_at        INTEGER,
  started_at       INTEGER,
  ended_at         INTEGER,
  recall_count     INTEGER NOT NULL DEFAULT 0
);

-- The guarantee behind "never a duplicate number": enforced by SQLite, not only by code.
CREATE UNIQUE INDEX tickets_number_unique ON tickets (service_date, issued_service, number);
CREATE INDEX tickets_active ON tickets (service_date, state, service_code, queue_front, priority_reason);
CREATE INDEX tickets_enqueue_seq ON tickets (enqueue_seq);
CREATE INDEX tickets_finished ON tickets (service_code, ended_at) WHERE state = 'done';

CREATE TABLE ticket_events (
  id              INTEGER PRIMARY KEY AUTOINCREMENT,
  ticket_id       TEXT NOT NULL REFERENCES tickets (id),
  type            TEXT NOT NULL,
  at              INTEGER NOT NULL,
  service_code    TEXT NOT NULL,
  counter_number  INTEGER,
  data            TEXT
);
CREATE INDEX ticket_events_ticket ON ticket_events (ticket_id);

CREATE TABLE counters (
  number             INTEGER PRIMARY KEY,
  state              TEXT NOT NULL CHECK (state IN ('open','paused','closed')),
  pause_reason       TEXT,
  state_since        INTEGER NOT NULL,
  current_ticket_id  TEXT REFERENCES tickets (id),
  priority_streak    INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE counter_events (
  id              INTEGER PRIMARY KEY AUTOINCREMENT,
  counter_number  INTEGER NOT NULL,
  type            TEXT NOT NULL,
  at              INTEGER NOT NULL,
  data            TEXT
);

CREATE TABLE daily_counters (
  service_date  TEXT NOT NULL,
  metric        TEXT NOT NULL,
  value         INTEGER NOT NULL,
  change_seq    INTEGER NOT NULL,
  PRIMARY KEY (service_date, metric)
) WITHOUT ROWID;
CREATE INDEX daily_counters_change ON daily_counters (change_seq);

CREATE TABLE device_tokens (
  token_hash      TEXT PRIMARY KEY,
  role            TEXT NOT NULL CHECK (role IN ('kiosk','display','counter','supervisor')),
  counter_number  INTEGER,
  label           TEXT NOT NULL,
  created_at      INTEGER NOT NULL,
  revoked_at      INTEGER
) WITHOUT ROWID;
`;
