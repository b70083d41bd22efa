/**
 * Sign-in lockouts belong to the staff account, not to a counter: one row per account, with the
 * start of its failure window. The old per-counter and "supervisor" rows mean nothing any more and go.
 */
export const sql = /* sql */ `
DROP TABLE signin_guards;

CREATE TABLE signin_guards (
  staff_id           INTEGER PRIMARY KEY REFERENCES staff (id),
  failures           INTEGER NOT NULL,
  window_started_at  INTEGER,
  locked_until       INTEGER
);
`;
