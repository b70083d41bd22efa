import type { Db } from './database';

export interface TicketEventRecord {
  id: number;
  ticketId: string;
  type: string;
  at: number;
  serviceCode: string;
  counterNumber: number | null;
  data: Record<string, unknown> | null;
}

/** The append-only audit log: one row per ticket state change, written in the change's transaction. */
export class TicketEventsRepo {
  private readonly appendStmt;
  private readonly forTicketStmt;
  private readonly countStmt;

  constructor(db: Db) {
    this.appendStmt = db.prepare(
      'INSERT INTO ticket_events (ticket_id, type, at, service_code, counter_number, data) VALUES (?, ?, ?, ?, ?, ?)',
    );
    this.forTicketStmt = db.prepare<[string], { id: number; ticket_id: string; type: string; at: number; service_code: string; counter_number: number | null; data: string | null }>(
      'SELECT * FROM ticket_events WHERE ticket_id = ? ORDER BY id',
    );
    this.countStmt = db.prepare<[string], { n: number }>('SELECT COUNT(*) AS n FROM ticket_events WHERE type = ?');
  }

  append(e: Omit<TicketEventRecord, 'id'>): void {
    this.appendStmt.run(e.ticketId, e.type, e.at, e.serviceCode, e.counterNumber, e.data ? JSON.stringify(e.data) : null);
  }

  forTicket(ticketId: string): TicketEventRecord[] {
    return this.forTicketStmt.all(ticketId).map((r) => ({
      id: r.id,
      ticketId: r.ticket_id,
      type: r.type,
      at: r.at,
      serviceCode: r.service_code,
      counterNumber: r.counter_number,
      data: r.data ? (JSON.parse(r.data) as Record<string, unknown>) : null,
    }));
  }

  countOfType(type: string): number {
    return this.countStmt.get(type)?.n ?? 0;
  }
}
