import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { MethodInput, MethodName, MethodOutput } from '../src/shared/api/contract';
import { launchChromium } from '../tests/helpers/browser';

/**
 * npx tsx scripts/screenshots-display.ts http://127.0.0.1:5170 <supervisor-token>
 * Screenshots of the TV display against a running office (best the demo office, which has running
 * text), in landscape 1920x1080 and portrait 1080x1920, into docs/screenshots/: the pairing code, the
 * board still muted (the tap-for-sound banner), and the board with calls. It pairs each screen with the
 * supervisor token and calls real tickets at the office's counters.
 */
const baseUrl = (process.argv[2] ?? 'http://127.0.0.1:5170').replace(/\/+$/, '');
const supervisorToken = process.argv[3] ?? process.env.LOKET_TOKEN ?? '';
const outDir = join(process.cwd(), 'docs', 'screenshots');
const VIEWPORTS = [
  { name: 'landscape', width: 1920, height: 1080 },
  { name: 'portrait', width: 1080, height: 1920 },
] as const;
/** Longer than the flash on a new call, so the picture shows the resting colours. */
const FLASH_MS = 3_500;

async function api<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
  const res = await fetch(`${baseUrl}/api/v1/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${supervisorToken}` },
    body: JSON.stringify(input),
  });
  const body = (await res.json()) as { ok: boolean; result: unknown; error?: { message: string } };
  if (!body.ok) throw new Error(`${method}: ${body.error?.message ?? res.status}`);
  return body.result as MethodOutput<M>;
}

/** Frees every counter, issues a ticket for each service it serves and calls one per counter. */
async function makeCalls(): Promise<void> {
  const snapshot = await api('queue.snapshot', {});
  for (const counter of snapshot.counters) {
    const current = counter.current;
    if (current?.state === 'called') await api('tickets.start', { counter: counter.number, ticketId: current.id });
    if (current?.state === 'called' || current?.state === 'serving') {
      await api('tickets.finish', { counter: counter.number, ticketId: current.id });
    }
    if (counter.state !== 'open') await api('counters.open', { counter: counter.number });
    for (const service of counter.services) await api('tickets.issue', { serviceCode: service });
  }
  for (const counter of snapshot.counters) await api('counters.callNext', { counter: counter.number });
}

async function shoot(page: Page, what: string, orientation: string): Promise<void> {
  const path = join(outDir, `display-${what}-${orientation}.png`);
  await page.screenshot({ path, animations: 'disabled' });
  console.log(path);
}

async function main(): Promise<void> {
  if (!supervisorToken) throw new Error('Pass a supervisor token: npm run token -- --role supervisor');
  mkdirSync(outDir, { recursive: true });
  const browser = await launchChromium();
  try {
    for (const viewport of VIEWPORTS) {
      const context = await browser.newContext({ viewport: { width: viewport.width, height: viewport.height } });
      const page = await context.newPage();
      await page.goto(`${baseUrl}/display?label=${encodeURIComponent(`TV ${viewport.name}`)}`);
      const code = (await page.getByTestId('pairing-code').textContent()) ?? '';
      await shoot(page, 'pairing', viewport.name);

      await api('devices.approve', { code });
      await page.getByTestId('display-board').waitFor();
      await makeCalls();
      // Reloaded and left alone: Playwright's own page calls count as user gestures and would unmute it.
      await page.reload();
      await page.waitForTimeout(FLASH_MS);
      await page.getByTestId('sound-overlay').waitFor();
      await shoot(page, 'muted', viewport.name);

      await page.mouse.click(viewport.width / 2, viewport.height / 2);
      await page.getByTestId('sound-overlay').waitFor({ state: 'detached' });
      await shoot(page, 'calls', viewport.name);
      await context.close();
    }
  } finally {
    await browser.close();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
