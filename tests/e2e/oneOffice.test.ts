import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOLDER_FILE, type LockHolder } from '../../src/main/durability/officeLock';
import { ServedOffice } from '../helpers/servedOffice';

/**
 * One office per data folder: a second `npm run serve`, and seed, token and restore, on a folder a
 * served office holds are refused at once, naming it, and change nothing.
 */
const office = new ServedOffice();
beforeAll(async () => {
  await office.start();
  for (let i = 0; i < 3; i++) await office.call('tickets.issue', { serviceCode: 'KTP' });
});
afterAll(async () => {
  await office.remove();
});

/** Runs node with these arguments to its end; its exit code and everything it printed. */
function run(args: string[], env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  const child = spawn(process.execPath, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr.on('data', (c: Buffer) => (output += c.toString()));
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, output })));
}

const tool = (script: string, ...args: string[]) => ['--import', 'tsx', `scripts/${script}.ts`, ...args];

function holder(): LockHolder {
  return JSON.parse(readFileSync(join(office.dataDir, HOLDER_FILE), 'utf8')) as LockHolder;
}

/** Rows of the tables a refused tool would have written, read without going through the office. */
function counts(): { tickets: number; tokens: number } {
  const db = new Database(join(office.dataDir, 'loket.sqlite'), { readonly: true });
  try {
    const n = (table: string) => (db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
    return { tickets: n('tickets'), tokens: n('device_tokens') };
  } finally {
    db.close();
  }
}

describe('one office per data folder', () => {
  it('refuses a second office at once, naming the running one, which goes on unaffected', async () => {
    const first = holder();
    expect(first.command).toContain('out/main/serve.js');
    const second = await run(['out/main/serve.js'], { LOKET_CONFIG: office.configPath, LOKET_DATA_DIR: office.dataDir, LOKET_PORT: '0' });
    expect(second.code).toBe(1);
    expect(second.output).toContain(`Loket is already running on the data folder ${office.dataDir}: process ${first.pid} (`);
    expect(second.output).not.toContain('Loket is running:');
    // the second one's exit removed nothing of the first's
    expect(holder()).toEqual(first);
    expect((await office.call('tickets.issue', { serviceCode: 'KTP' })).label).toBe('A-004');
  });

  it('refuses seed, token and restore on the running office, and nothing changes', async () => {
    const first = holder();
    const before = counts();
    const backups = join(office.dataDir, 'backups');
    const backup = join(backups, readdirSync(backups)[0] ?? 'none');
    const env = { LOKET_DATA_DIR: office.dataDir };

    const seed = await run(tool('seed', '--days', '3', '--data', office.dataDir, '--config', office.configPath), env);
    const token = await run(tool('token', '--role', 'supervisor'), env);
    const restore = await run(tool('restore', backup), env);
    for (const refused of [seed, token, restore]) {
      expect(refused.code).toBe(1);
      expect(refused.output).toContain(`Loket is already running on the data folder ${office.dataDir}: process ${first.pid} (`);
    }
    expect(seed.output).not.toContain('Seeded');
    expect(restore.output).not.toContain('Restored');

    expect(counts()).toEqual(before);
    expect(readdirSync(office.dataDir).filter((f) => f.startsWith('replaced-'))).toEqual([]);
    expect(holder()).toEqual(first);
    expect((await office.call('tickets.issue', { serviceCode: 'KTP' })).label).toBe('A-005');
  });

  it('restores once the office has stopped', async () => {
    await office.stop();
    expect(existsSync(join(office.dataDir, HOLDER_FILE))).toBe(false);
    const backups = join(office.dataDir, 'backups');
    const restore = await run(tool('restore', join(backups, readdirSync(backups)[0] ?? 'none')), { LOKET_DATA_DIR: office.dataDir });
    expect(restore.output).toContain('Restored');
    expect(restore.code).toBe(0);
    expect(readdirSync(office.dataDir).filter((f) => f.startsWith('replaced-'))).toHaveLength(1);
  });
});
