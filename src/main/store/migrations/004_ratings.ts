/**
 * Satisfaction: one-tap ratings and full SKM surveys (Permenpan RB 14/2017), anonymous by
 * construction (no column could hold a name, NIK or phone). `counted` marks rows already added to the
 * daily counters; rows are counted only after the burst window has passed, so counts never go down.
 */
export const sql = /* sql */ `
CREATE TABLE quick_ratings (
  id               INTEGER PRIMARY KEY AUTOINCREMENT,
  at               INTEGER NOT NULL,
  service_date     TEXT NOT NULL,
  face             TEXT NOT NULL CHECK (face IN ('very-unhappy','unhappy','happy','very-happy')),
  service_code     TEXT NOT NULL,
  ticket_id        TEXT UNIQUE REFERENCES tickets (id),
  counter_number   INTEGER,
  source           TEXT NOT NULL,
  excluded_reason  TEXT,
  counted          INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX quick_ratings_date ON quick_ratings (service_date);
CREATE INDEX quick_ratings_recent ON quick_ratings (source, at);
-- Only the answers of the last minutes are not settled: reports read them by date, settling by time.
CREATE INDEX quick_ratings_uncounted ON quick_ratings (service_date, at) WHERE counted = 0;

CREATE TABLE surveys (
  id               INTEGER PRIMARY KEY AUTOINCREMENT,
  at               INTEGER NOT NULL,
  service_date     TEXT NOT NULL,
  service_code     TEXT NOT NULL,
  ticket_id        TEXT UNIQUE REFERENCES tickets (id),
  counter_number   INTEGER,
  u1 INTEGER NOT NULL CHECK (u1 BETWEEN 1 AND 4),
  u2 INTEGER NOT NULL CHECK (u2 BETWEEN 1 AND 4),
  u3 INTEGER NOT NULL CHECK (u3 BETWEEN 1 AND 4),
  u4 INTEGER NOT NULL CHECK (u4 BETWEEN 1 AND 4),
  u5 INTEGER NOT NULL CHECK (u5 BETWEEN 1 AND 4),
  u6 INTEGER NOT NULL CHECK (u6 BETWEEN 1 AND 4),
  u7 INTEGER NOT NULL CHECK (u7 BETWEEN 1 AND 4),
  u8 INTEGER NOT NULL CHECK (u8 BETWEEN 1 AND 4),
  u9 INTEGER NOT NULL CHECK (u9 BETWEEN 1 AND 4),
  answers_key      TEXT NOT NULL,
  gender           TEXT,
  age_band         TEXT,
  education        TEXT,
  occupation       TEXT,
  source           TEXT NOT NULL,
  excluded_reason  TEXT,
  counted          INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX surveys_date ON surveys (service_date);
CREATE INDEX surveys_recent ON surveys (source, at);
CREATE INDEX surveys_uncounted ON surveys (service_date, at) WHERE counted = 0;

-- Why an answer was left out of the indices, and when: the audit trail of exclusions.
CREATE TABLE rating_exclusions (
  id         INTEGER PRIMARY KEY AUTOINCREMENT,
  at         INTEGER NOT NULL,
  kind       TEXT NOT NULL CHECK (kind IN ('quick','survey')),
  rating_id  INTEGER NOT NULL,
  reason     TEXT NOT NULL,
  detail     TEXT
);
`;
