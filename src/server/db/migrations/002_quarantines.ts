/**
 * An administrator's hold on an office's rows for a day range (e.g. a value no office can reach, stored
 * before the bounds existed): the rows stay, every city view leaves them out until the hold is lifted.
 */
export const sql = /* sql */ `
CREATE TABLE quarantines (
  id          serial PRIMARY KEY,
  office_id   text NOT NULL REFERENCES offices (id),
  from_date   date NOT NULL,
  to_date     date NOT NULL CHECK (to_date >= from_date),
  reason      text NOT NULL CHECK (length(reason) BETWEEN 1 AND 500),
  created_by  integer REFERENCES admins (id),
  created_at  timestamptz NOT NULL,
  lifted_by   integer REFERENCES admins (id),
  lifted_at   timestamptz
);
CREATE INDEX quarantines_active ON quarantines (office_id, from_date, to_date) WHERE lifted_at IS NULL;
`;
