import { execFileSync, spawn } from 'node:child_process';
import { closeSync, mkdirSync, openSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { launchChromium } from '../helpers/browser';
import { ServedOffice } from '../helpers/servedOffice';
import { mintTestToken } from '../helpers/token';

/**
 * A real served office on a tiny tmpfs that fills up: the office must stay up, refuse numbers cleanly,
 * keep answering reads, and resume by itself once space is freed; a start on a full disk must wait and
 * retry, not crash-loop. Mounting needs root (CI runs as root).
 */
const isRoot = process.getuid?.() === 0;
if (!isRoot) console.warn('storageFull.test.ts skipped: mounting the tiny tmpfs that stands in for a full disk needs root.');

const FAST = { LOKET_CHECKPOINT_MS: '300', LOKET_STORAGE_PROBE_MS: '300', LOKET_START_RETRY_MS: '500' };

const office = new ServedOffice();
const ballast = join(office.dataDir, 'ballast.bin');
let mounted = false;
let counterToken = '';
let browser: Browser | null = null;

/** Writes a file until the disk refuses: ever smaller chunks, so not even a page is left. */
function fillDisk(): void {
  const fd = openSync(ballast, 'a');
  try {
    for (const size of [1 << 20, 1 << 16, 1 << 12, 512, 1]) {
      const chunk = Buffer.alloc(size, 0x55);
      try {
        for (;;) writeSync(fd, chunk);
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'ENOSPC') throw err;
      }
    }
  } finally {
    closeSync(fd);
  }
}

/** Polls until fn gives a value (a state reached, not a duration measured). */
function until<T>(what: string, fn: () => Promise<T | undefined> | T | undefined, timeout = 30_000): Promise<T> {
  return vi.waitFor(
    async () => {
      const value = await fn();
      if (value === undefined) throw new Error(`still waiting for ${what}`);
      return value;
    },
    { timeout, interval: 100 },
  );
}

/** Every KTP number the office holds, waiting or at a counter, in order. */
async function ktpNumbers(): Promise<string[]> {
  const snapshot = await office.call('queue.snapshot', {}, counterToken);
  const waiting = snapshot.services.find((s) => s.code === 'KTP')?.waiting ?? [];
  const atCounters = snapshot.counters.flatMap((c) => (c.current ? [c.current] : []));
  return [...waiting, ...atCounters].map((t) => t.label).sort();
}

const labels = (from: number, to: number): string[] => Array.from({ length: to - from + 1 }, (_, i) => `A-${String(from + i).padStart(3, '0')}`);

beforeAll(async () => {
  if (!isRoot) return;
  browser = await launchChromium();
  mkdirSync(office.dataDir, { recursive: true });
  execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=8m', 'tmpfs', office.dataDir]);
  mounted = true;
  counterToken = mintTestToken(office.dataDir, 'counter', 1);
});

afterAll(async () => {
  await browser?.close();
  await office.stop();
  if (mounted) execFileSync('umount', [office.dataDir]);
  await office.remove();
});

describe.skipIf(!isRoot)('a full disk under a running office', () => {
  it('keeps the office up through the idle checkpoint, refuses numbers with storage_full, serves reads, and resumes by itself', async () => {
    await office.start(FAST);
    await office.call('counters.open', { counter: 1 }, counterToken);
    const kiosk = await (browser as Browser).newPage({ viewport: { width: 1080, height: 1920 } });
    await kiosk.goto(`${office.url}/kiosk`);
    await kiosk.getByTestId('service-KTP').waitFor();
    // enough tickets that the database file must grow when the WAL is copied back into it
    const before: string[] = [];
    for (let i = 0; i < 100; i++) before.push((await office.call('tickets.issue', { serviceCode: 'KTP' })).label);

    // the disk fills while those tickets are still only in the WAL: the idle checkpoint is the first to
    // meet it (this is what killed the office ~15 s after the disk filled)
    fillDisk();
    const full = await until('the office to notice the full disk', async () => {
      const overview = await office.call('office.overview', {});
      return overview.storage.state === 'full' ? overview : undefined;
    });
    expect(full.storage).toEqual({ state: 'full' });
    expect(office.output).toMatch(/\[storage\] the disk holding .* is full \(checkpoint: SQLITE_FULL\)/);
    // the kiosk on screen is told at once (an event), before anyone touches it
    await kiosk.getByTestId('kiosk-storage-full').waitFor();
    expect(await kiosk.getByTestId('kiosk-storage-full').textContent()).toContain('Penyimpanan penuh, hubungi petugas.');

    // a number is refused cleanly, again and again; the process is still there to say so
    for (let i = 0; i < 3; i++) {
      const refused = await office.post('tickets.issue', { serviceCode: 'KTP' });
      expect(refused.status).toBe(503);
      expect(refused.json.error.code).toBe('storage_full');
    }
    // reads go on: the kiosk's overview, the counter's queue, the TV's calls
    const snapshot = await office.call('queue.snapshot', {}, counterToken);
    expect(snapshot.services.find((s) => s.code === 'KTP')?.waiting.map((t) => t.label)).toEqual(before);
    expect(await office.call('calls.recent', { limit: 5 }, counterToken)).toEqual([]);
    // a call writes too: it either fits or is refused as storage_full, never a crash
    const call = await office.post('counters.callNext', { counter: 1 }, counterToken);
    expect(call.status === 200 || call.json.error.code === 'storage_full').toBe(true);
    expect(office.output).not.toMatch(/Loket stopped on an unexpected error/);

    // space is freed: the probe finds it, and issuing resumes with the next number
    rmSync(ballast);
    await until('issuing to resume', async () => ((await office.call('office.overview', {})).storage.state === 'ok' ? true : undefined));
    await kiosk.getByTestId('service-KTP').click();
    await kiosk.getByTestId('ticket-number').waitFor();
    expect(await kiosk.getByTestId('ticket-number').textContent()).toBe('A-101');
    await kiosk.close();
    expect(office.output).toMatch(/\[storage\] the disk holding .* has room again; issuing resumes/);
    // every number once, none lost, none given twice
    expect(await ktpNumbers()).toEqual(labels(1, 101));
  });

  it('at start says the disk is full and tries again, without exiting, until there is room', async () => {
    // a clean stop removes the WAL's shared-memory file, which the next start must create on a full disk
    await office.stop();
    fillDisk();
    const child = spawn(process.execPath, ['out/main/serve.js'], {
      env: { ...process.env, LOKET_CONFIG: office.configPath, LOKET_DATA_DIR: office.dataDir, LOKET_PORT: '0', ...FAST },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (c: Buffer) => (output += c.toString()));
    child.stderr.on('data', (c: Buffer) => (output += c.toString()));
    try {
      const waiting = `Penyimpanan penuh / The disk holding ${office.dataDir} is full (`;
      await until('the full-disk message to repeat', () => (output.split(waiting).length > 2 ? true : undefined));
      expect(output).toMatch(/is full \(0\.\d MiB free\); Loket will try again in 1 s\./);
      expect(child.exitCode).toBeNull();

      rmSync(ballast);
      office.url = await until('the office to come up', () => /running: (http:\/\/[^\s/]+)/.exec(output)?.[1]);
      expect((await office.call('tickets.issue', { serviceCode: 'KTP' })).label).toBe('A-102');
      expect(await ktpNumbers()).toEqual(labels(1, 102));
    } catch (err) {
      throw new Error(`${(err as Error).message}\n${output}`);
    } finally {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    }
  });
});
