/**
 * Bookings from home (docs/booking.md): the city's booking key, each office's pushed service standards,
 * a seat count per slot (one row locked per booking, so a full slot is never overbooked), the bookings.
 */
export const sql = /* sql */ `
-- One key for the city, made on first use; every instance behind the balancer signs with it.
CREATE TABLE booking_keys (
  id           smallint PRIMARY KEY CHECK (id = 1),
  private_key  text NOT NULL,
  public_key   text NOT NULL,
  created_at   timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE office_standards (
  office_id    text PRIMARY KEY REFERENCES offices (id),
  document     jsonb NOT NULL,
  kiosk_id     text REFERENCES kiosks (id),
  received_at  timestamptz NOT NULL
);

CREATE TABLE booking_slots (
  office_id     text NOT NULL REFERENCES offices (id),
  service_code  text NOT NULL,
  day           date NOT NULL,
  slot          text NOT NULL CHECK (slot ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
  booked        integer NOT NULL CHECK (booked >= 0),
  PRIMARY KEY (office_id, service_code, day, slot)
);

-- No name, NIK or phone: the code is all a resident has. source_hash is an HMAC of the address under a key
-- of this server, so the database alone cannot tell who booked; it only counts a source's held bookings.
CREATE TABLE bookings (
  code            text PRIMARY KEY CHECK (code ~ '^[A-Z2-9]{8}$'),
  office_id       text NOT NULL REFERENCES offices (id),
  service_code    text NOT NULL,
  day             date NOT NULL,
  slot            text NOT NULL,
  window_ends_at  timestamptz NOT NULL,
  source_hash     text NOT NULL,
  created_at      timestamptz NOT NULL,
  cancelled_at    timestamptz
);
CREATE INDEX bookings_office_day ON bookings (office_id, day);
CREATE INDEX bookings_source_held ON bookings (source_hash, window_ends_at) WHERE cancelled_at IS NULL;
`;
