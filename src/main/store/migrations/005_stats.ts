/**
 * Statistics rollups: each closed service day is summarized once, in the transaction that closes it,
 * so a year of dashboard figures reads a few tens of thousands of rows instead of a million tickets.
 * Today (still changing) is computed live from its tickets and events. Facts are kept per
 * (service, counter, priority) for filtered views, and folded per (service, priority) and per counter
 * for the common unfiltered ones; histograms are compact JSON per day and service. Ratings are
 * rolled up per day, service and counter when they settle. Every rollup also exists per calendar month.
 */

/** The summed facts of a group of tickets, the same in every fact rollup. */
const FACTS = /* sql */ `
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
  sl_met                 INTEGER NOT NULL,`;

/** The settled ratings of a group: SKM respondents, score sums per unsur, and one-tap faces. */
const RATINGS = /* sql */ `
  respondents         INTEGER NOT NULL DEFAULT 0,
  u1 INTEGER NOT NULL DEFAULT 0, u2 INTEGER NOT NULL DEFAULT 0, u3 INTEGER NOT NULL DEFAULT 0,
  u4 INTEGER NOT NULL DEFAULT 0, u5 INTEGER NOT NULL DEFAULT 0, u6 INTEGER NOT NULL DEFAULT 0,
  u7 INTEGER NOT NULL DEFAULT 0, u8 INTEGER NOT NULL DEFAULT 0, u9 INTEGER NOT NULL DEFAULT 0,
  quick_very_unhappy  INTEGER NOT NULL DEFAULT 0,
  quick_unhappy       INTEGER NOT NULL DEFAULT 0,
  quick_happy         INTEGER NOT NULL DEFAULT 0,
  quick_very_happy    INTEGER NOT NULL DEFAULT 0,`;

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
${FACTS}
  PRIMARY KEY (service_date, service_code, counter_number, priority)
) WITHOUT ROWID;
CREATE INDEX stats_facts_counter ON stats_facts (counter_number, service_date);
CREATE INDEX stats_facts_priority ON stats_facts (priority, service_date);

CREATE TABLE stats_facts_sp (
  service_date           TEXT NOT NULL,
  service_code           TEXT NOT NULL,
  priority               TEXT NOT NULL,
${FACTS}
  PRIMARY KEY (service_date, service_code, priority)
) WITHOUT ROWID;

CREATE TABLE stats_facts_c (
  service_date           TEXT NOT NULL,
  counter_number         INTEGER NOT NULL,
${FACTS}
  PRIMARY KEY (service_date, counter_number)
) WITHOUT ROWID;

-- [[minute, n], ...] and [[hour, n], ...] of one day and service.
CREATE TABLE stats_day_service (
  service_date   TEXT NOT NULL,
  service_code   TEXT NOT NULL,
  wait_minutes   TEXT NOT NULL,
  arrivals       TEXT NOT NULL,
  PRIMARY KEY (service_date, service_code)
) WITHOUT ROWID;

CREATE TABLE stats_counters (
  service_date    TEXT NOT NULL,
  counter_number  INTEGER NOT NULL,
  open_ms         INTEGER NOT NULL,
  busy_ms         INTEGER NOT NULL,
  idle_queue_ms   INTEGER NOT NULL,
  PRIMARY KEY (service_date, counter_number)
) WITHOUT ROWID;

-- The same rollups per calendar month (the sum of that month's summarized days), so a year reads
-- twelve month rows plus the days of the partial months at its ends.
CREATE TABLE stats_month_facts (
  month                  TEXT NOT NULL,
  service_code           TEXT NOT NULL,
  counter_number         INTEGER NOT NULL,
  priority               TEXT NOT NULL,
${FACTS}
  PRIMARY KEY (month, service_code, counter_number, priority)
) WITHOUT ROWID;

CREATE TABLE stats_month_facts_sp (
  month                  TEXT NOT NULL,
  service_code           TEXT NOT NULL,
  priority               TEXT NOT NULL,
${FACTS}
  PRIMARY KEY (month, service_code, priority)
) WITHOUT ROWID;

CREATE TABLE stats_month_facts_c (
  month                  TEXT NOT NULL,
  counter_number         INTEGER NOT NULL,
${FACTS}
  PRIMARY KEY (month, counter_number)
) WITHOUT ROWID;

-- [[minute, n], ...] and [[weekday, hour, n], ...] of one month and service.
CREATE TABLE stats_month_service (
  month          TEXT NOT NULL,
  service_code   TEXT NOT NULL,
  wait_minutes   TEXT NOT NULL,
  arrivals       TEXT NOT NULL,
  PRIMARY KEY (month, service_code)
) WITHOUT ROWID;

CREATE TABLE stats_month_counters (
  month           TEXT NOT NULL,
  counter_number  INTEGER NOT NULL,
  open_ms         INTEGER NOT NULL,
  busy_ms         INTEGER NOT NULL,
  idle_queue_ms   INTEGER NOT NULL,
  PRIMARY KEY (month, counter_number)
) WITHOUT ROWID;

CREATE TABLE ratings_rollup (
  service_date        TEXT NOT NULL,
  service_code        TEXT NOT NULL,
  counter_number      INTEGER NOT NULL,
${RATINGS}
  PRIMARY KEY (service_date, service_code, counter_number)
) WITHOUT ROWID;

CREATE TABLE ratings_profile (
  service_date    TEXT NOT NULL,
  service_code    TEXT NOT NULL,
  counter_number  INTEGER NOT NULL,
  field           TEXT NOT NULL,
  value           TEXT NOT NULL,
  n               INTEGER NOT NULL,
  PRIMARY KEY (service_date, service_code, counter_number, field, value)
) WITHOUT ROWID;

CREATE TABLE ratings_month_rollup (
  month               TEXT NOT NULL,
  service_code        TEXT NOT NULL,
  counter_number      INTEGER NOT NULL,
${RATINGS}
  PRIMARY KEY (month, service_code, counter_number)
) WITHOUT ROWID;

CREATE TABLE ratings_month_profile (
  month           TEXT NOT NULL,
  service_code    TEXT NOT NULL,
  counter_number  INTEGER NOT NULL,
  field           TEXT NOT NULL,
  value           TEXT NOT NULL,
  n               INTEGER NOT NULL,
  PRIMARY KEY (month, service_code, counter_number, field, value)
) WITHOUT ROWID;

CREATE INDEX quick_ratings_excluded ON quick_ratings (service_date) WHERE excluded_reason IS NOT NULL;
CREATE INDEX surveys_excluded ON surveys (service_date) WHERE excluded_reason IS NOT NULL;
`;
