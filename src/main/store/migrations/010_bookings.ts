/**
 * Bookings made on the city's booking site (docs/booking.md), at the office: the day lists pulled from the
 * city (cancellations included), when each day was last pulled, and the check-ins. A booking code checks
 * in once: the primary key, not only the code, refuses the second ticket. The partial index answers a
 * booked ticket's place in its queue (it joins by its slot's start, not at the back) without a scan.
 */
export const sql = /* sql */ `
CREATE TABLE booking_list (
  code          TEXT PRIMARY KEY,
  day           TEXT NOT NULL,
  service_code  TEXT NOT NULL,
  slot          TEXT NOT NULL,
  booked_at     INTEGER NOT NULL,
  cancelled_at  INTEGER
) WITHOUT ROWID;
CREATE INDEX booking_list_day ON booking_list (day, slot);

CREATE TABLE booking_pulls (
  day        TEXT PRIMARY KEY,
  pulled_at  INTEGER NOT NULL
) WITHOUT ROWID;

CREATE TABLE booking_checkins (
  code           TEXT PRIMARY KEY,
  day            TEXT NOT NULL,
  service_code   TEXT NOT NULL,
  slot           TEXT NOT NULL,
  ticket_id      TEXT NOT NULL REFERENCES tickets (id),
  checked_in_at  INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX booking_checkins_day ON booking_checkins (day);

CREATE INDEX tickets_waiting_place ON tickets (service_date, service_code, queue_front, (priority_reason IS NULL), enqueued_at)
  WHERE state = 'waiting';
`;
