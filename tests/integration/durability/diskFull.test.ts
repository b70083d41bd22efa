import { afterAll, describe, expect, it } from 'vitest';
import { OfficeHarness } from '../../helpers/officeHarness';

const h = new OfficeHarness();
afterAll(() => {
  h.store.close();
  h.dir.remove();
});

describe('a full disk', () => {
  it('answers storage_failed with a clear message, changes nothing, and leaves the database intact', async () => {
    h.issue('KTP');
    // SQLite's page limit stands in for a full disk: the next page it needs cannot be had (SQLITE_FULL).
    const pages = h.store.db.pragma('page_count', { simple: true }) as number;
    h.store.db.pragma(`max_page_count = ${pages}`);

    let refusal: Awaited<ReturnType<OfficeHarness['failAsync']>> | null = null;
    for (let i = 0; i < 5000 && !refusal; i++) {
      const out = await h.dispatcher.dispatch('tickets.issue', { serviceCode: i % 2 ? 'KK' : 'KTP' }, { role: 'kiosk', via: 'test' });
      if (!out.ok) refusal = out;
    }
    expect(refusal).not.toBeNull();
    expect(refusal?.status).toBe(503);
    expect(refusal?.error.code).toBe('storage_failed');
    expect(refusal?.error.message).toMatch(/could not save the change \(SQLITE_FULL\); nothing was changed/);

    const db = h.store.db;
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    const tickets = (db.prepare('SELECT COUNT(*) AS n FROM tickets').get() as { n: number }).n;
    const issued = (db.prepare("SELECT COUNT(*) AS n FROM ticket_events WHERE type = 'issued'").get() as { n: number }).n;
    const counted = (db.prepare("SELECT SUM(value) AS n FROM daily_counters WHERE metric LIKE 'tickets.issued.%'").get() as { n: number }).n;
    expect(issued).toBe(tickets);
    expect(counted).toBe(tickets);

    // once there is room again, numbering goes on without a gap
    db.pragma('max_page_count = 1073741823');
    h.issue('KTP');
    const numbers = (db.prepare("SELECT number FROM tickets WHERE issued_service = 'KTP' ORDER BY number").all() as { number: number }[]).map((r) => r.number);
    expect(numbers).toEqual(numbers.map((_, i) => i + 1));
  });
});
