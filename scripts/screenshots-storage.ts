import { execFileSync, spawn } from 'node:child_process';
import { closeSync, mkdirSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../tests/helpers/browser';
import { officeClient } from './lib/officeClient';

/**
 * sudo npx tsx scripts/screenshots-storage.ts   (after `npx electron-vite build`)
 * The kiosk (1920×1080, 1080×1920) and the supervisor's monitor (1920×1080) of an office whose disk is
 * really full: the built office runs on a 16 MiB tmpfs with the demo configuration, takes a morning's
 * tickets, then a ballast file fills the disk. Needs root for the mount; everything is removed afterwards.
 */
const outDir = join(process.cwd(), 'docs', 'screenshots');
const SUPERVISOR_PIN = '482915';
const root = mkdtempSync(join(tmpdir(), 'loket-shots-'));
const dataDir = join(root, 'data');

async function until<T>(what: string, fn: () => Promise<T | undefined>): Promise<T> {
  for (let i = 0; i < 300; i++) {
    const value = await fn();
    if (value !== undefined) return value;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`gave up waiting for ${what}`);
}

function fillDisk(file: string): void {
  const fd = openSync(file, 'a');
  try {
    for (const size of [1 << 20, 1 << 16, 1 << 12, 512, 1]) {
      try {
        for (;;) writeSync(fd, Buffer.alloc(size));
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'ENOSPC') throw err;
      }
    }
  } finally {
    closeSync(fd);
  }
}

async function photograph(browser: Browser, baseUrl: string, token: string): Promise<void> {
  for (const [name, width, height] of [['landscape', 1920, 1080], ['portrait', 1080, 1920]] as const) {
    const page = await browser.newPage({ viewport: { width, height } });
    await page.goto(`${baseUrl}/kiosk`);
    await page.getByTestId('kiosk-storage-full').waitFor();
    const path = join(outDir, `kiosk-storage-full-${name}.png`);
    await page.screenshot({ path, animations: 'disabled' });
    console.log(path);
    await page.close();
  }
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  await context.addInitScript(`localStorage.setItem('loket.token', ${JSON.stringify(token)})`);
  const page = await context.newPage();
  await page.goto(`${baseUrl}/supervisor`);
  await page.getByTestId('tab-monitor').click();
  await page.getByTestId('monitor-storage').waitFor();
  for (const [what, scroll] of [['storage-full', false], ['storage-health', true]] as const) {
    // The alert across the top, then the storage line of the health panel below the counters.
    if (scroll) await page.getByTestId('monitor-storage').evaluate((el) => el.closest('section')?.scrollIntoView({ block: 'center' }));
    const path = join(outDir, `supervisor-monitor-${what}-1920x1080.png`);
    await page.screenshot({ path, animations: 'disabled' });
    console.log(path);
  }
  await context.close();
}

async function main(): Promise<void> {
  mkdirSync(dataDir);
  execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=16m', 'tmpfs', dataDir]);
  const office = spawn(process.execPath, ['out/main/serve.js'], {
    env: { ...process.env, LOKET_CONFIG: 'resources/office.demo.json', LOKET_DATA_DIR: dataDir, LOKET_PORT: '0', LOKET_CHECKPOINT_MS: '500' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  office.stdout.on('data', (c: Buffer) => (output += c.toString()));
  const browser = await launchChromium();
  try {
    const baseUrl = await until('the office', async () => /running: (http:\/\/[^\s/]+)/.exec(output)?.[1]);
    const { request, supervisorToken } = officeClient(baseUrl);
    const token = await supervisorToken(SUPERVISOR_PIN);
    for (const [code, n] of [['KTP', 9], ['KK', 5], ['AKTA_LAHIR', 3]] as const) {
      for (let i = 0; i < n; i++) await request('tickets.issue', { serviceCode: code }, token);
    }
    for (const counter of [1, 2, 3]) await request('counters.open', { counter }, token);
    await request('counters.callNext', { counter: 1 }, token);
    // The supervisor has looked at the monitor before (a fresh office makes its sync replica id then).
    await request('monitor.live', {}, token);

    fillDisk(join(dataDir, 'ballast.bin'));
    // The next number meets the full disk (the idle checkpoint would, a few seconds later).
    await request('tickets.issue', { serviceCode: 'KTP' }).catch(() => undefined);
    await until('the full state', async () =>
      (await request<{ storage: { state: string } }>('office.overview', {})).storage.state === 'full' ? true : undefined,
    );
    mkdirSync(outDir, { recursive: true });
    await photograph(browser, baseUrl, token);
  } finally {
    await browser.close();
    const exited = new Promise((r) => office.once('exit', r));
    office.kill('SIGTERM');
    await exited;
    execFileSync('umount', [dataDir]);
    rmSync(root, { recursive: true, force: true });
  }
}

await main();
