import type { PriorityReason } from '../../shared/domain/priority';
import type { TicketState } from '../../shared/domain/ticket';
import type { Db } from './database';

export interface TicketRecord {
  id: string;
  serviceDate: string;
  issuedService: string;
  prefix: string;
  number: number;
  serviceCode: string;
  priorityReason: PriorityReason | null;
  state: TicketState;
  counterNumber: number | null;
  queueFront: boolean;
  enqueuedAt: number;
  enqueueSeq: number;
  issuedAt: number;
  calledAt: number | null;
  startedAt: number | null;
  endedAt: number | null;
  recallCount: number;
}

interface TicketRow {
  id: string;
  service_date: string;
  issued_service: string;
  prefix: string;
  number: number;
  service_code: string;
  priority_reason: string | null;
  state: string;
  counter_number: number | null;
  queue_front: number;
  enqueued_at: number;
  enqueue_seq: number;
  issued_at: number;
  called_at: number | null;
  started_at: number | null;
  ended_at: number | null;
  recall_count: number;
}

function fromRow(r: TicketRow): TicketRecord {
  return {
    id: r.id,
    serviceDate: r.service_date,
    issuedService: r.issued_service,
    prefix: r.prefix,
    number: r.number,
    serviceCode: r.service_code,
    priorityReason: r.priority_reason as PriorityReason | null,
    state: r.state as TicketState,
    counterNumber: r.counter_number,
    queueFront: r.queue_front === 1,
    enqueuedAt: r.enqueued_at,
    enqueueSeq: r.enqueue_seq,
    issuedAt: r.issued_at,
    calledAt: r.called_at,
    startedAt: r.started_at,
    endedAt: r.ended_at,
    recallCount: r.recall_count,
  };
}

/** The fields a state change may alter; identity and number never change. */
export type TicketPatch = Partial<
  Pick<
    TicketRecord,
    | 'serviceCode'
    | 'state'
    | 'counterNumber'
    | 'queueFront'
    | 'enqueuedAt'
    | 'enqueueSeq'
    | 'calledAt'
    | 'startedAt'
    | 'endedAt'
    | 'recallCount'
  >
>;

const PATCH_COLUMNS: Record<keyof TicketPatch, string> = {
  serviceCode: 'service_code',
  state: 'state',
  counterNumber: 'counter_number',
  queueFront: 'queue_front',
  enqueuedAt: 'enqueued_at',
  enqueueSeq: 'enqueue_seq',
  calledAt: 'called_at',
  startedAt: 'started_at',
  endedAt: 'ended_at',
  recallCount: 'recall_count',
};

export class TicketsRepo {
  private readonly maxNumberStmt;
  private readonly insertStmt;
  private readonly getStmt;
  private readonly activeStmt;
  private readonly waitingCountsStmt;
  private readonly maxSeqStmt;
  private readonly durationsStmt;
  private readonly staleStmt;
  private readonly maxServiceDateStmt;
  private readonly waitingClassesStmt;
  private readonly placedAfterStmt;
  private readonly firstWaitingStmt;
  private readonly oldestRegularStmt;
  private readonly setPrintStmt;
  private readonly printStmt;
  private readonly lastIssuedStmt;
  private readonly byLabelStmt;
  private readonly updateStmts = new Map<string, ReturnType<Db['prepare']>>();

  constructor(private readonly db: Db) {
    this.maxNumberStmt = db.prepare<[string, string], { n: number | null }>(
      'SELECT MAX(number) AS n FROM tickets WHERE service_date = ? AND issued_service = ?',
    );
    this.insertStmt = db.prepare(
      `INSERT INTO tickets (id, service_date, issued_service, prefix, number, service_code, priority_reason, state,
         counter_number, queue_front, enqueued_at, enqueue_seq, issued_at, called_at, started_at, ended_at, recall_count, print_outcome)
       VALUES (@id, @service_date, @issued_service, @prefix, @number, @service_code, @priority_reason, @state,
         @counter_number, @queue_front, @enqueued_at, @enqueue_seq, @issued_at, @called_at, @started_at, @ended_at, @recall_count, @print_outcome)`,
    );
    this.getStmt = db.prepare<[string], TicketRow>('SELECT * FROM tickets WHERE id = ?');
    this.activeStmt = db.prepare<[string], TicketRow>(
      `SELECT * FROM tickets WHERE service_date = ? AND state IN ('waiting','called','serving','held')
       ORDER BY queue_front DESC, enqueued_at, enqueue_seq`,
    );
    // queue_waiting is kept by triggers (migration 011): a few rows per service, however long the queue.
    this.waitingCountsStmt = db.prepare<[string], { service_code: string; n: number }>(
      'SELECT service_code, SUM(waiting) AS n FROM queue_waiting WHERE service_date = ? GROUP BY service_code',
    );
    this.maxSeqStmt = db.prepare<[], { s: number | null }>('SELECT MAX(enqueue_seq) AS s FROM tickets');
    this.durationsStmt = db.prepare<[string, number, number], { d: number }>(
      `SELECT ended_at - started_at AS d FROM tickets
       WHERE state = 'done' AND service_code = ? AND ended_at >= ? AND started_at IS NOT NULL
       ORDER BY ended_at DESC LIMIT ?`,
    );
    this.staleStmt = db.prepare<[string], TicketRow>(
      `SELECT * FROM tickets WHERE service_date < ? AND state IN ('waiting','called','serving','held')`,
    );
    this.maxServiceDateStmt = db.prepare<[], { d: string | null }>('SELECT MAX(service_date) AS d FROM tickets');
    this.setPrintStmt = db.prepare('UPDATE tickets SET print_outcome = ?, print_detail = ? WHERE id = ?');
    this.printStmt = db.prepare<[string], { print_outcome: string | null; print_detail: string | null }>(
      'SELECT print_outcome, print_detail FROM tickets WHERE id = ?',
    );
    this.lastIssuedStmt = db.prepare<[string], { id: string }>(
      'SELECT id FROM tickets WHERE service_date = ? ORDER BY issued_at DESC, enqueue_seq DESC LIMIT 1',
    );
    this.byLabelStmt = db.prepare<[string, string, number], TicketRow>(
      'SELECT * FROM tickets WHERE service_date = ? AND prefix = ? AND number = ?',
    );
    this.waitingClassesStmt = db.prepare<[string, string], { front: number; priority: number; regular: number }>(
      `SELECT COALESCE(SUM(CASE WHEN queue_front = 1 THEN waiting END), 0) AS front,
              COALESCE(SUM(CASE WHEN queue_front = 0 AND priority = 1 THEN waiting END), 0) AS priority,
              COALESCE(SUM(CASE WHEN queue_front = 0 AND priority = 0 THEN waiting END), 0) AS regular
       FROM queue_waiting WHERE service_date = ? AND service_code = ?`,
    );
    // The partial index tickets_waiting_order (migration 011) answers these three from the index's edge: the
    // tickets placed after a moment (booked ones at a slot to come, a handful), and the head of a queue.
    this.placedAfterStmt = db.prepare<[string, string, number, number], { n: number }>(
      `SELECT COUNT(*) AS n FROM tickets
       WHERE state = 'waiting' AND service_date = ? AND service_code = ? AND queue_front = 0
         AND (priority_reason IS NULL) = ? AND enqueued_at > ?`,
    );
    this.firstWaitingStmt = db.prepare<[string, string], TicketRow>(
      `SELECT * FROM tickets WHERE state = 'waiting' AND service_date = ? AND service_code = ?
       ORDER BY queue_front DESC, (priority_reason IS NULL), enqueued_at, enqueue_seq LIMIT 1`,
    );
    this.oldestRegularStmt = db.prepare<[string, string], TicketRow>(
      `SELECT * FROM tickets WHERE state = 'waiting' AND service_date = ? AND service_code = ?
         AND queue_front = 0 AND (priority_reason IS NULL) = 1
       ORDER BY enqueued_at, enqueue_seq LIMIT 1`,
    );
  }

  maxNumber(serviceDate: string, issuedService: string): number {
    return this.maxNumberStmt.get(serviceDate, issuedService)?.n ?? 0;
  }

  nextEnqueueSeq(): number {
    return (this.maxSeqStmt.get()?.s ?? 0) + 1;
  }

  /** A new ticket; `printOutcome` is 'pending' until the printer has been tried, or 'none' without one. */
  insert(t: TicketRecord, printOutcome: 'pending' | 'none'): void {
    this.insertStmt.run({
      print_outcome: printOutcome,
      id: t.id,
      service_date: t.serviceDate,
      issued_service: t.issuedService,
      prefix: t.prefix,
      number: t.number,
      service_code: t.serviceCode,
      priority_reason: t.priorityReason,
      state: t.state,
      counter_number: t.counterNumber,
      queue_front: t.queueFront ? 1 : 0,
      enqueued_at: t.enqueuedAt,
      enqueue_seq: t.enqueueSeq,
      issued_at: t.issuedAt,
      called_at: t.calledAt,
      started_at: t.startedAt,
      ended_at: t.endedAt,
      recall_count: t.recallCount,
    });
  }

  get(id: string): TicketRecord | undefined {
    const row = this.getStmt.get(id);
    return row ? fromRow(row) : undefined;
  }

  /** Tickets of the day still in the office, first-come-first-served (front-of-queue transfers first). */
  active(serviceDate: string): TicketRecord[] {
    return this.activeStmt.all(serviceDate).map(fromRow);
  }

  /** Tickets of earlier days left open when the day ended. */
  staleActive(beforeDate: string): TicketRecord[] {
    return this.staleStmt.all(beforeDate).map(fromRow);
  }

  /** How many tickets wait in each service (services with none are absent). */
  waitingCounts(serviceDate: string): Map<string, number> {
    return new Map(this.waitingCountsStmt.all(serviceDate).map((r) => [r.service_code, r.n]));
  }

  /** Most recent service durations (ms) of a service, newest first. */
  recentServiceDurations(serviceCode: string, sinceMs: number, limit: number): number[] {
    return this.durationsStmt.all(serviceCode, sinceMs, limit).map((r) => r.d);
  }

  /** How many tickets wait in a service, by queue class (front-of-queue transfers, priority, regular). */
  waitingByClass(serviceDate: string, serviceCode: string): { front: number; priority: number; regular: number } {
    return this.waitingClassesStmt.get(serviceDate, serviceCode) ?? { front: 0, priority: 0, regular: 0 };
  }

  /** Waiting tickets of one class (priority or regular, not front-of-queue) placed after `at`: booked ones at a slot to come. */
  waitingInClassAfter(serviceDate: string, serviceCode: string, isPriority: boolean, at: number): number {
    return this.placedAfterStmt.get(serviceDate, serviceCode, isPriority ? 0 : 1, at)?.n ?? 0;
  }

  /** The head of a service's queue in compareQueued's order (front-of-queue, priority, then first come). */
  firstWaiting(serviceDate: string, serviceCode: string): TicketRecord | undefined {
    const row = this.firstWaitingStmt.get(serviceDate, serviceCode);
    return row ? fromRow(row) : undefined;
  }

  /** The regular ticket (neither front-of-queue nor priority) that has waited longest in a service. */
  oldestRegularWaiting(serviceDate: string, serviceCode: string): TicketRecord | undefined {
    const row = this.oldestRegularStmt.get(serviceDate, serviceCode);
    return row ? fromRow(row) : undefined;
  }

  setPrintOutcome(id: string, outcome: string, detail: string | null): void {
    this.setPrintStmt.run(outcome, detail, id);
  }

  printOutcome(id: string): { outcome: string | null; detail: string | null } {
    const r = this.printStmt.get(id);
    return { outcome: r?.print_outcome ?? null, detail: r?.print_detail ?? null };
  }

  lastIssued(serviceDate: string): string | undefined {
    return this.lastIssuedStmt.get(serviceDate)?.id;
  }

  byLabel(serviceDate: string, prefix: string, number: number): TicketRecord | undefined {
    const row = this.byLabelStmt.get(serviceDate, prefix, number);
    return row ? fromRow(row) : undefined;
  }

  latestServiceDate(): string | null {
    return this.maxServiceDateStmt.get()?.d ?? null;
  }

  update(id: string, patch: TicketPatch): void {
    const keys = (Object.keys(patch) as (keyof TicketPatch)[]).sort();
    const cacheKey = keys.join(',');
    let stmt = this.updateStmts.get(cacheKey);
    if (!stmt) {
      stmt = this.db.prepare(`UPDATE tickets SET ${keys.map((k) => `${PATCH_COLUMNS[k]} = @${k}`).join(', ')} WHERE id = @id`);
      this.updateStmts.set(cacheKey, stmt);
    }
    const params: Record<string, unknown> = { id };
    for (const k of keys) {
      const v = patch[k];
      params[k] = typeof v === 'boolean' ? (v ? 1 : 0) : v;
    }
    const info = stmt.run(params);
    if (info.changes !== 1) throw new Error(`ticket ${id} not found for update`);
  }
}
