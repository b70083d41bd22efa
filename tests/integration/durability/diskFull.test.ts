import { afterAll, describe, expect, it } from 'vitest';
import { probeStorage } from '../../../src/main/durability/storageProbe';
import { OfficeHarness } from '../../helpers/officeHarness';

const h = new OfficeHarness();
afterAll(() => {
  h.store.close();
  h.dir.remove();
});

const kiosk = { role: 'kiosk', via: 'test' } as const;

describe('a full disk', () => {
  it('turns the office to "storage full": tickets refused cleanly, reads served, nothing lost, and it resumes when there is room', async () => {
    h.issue('KTP');
    // SQLite's page limit stands in for a full disk: the next page it needs cannot be had (SQLITE_FULL).
    // The tmpfs tests (tests/e2e/storageFull.test.ts) fill a real disk under a served office.
    const pages = h.store.db.pragma('page_count', { simple: true }) as number;
    h.store.db.pragma(`max_page_count = ${pages}`);

    let refusal: Awaited<ReturnType<OfficeHarness['failAsync']>> | null = null;
    for (let i = 0; i < 5000 && !refusal; i++) {
      const out = await h.dispatcher.dispatch('tickets.issue', { serviceCode: i % 2 ? 'KK' : 'KTP' }, kiosk);
      if (!out.ok) refusal = out;
    }
    expect(refusal?.status).toBe(503);
    expect(refusal?.error.code).toBe('storage_full');
    expect(refusal?.error.message).toMatch(/disk is full \(SQLITE_FULL\); nothing was changed/);

    // the state, pushed to the screens, read by the kiosk and the supervisor
    expect(h.store.health.status()).toMatchObject({ state: 'full', detail: 'transaction: SQLITE_FULL' });
    expect(h.events.filter((e) => e.type === 'storage.status').map((e) => e.payload)).toEqual([{ status: expect.objectContaining({ state: 'full' }) }]);
    expect(h.call('office.overview', {}).storage).toEqual({ state: 'full' });
    const monitor = h.call('monitor.live', {});
    expect(monitor.storage.state).toBe('full');
    expect(monitor.alerts).toContainEqual(expect.objectContaining({ kind: 'storage_full', severity: 'critical' }));
    expect(h.call('queue.snapshot', {}).services.length).toBeGreaterThan(0);

    // while full, a new number is refused before anything is tried
    const again = await h.dispatcher.dispatch('tickets.issue', { serviceCode: 'KTP' }, kiosk);
    expect(again).toMatchObject({ ok: false, status: 503, error: { code: 'storage_full' } });
    // the idle checkpoint does not throw
    expect(() => h.store.checkpointWhenIdle(0)).not.toThrow();

    const db = h.store.db;
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    const tickets = (db.prepare('SELECT COUNT(*) AS n FROM tickets').get() as { n: number }).n;
    const issued = (db.prepare("SELECT COUNT(*) AS n FROM ticket_events WHERE type = 'issued'").get() as { n: number }).n;
    const counted = (db.prepare("SELECT SUM(value) AS n FROM daily_counters WHERE metric LIKE 'tickets.issued.%'").get() as { n: number }).n;
    expect(issued).toBe(tickets);
    expect(counted).toBe(tickets);

    // once there is room again the probe resumes issuing, and numbering goes on without a gap
    db.pragma('max_page_count = 1073741823');
    expect(probeStorage(h.store)).toBe(true);
    expect(h.store.health.status().state).toBe('ok');
    expect(h.events.filter((e) => e.type === 'storage.status').at(-1)?.payload).toEqual({ status: expect.objectContaining({ state: 'ok', since: null }) });
    expect(h.call('office.overview', {}).storage).toEqual({ state: 'ok' });
    h.issue('KTP');
    const numbers = (db.prepare("SELECT number FROM tickets WHERE issued_service = 'KTP' ORDER BY number").all() as { number: number }[]).map((r) => r.number);
    expect(numbers).toEqual(numbers.map((_, i) => i + 1));
  });
});
