/**
 * A queue whose cost does not grow with its length (docs/queue.md, "Cost of a long queue").
 *
 * `queue_waiting` holds how many tickets wait in each class of each service's queue, kept by triggers in
 * the transaction of every change to a ticket (whichever code makes it: issue, call, transfer, a day's
 * close, a day moved), so the kiosk's overview and a new ticket's place read a few rows instead of
 * counting the queue. A class that empties loses its row.
 *
 * `tickets_waiting_order` is compareQueued's order (front-of-queue transfers, then priority, then by the
 * time and sequence of joining): the next call is the first row of each served service's range. It
 * replaces 010's tickets_waiting_place, its prefix, which the place-in-queue count also uses.
 */
export const sql = /* sql */ `
CREATE TABLE queue_waiting (
  service_date  TEXT NOT NULL,
  service_code  TEXT NOT NULL,
  queue_front   INTEGER NOT NULL,
  priority      INTEGER NOT NULL,
  waiting       INTEGER NOT NULL CHECK (waiting >= 0),
  PRIMARY KEY (service_date, service_code, queue_front, priority)
) WITHOUT ROWID;

INSERT INTO queue_waiting (service_date, service_code, queue_front, priority, waiting)
  SELECT service_date, service_code, queue_front, priority_reason IS NOT NULL, COUNT(*)
  FROM tickets WHERE state = 'waiting'
  GROUP BY service_date, service_code, queue_front, priority_reason IS NOT NULL;

CREATE TRIGGER queue_waiting_insert AFTER INSERT ON tickets WHEN NEW.state = 'waiting'
BEGIN
  INSERT INTO queue_waiting (service_date, service_code, queue_front, priority, waiting)
    VALUES (NEW.service_date, NEW.service_code, NEW.queue_front, NEW.priority_reason IS NOT NULL, 1)
    ON CONFLICT (service_date, service_code, queue_front, priority) DO UPDATE SET waiting = waiting + 1;
END;

CREATE TRIGGER queue_waiting_leave AFTER UPDATE OF state, service_date, service_code, queue_front, priority_reason ON tickets
  WHEN OLD.state = 'waiting'
BEGIN
  UPDATE queue_waiting SET waiting = waiting - 1
    WHERE service_date = OLD.service_date AND service_code = OLD.service_code
      AND queue_front = OLD.queue_front AND priority = (OLD.priority_reason IS NOT NULL);
  DELETE FROM queue_waiting
    WHERE service_date = OLD.service_date AND service_code = OLD.service_code
      AND queue_front = OLD.queue_front AND priority = (OLD.priority_reason IS NOT NULL) AND waiting = 0;
END;

CREATE TRIGGER queue_waiting_join AFTER UPDATE OF state, service_date, service_code, queue_front, priority_reason ON tickets
  WHEN NEW.state = 'waiting'
BEGIN
  INSERT INTO queue_waiting (service_date, service_code, queue_front, priority, waiting)
    VALUES (NEW.service_date, NEW.service_code, NEW.queue_front, NEW.priority_reason IS NOT NULL, 1)
    ON CONFLICT (service_date, service_code, queue_front, priority) DO UPDATE SET waiting = waiting + 1;
END;

CREATE TRIGGER queue_waiting_delete AFTER DELETE ON tickets WHEN OLD.state = 'waiting'
BEGIN
  UPDATE queue_waiting SET waiting = waiting - 1
    WHERE service_date = OLD.service_date AND service_code = OLD.service_code
      AND queue_front = OLD.queue_front AND priority = (OLD.priority_reason IS NOT NULL);
  DELETE FROM queue_waiting
    WHERE service_date = OLD.service_date AND service_code = OLD.service_code
      AND queue_front = OLD.queue_front AND priority = (OLD.priority_reason IS NOT NULL) AND waiting = 0;
END;

DROP INDEX tickets_waiting_place;
CREATE INDEX tickets_waiting_order
  ON tickets (service_date, service_code, queue_front DESC, (priority_reason IS NULL), enqueued_at, enqueue_seq)
  WHERE state = 'waiting';
`;
