import type { OfficeHarness } from '../../helpers/officeHarness';
import { FileSecretStore } from '../../../src/main/sync/secretStore';
import { SyncClient, type PushOutcome, type SyncClientOptions } from '../../../src/main/sync/syncClient';

/** Fast timings so a test sees many retries in a second or two. */
export const FAST: Partial<SyncClientOptions> = {
  debounceMs: 20,
  intervalMs: 200,
  probeMs: 50,
  requestTimeoutMs: 1000,
  rowsPerBatch: 50,
  backoff: { baseMs: 10, capMs: 200 },
};

export function syncClientFor(h: OfficeHarness, options: Partial<SyncClientOptions> = FAST): SyncClient {
  const sync = new SyncClient(h.store, new FileSecretStore(h.dir.path), h.clock, options);
  h.store.daily.onAdd(() => sync.notifyChange());
  return sync;
}

/** One change of `rows` counter rows (a month of seeded history settles as one), over 30 days up to 2026-11-29. */
export function oneLargeChange(h: OfficeHarness, rows: number): void {
  const deltas = Array.from({ length: rows }, (_, i) => ({
    serviceDate: new Date(Date.UTC(2026, 9, 31 + (i % 30))).toISOString().slice(0, 10),
    metric: `tickets.issued.S${Math.floor(i / 30)}.regular`,
    delta: 1 + (i % 17),
  }));
  h.store.transaction(() => h.store.daily.add(deltas));
}

/** Every daily counter of the kiosk, in the server's shape. */
export function kioskCounters(h: OfficeHarness): { date: string; metric: string; value: number }[] {
  return (h.store.db.prepare('SELECT service_date AS date, metric, value FROM daily_counters').all() as { date: string; metric: string; value: number }[]).sort((a, b) =>
    (a.date + a.metric).localeCompare(b.date + b.metric),
  );
}

/** Some real queue work: issue, call, serve, no-show and cancel across services and counters. */
export function officeWork(h: OfficeHarness, round: number): void {
  const services = ['KTP', 'KK', 'AKTA'];
  const service = services[round % 3] as string;
  try {
    const t = h.issue(service, round % 5 === 0 ? 'lansia' : undefined);
    h.clock.advance(0.2);
    if (round % 7 === 3) h.call('tickets.cancel', { ticketId: t.id, reason: 'pulang' });
  } catch {
    // AKTA has a daily quota: a refused ticket is part of a real day.
  }
  const counter = 1 + (round % 3);
  const called = h.call('counters.callNext', { counter }).ticket;
  if (!called) return;
  h.clock.advance(0.3);
  if (round % 4 === 1) {
    h.call('tickets.noShow', { counter, ticketId: called.id });
    return;
  }
  h.call('tickets.start', { counter, ticketId: called.id });
  h.clock.advance(0.5);
  h.call('tickets.finish', { counter, ticketId: called.id });
}

/**
 * The kiosk's days before its enrolment (seeded history), which wait for the supervisor's word on their
 * date (sync.confirmDates gives it).
 */
export function daysBeforeEnrolment(h: OfficeHarness, enrolledOn: string): string[] {
  return [...new Set(kioskCounters(h).map((r) => r.date))].filter((d) => d < enrolledOn).sort();
}

/** The pause between two rounds of office work while the sync client pushes: the pacing of the load, not a wait for state. */
const PACE_MS = 8;

/** Office work for rounds [from, to) while the started sync client pushes on its own, so batches are read mid-change. */
export async function workWhilePushing(h: OfficeHarness, from: number, to: number): Promise<void> {
  for (let round = from; round < to; round++) {
    officeWork(h, round);
    await new Promise((resolve) => setTimeout(resolve, PACE_MS));
  }
}

/** Office work for rounds [from, to), then one push round on demand; its outcome. */
export async function workThenPush(h: OfficeHarness, sync: SyncClient, from: number, to: number): Promise<PushOutcome> {
  for (let round = from; round < to; round++) officeWork(h, round);
  return sync.pushNow();
}
