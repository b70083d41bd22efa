/**
 * Statistics rollups: each closed service day is summarized once, in the transaction that closes it,
 * so a year of dashboard figures is a sum over a few thousand rows instead of a million tickets.
 * Today (still changing) is computed live from its tickets and events.
 */
export const sql = /* sql */ `
CREATE TABLE stats_days (
  service_date   TEXT PRIMARY KEY,
  summarized_at  INTEGER NOT NULL
) WITHOUT ROWID;

CREATE TABLE stats_facts (
  service_date           TEXT NOT NULL,
  service_code           TEXT NOT NULL,
  counter_number         INTEGER NOT NULL,
  priority               TEXT NOT NULL,
  issued                 INTEGER NOT NULL,
  served                 INTEGER NOT NULL,
  no_show                INTEGER NOT NULL,
  cancelled              INTEGER NOT NULL,
  cancelled_before_call  INTEGER NOT NULL,
  unserved_at_close      INTEGER NOT NULL,
  wait_sum_ms            INTEGER NOT NULL,
  wait_count             INTEGER NOT NULL,
  wait_max_ms            INTEGER NOT NULL,
  walk_sum_ms            INTEGER NOT NULL,
  walk_count             INTEGER NOT NULL,
  service_sum_ms         INTEGER NOT NULL,
  service_count          INTEGER NOT NULL,
  sl_met                 INTEGER NOT NULL,
  PRIMARY KEY (service_date, service_code, counter_number, priority)
) WITHOUT ROWID;

-- Waiting times per whole minute, per service (the median and P90 are read from these).
CREATE TABLE stats_wait_minutes (
  service_date  TEXT NOT NULL,
  service_code  TEXT NOT NULL,
  minute        INTEGER NOT NULL,
  n             INTEGER NOT NULL,
  PRIMARY KEY (service_date, service_code, minute)
) WITHOUT ROWID;

CREATE TABLE stats_arrivals (
  service_date  TEXT NOT NULL,
  service_code  TEXT NOT NULL,
  hour          INTEGER NOT NULL,
  n             INTEGER NOT NULL,
  PRIMARY KEY (service_date, service_code, hour)
) WITHOUT ROWID;

CREATE TABLE stats_counters (
  service_date    TEXT NOT NULL,
  counter_number  INTEGER NOT NULL,
  open_ms         INTEGER NOT NULL,
  busy_ms         INTEGER NOT NULL,
  idle_queue_ms   INTEGER NOT NULL,
  PRIMARY KEY (service_date, counter_number)
) WITHOUT ROWID;
`;
