import type { Db } from './database';

export interface TicketEventRecord {
  id: number;
  ticketId: string;
  type: string;
  at: number;
  serviceCode: string;
  counterNumber: number | null;
  staffId: number | null;
  data: Record<string, unknown> | null;
}

/** The append-only audit log: one row per ticket state change, written in the change's transaction. */
export class TicketEventsRepo {
  private readonly appendStmt;
  private readonly forTicketStmt;
  private readonly recentCallsStmt;
  private readonly recentCallsOfStmt;

  constructor(db: Db) {
    this.appendStmt = db.prepare(
      'INSERT INTO ticket_events (ticket_id, type, at, service_code, counter_number, staff_id, data) VALUES (?, ?, ?, ?, ?, ?, ?)',
    );
    this.forTicketStmt = db.prepare<[string], { id: number; ticket_id: string; type: string; at: number; service_code: string; counter_number: number | null; staff_id: number | null; data: string | null }>(
      'SELECT * FROM ticket_events WHERE ticket_id = ? ORDER BY id',
    );
    this.recentCallsStmt = db.prepare<[string, number], { id: number; ticket_id: string; type: string; at: number; counter_number: number }>(
      `SELECT e.id, e.ticket_id, e.type, e.at, e.counter_number FROM ticket_events e JOIN tickets t ON t.id = e.ticket_id
       WHERE e.type IN ('called', 'recall', 'resume') AND t.service_date = ? ORDER BY e.id DESC LIMIT ?`,
    );
    this.recentCallsOfStmt = db.prepare<[string, string, number], { id: number; ticket_id: string; type: string; at: number; counter_number: number }>(
      `SELECT e.id, e.ticket_id, e.type, e.at, e.counter_number FROM ticket_events e JOIN tickets t ON t.id = e.ticket_id
       WHERE e.type IN ('called', 'recall', 'resume') AND t.service_date = ? AND e.service_code IN (SELECT value FROM json_each(?))
       ORDER BY e.id DESC LIMIT ?`,
    );
  }

  /** Appends one event and returns its id (monotonic: displays use it to know which calls they heard). */
  append(e: Omit<TicketEventRecord, 'id'>): number {
    return Number(this.appendStmt.run(e.ticketId, e.type, e.at, e.serviceCode, e.counterNumber, e.staffId, e.data ? JSON.stringify(e.data) : null).lastInsertRowid);
  }

  forTicket(ticketId: string): TicketEventRecord[] {
    return this.forTicketStmt.all(ticketId).map((r) => ({
      id: r.id,
      ticketId: r.ticket_id,
      type: r.type,
      at: r.at,
      serviceCode: r.service_code,
      counterNumber: r.counter_number,
      staffId: r.staff_id,
      data: r.data ? (JSON.parse(r.data) as Record<string, unknown>) : null,
    }));
  }

  /**
   * The latest calls (first calls, recalls, calls of held tickets) of one service day, newest first; with
   * `serviceCodes`, of those services only (a display zone's).
   */
  recentCalls(
    serviceDate: string,
    limit: number,
    serviceCodes: ReadonlySet<string> | null = null,
  ): { id: number; ticketId: string; type: string; at: number; counterNumber: number }[] {
    const rows =
      serviceCodes === null
        ? this.recentCallsStmt.all(serviceDate, limit)
        : this.recentCallsOfStmt.all(serviceDate, JSON.stringify([...serviceCodes]), limit);
    return rows.map((r) => ({
      id: r.id,
      ticketId: r.ticket_id,
      type: r.type,
      at: r.at,
      counterNumber: r.counter_number,
    }));
  }
}
