/**
 * Wrong passwords and enrolment codes per (scope, address), in the database so every instance behind a
 * load balancer counts the same tries. One row per address and window; `key` is a SHA-256 of the
 * address, so the city database holds no client addresses. Expired windows are pruned by window_start.
 */
export const sql = /* sql */ `
CREATE TABLE attempt_limits (
  scope         text NOT NULL,
  key           text NOT NULL,
  window_start  timestamptz NOT NULL,
  attempts      integer NOT NULL CHECK (attempts >= 0),
  PRIMARY KEY (scope, key)
);
CREATE INDEX attempt_limits_window ON attempt_limits (window_start);
`;
