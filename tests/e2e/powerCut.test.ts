import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ServedOffice } from '../helpers/servedOffice';

const office = new ServedOffice();
afterAll(() => office.remove());

/** Issues tickets as fast as 8 kiosks can until the process dies; returns what was acknowledged. */
async function issueUntilKilled(killAfterMs: number): Promise<{ id: string; label: string }[]> {
  const acknowledged: { id: string; label: string }[] = [];
  let alive = true;
  const worker = async (code: string): Promise<void> => {
    while (alive) {
      try {
        const { status, json } = await office.post('tickets.issue', { serviceCode: code });
        if (status === 200) acknowledged.push({ id: json.result.id, label: json.result.label });
      } catch {
        return; // the connection died with the process: that request was never acknowledged
      }
    }
  };
  const workers = ['KTP', 'KTP', 'KTP', 'KK', 'KK', 'KTP', 'KK', 'KTP'].map(worker);
  await new Promise((r) => setTimeout(r, killAfterMs));
  await office.stop(true);
  alive = false;
  await Promise.all(workers);
  return acknowledged;
}

describe('a power cut (kill -9) while tickets are being issued', () => {
  it('loses no acknowledged ticket, never duplicates a number, and keeps the log and counters in step', async () => {
    const acknowledged: { id: string; label: string }[] = [];
    for (const killAfter of [150, 420, 90, 300, 230]) {
      await office.start();
      acknowledged.push(...(await issueUntilKilled(killAfter)));
    }
    expect(acknowledged.length).toBeGreaterThan(50);

    const db = new Database(join(office.dataDir, 'loket.sqlite'), { readonly: true });
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      const stored = new Set((db.prepare('SELECT id FROM tickets').all() as { id: string }[]).map((r) => r.id));
      const missing = acknowledged.filter((t) => !stored.has(t.id));
      expect(missing).toEqual([]);

      const numbers = db.prepare('SELECT issued_service, number FROM tickets ORDER BY issued_service, number').all() as {
        issued_service: string;
        number: number;
      }[];
      for (const code of ['KTP', 'KK']) {
        const n = numbers.filter((r) => r.issued_service === code).map((r) => r.number);
        // consecutive from 1: no duplicate and no gap, even across the kills
        expect(n).toEqual(Array.from({ length: n.length }, (_, i) => i + 1));
      }
      const labels = acknowledged.map((t) => t.label);
      expect(new Set(labels).size).toBe(labels.length);

      const events = (db.prepare("SELECT COUNT(*) AS n FROM ticket_events WHERE type = 'issued'").get() as { n: number }).n;
      const counted = (db.prepare("SELECT SUM(value) AS n FROM daily_counters WHERE metric LIKE 'tickets.issued.%'").get() as { n: number }).n;
      expect(events).toBe(numbers.length);
      expect(counted).toBe(numbers.length);
    } finally {
      db.close();
    }
  });
});
