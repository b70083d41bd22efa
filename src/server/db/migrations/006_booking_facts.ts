/**
 * What offices tell the city about their bookings (docs/booking.md): each booking's check-in at the office
 * (time, the kiosk that sent it, where its ticket ended), and each kiosk's booked-versus-walk-in figures
 * per day, summed per office like the counters (one row per replica, so two kiosks of an office add up
 * and a repeated push replaces its own row).
 */
export const sql = /* sql */ `
ALTER TABLE bookings ADD COLUMN checked_in_at timestamptz;
ALTER TABLE bookings ADD COLUMN checked_in_replica uuid REFERENCES kiosks (replica_id);
ALTER TABLE bookings ADD COLUMN ticket_outcome text
  CHECK (ticket_outcome IN ('waiting', 'called', 'serving', 'held', 'done', 'no_show', 'cancelled'));

CREATE TABLE booking_day_figures (
  replica_id                uuid NOT NULL REFERENCES kiosks (replica_id),
  day                       date NOT NULL,
  office_id                 text NOT NULL REFERENCES offices (id),
  booked_tickets            integer NOT NULL CHECK (booked_tickets >= 0),
  booked_called             integer NOT NULL CHECK (booked_called >= 0),
  booked_wait_mean_minutes  double precision,
  booked_no_shows           integer NOT NULL CHECK (booked_no_shows >= 0),
  walkin_tickets            integer NOT NULL CHECK (walkin_tickets >= 0),
  walkin_called             integer NOT NULL CHECK (walkin_called >= 0),
  walkin_wait_mean_minutes  double precision,
  walkin_no_shows           integer NOT NULL CHECK (walkin_no_shows >= 0),
  not_checked_in            integer NOT NULL CHECK (not_checked_in >= 0),
  missed                    integer NOT NULL CHECK (missed >= 0),
  -- When these figures were last received changed (a repeated push leaves the row alone).
  received_at               timestamptz NOT NULL,
  PRIMARY KEY (replica_id, day)
);
CREATE INDEX booking_day_figures_day ON booking_day_figures (day, office_id);
`;
