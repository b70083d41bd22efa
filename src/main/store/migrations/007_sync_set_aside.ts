/**
 * Counter rows the city server refused (a value no office can reach, a date it cannot take), kept aside
 * with its reason so they never block the rows behind them. The row itself stays in daily_counters; this
 * table only says "do not send it until the supervisor sends it again".
 */
export const sql = /* sql */ `
CREATE TABLE sync_set_aside (
  service_date  TEXT NOT NULL,
  metric        TEXT NOT NULL,
  value         INTEGER NOT NULL,
  code          TEXT NOT NULL,
  reason        TEXT NOT NULL,
  set_aside_at  INTEGER NOT NULL,
  PRIMARY KEY (service_date, metric)
) WITHOUT ROWID;
`;
