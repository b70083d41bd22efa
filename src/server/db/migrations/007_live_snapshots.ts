/**
 * "Seberapa ramai sekarang?" (docs/central-server.md): each office's latest live snapshot (people waiting
 * and estimated wait per service), and its active tickets' public progress keyed by the SHA-256 of their
 * phone codes, so a ticket's phone page opens at the city too. Only "now": each snapshot replaces the
 * office's rows; tickets are forgotten once their service day is over.
 */
export const sql = /* sql */ `
CREATE TABLE live_snapshots (
  office_id    text PRIMARY KEY REFERENCES offices (id),
  service_day  date NOT NULL,
  -- The office's clock when it read its queue, and the city's when the snapshot arrived (the age shown).
  taken_at     timestamptz NOT NULL,
  received_at  timestamptz NOT NULL,
  -- The end of the office's service day: its tickets' codes open nothing at the city after it.
  expires_at   timestamptz NOT NULL,
  services     jsonb NOT NULL
);

CREATE TABLE live_tickets (
  code_hash    text PRIMARY KEY CHECK (code_hash ~ '^[0-9a-f]{64}$'),
  office_id    text NOT NULL REFERENCES offices (id),
  service_day  date NOT NULL,
  progress     jsonb NOT NULL,
  -- The snapshot that last held it: a ticket absent from a later one has left the queue.
  taken_at     timestamptz NOT NULL
);
CREATE INDEX live_tickets_office ON live_tickets (office_id, service_day);
`;
