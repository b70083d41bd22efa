import Database from 'better-sqlite3';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../helpers/browser';
import { ServedOffice } from '../helpers/servedOffice';

const office = new ServedOffice();
let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await office.remove();
});

const SERVICE_BY_PREFIX: Record<string, string> = { A: 'KTP', B: 'KK' };

/** A visitor at the touchscreen: touches a service and reads the number the screen shows, until the screen stops answering. */
async function touchUntilDead(page: Page, alive: () => boolean, shown: string[]): Promise<void> {
  for (let i = 0; alive(); i++) {
    try {
      await page.getByTestId(`service-${i % 3 === 2 ? 'KK' : 'KTP'}`).click({ timeout: 2000 });
      const number = page.getByTestId('ticket-number');
      await number.waitFor({ timeout: 2000 });
      shown.push((await number.textContent()) ?? '');
      await page.getByTestId('done-button').click({ timeout: 2000 });
    } catch {
      return; // the office died mid-touch: whatever the screen had not shown was never acknowledged
    }
  }
}

/** Issues tickets as fast as 8 LAN kiosks and the touchscreen can until the process dies; returns what was acknowledged. */
async function issueUntilKilled(killAfterMs: number, page: Page): Promise<{ lan: { id: string; label: string }[]; screen: string[] }> {
  const lan: { id: string; label: string }[] = [];
  const screen: string[] = [];
  let alive = true;
  const worker = async (code: string): Promise<void> => {
    while (alive) {
      try {
        const { status, json } = await office.post('tickets.issue', { serviceCode: code });
        if (status === 200) lan.push({ id: json.result.id, label: json.result.label });
      } catch {
        return; // the connection died with the process: that request was never acknowledged
      }
    }
  };
  const workers = ['KTP', 'KTP', 'KTP', 'KK', 'KK', 'KTP', 'KK', 'KTP'].map(worker);
  const visitor = touchUntilDead(page, () => alive, screen);
  // The power fails at this moment of the load (a spread of moments, chosen by the caller): the delay is the test.
  await new Promise((resolve) => setTimeout(resolve, killAfterMs));
  await office.stop(true);
  alive = false;
  await Promise.all([...workers, visitor]);
  return { lan, screen };
}

describe('a power cut (kill -9) while tickets are being issued over the LAN and at the kiosk', () => {
  it('loses no acknowledged ticket, never duplicates a number, and keeps the log and counters in step', async () => {
    const acknowledged: { id: string; label: string }[] = [];
    const shownOnScreen: string[] = [];
    // Under eight LAN kiosks at full speed a touch on the screen takes about a second to show its number
    // (Chromium and the office share two cores), so the last cut comes late enough for several of them.
    for (const killAfter of [150, 420, 90, 300, 230, 900, 1400, 3000]) {
      await office.start();
      const page = await browser.newPage({ viewport: { width: 1080, height: 1920 } });
      await page.goto(`${office.url}/kiosk`);
      await page.getByTestId('service-KTP').waitFor();
      const { lan, screen } = await issueUntilKilled(killAfter, page);
      acknowledged.push(...lan);
      shownOnScreen.push(...screen);
      await page.close();
    }
    expect(acknowledged.length).toBeGreaterThan(50);
    expect(shownOnScreen.length).toBeGreaterThan(3);

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

      // every number the touchscreen showed a visitor is stored, and none was shown twice or also given over the LAN
      const storedLabels = new Set(numbers.map((r) => `${r.issued_service}:${r.number}`));
      for (const label of shownOnScreen) {
        const [prefix = '', num = ''] = label.split('-');
        expect(storedLabels.has(`${SERVICE_BY_PREFIX[prefix]}:${Number(num)}`), label).toBe(true);
      }
      const labels = [...acknowledged.map((t) => t.label), ...shownOnScreen];
      expect(new Set(labels).size).toBe(labels.length);

      // the event log and the daily counters agree with the tickets, service by service
      const events = db.prepare("SELECT t.issued_service AS code, COUNT(*) AS n FROM ticket_events e JOIN tickets t ON t.id = e.ticket_id WHERE e.type = 'issued' GROUP BY t.issued_service").all() as { code: string; n: number }[];
      const counters = db.prepare("SELECT metric, SUM(value) AS n FROM daily_counters WHERE metric LIKE 'tickets.issued.%' GROUP BY metric").all() as { metric: string; n: number }[];
      for (const code of ['KTP', 'KK']) {
        const tickets = numbers.filter((r) => r.issued_service === code).length;
        expect(events.find((e) => e.code === code)?.n, `events ${code}`).toBe(tickets);
        expect(counters.filter((c) => c.metric.startsWith(`tickets.issued.${code}.`)).reduce((s, c) => s + c.n, 0), `counters ${code}`).toBe(tickets);
      }
      const totalEvents = (db.prepare("SELECT COUNT(*) AS n FROM ticket_events WHERE type = 'issued'").get() as { n: number }).n;
      const totalCounted = (db.prepare("SELECT SUM(value) AS n FROM daily_counters WHERE metric LIKE 'tickets.issued.%'").get() as { n: number }).n;
      expect(totalEvents).toBe(numbers.length);
      expect(totalCounted).toBe(numbers.length);
    } finally {
      db.close();
    }
  });
});
