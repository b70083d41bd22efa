/** Staff sign-in: staff with hashed PINs, sessions, sign-in lockouts, and who did what. */
export const sql = /* sql */ `
CREATE TABLE staff (
  id          INTEGER PRIMARY KEY AUTOINCREMENT,
  name        TEXT NOT NULL,
  role        TEXT NOT NULL CHECK (role IN ('counter','supervisor')),
  pin_hash    TEXT NOT NULL,
  created_at  INTEGER NOT NULL,
  disabled_at INTEGER
);

CREATE TABLE sessions (
  token_hash      TEXT PRIMARY KEY,
  staff_id        INTEGER NOT NULL REFERENCES staff (id),
  role            TEXT NOT NULL CHECK (role IN ('counter','supervisor')),
  counter_number  INTEGER,
  created_at      INTEGER NOT NULL,
  expires_at      INTEGER NOT NULL,
  ended_at        INTEGER
) WITHOUT ROWID;

CREATE TABLE signin_guards (
  scope         TEXT PRIMARY KEY,
  failures      INTEGER NOT NULL,
  locked_until  INTEGER
) WITHOUT ROWID;

CREATE TABLE audit_log (
  id        INTEGER PRIMARY KEY AUTOINCREMENT,
  at        INTEGER NOT NULL,
  actor     TEXT NOT NULL,
  action    TEXT NOT NULL,
  detail    TEXT
);

ALTER TABLE ticket_events ADD COLUMN staff_id INTEGER REFERENCES staff (id);
ALTER TABLE device_tokens ADD COLUMN last_seen_at INTEGER;
`;
