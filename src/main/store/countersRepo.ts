import type { CounterState, PauseReason } from '../../shared/domain/ticket';
import type { Db } from './database';

export interface CounterRecord {
  number: number;
  state: CounterState;
  pauseReason: PauseReason | null;
  stateSince: number;
  currentTicketId: string | null;
  /** Priority calls in a row at this counter, for the ratio policy. */
  priorityStreak: number;
}

interface CounterRow {
  number: number;
  state: string;
  pause_reason: string | null;
  state_since: number;
  current_ticket_id: string | null;
  priority_streak: number;
}

function fromRow(r: CounterRow): CounterRecord {
  return {
    number: r.number,
    state: r.state as CounterState,
    pauseReason: r.pause_reason as PauseReason | null,
    stateSince: r.state_since,
    currentTicketId: r.current_ticket_id,
    priorityStreak: r.priority_streak,
  };
}

export class CountersRepo {
  private readonly getStmt;
  private readonly allStmt;
  private readonly ensureStmt;
  private readonly saveStmt;
  private readonly eventStmt;

  constructor(db: Db) {
    this.getStmt = db.prepare<[number], CounterRow>('SELECT * FROM counters WHERE number = ?');
    this.allStmt = db.prepare<[], CounterRow>('SELECT * FROM counters ORDER BY number');
    this.ensureStmt = db.prepare(
      `INSERT INTO counters (number, state, state_since) VALUES (?, 'closed', ?) ON CONFLICT (number) DO NOTHING`,
    );
    this.saveStmt = db.prepare(
      `UPDATE counters SET state = @state, pause_reason = @pauseReason, state_since = @stateSince,
         current_ticket_id = @currentTicketId, priority_streak = @priorityStreak WHERE number = @number`,
    );
    this.eventStmt = db.prepare(
      'INSERT INTO counter_events (counter_number, type, at, data) VALUES (?, ?, ?, ?)',
    );
  }

  ensure(number: number, now: number): void {
    this.ensureStmt.run(number, now);
  }

  get(number: number): CounterRecord | undefined {
    const row = this.getStmt.get(number);
    return row ? fromRow(row) : undefined;
  }

  all(): CounterRecord[] {
    return this.allStmt.all().map(fromRow);
  }

  save(c: CounterRecord): void {
    this.saveStmt.run(c);
  }

  appendEvent(counterNumber: number, type: string, at: number, data?: Record<string, unknown>): void {
    this.eventStmt.run(counterNumber, type, at, data ? JSON.stringify(data) : null);
  }
}
