import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { RotatingLog } from '../../../src/main/durability/logFile';
import { makeTempDir } from '../../helpers/tempDir';

const dir = makeTempDir('loket-log-');
afterAll(() => dir.remove());

describe('RotatingLog', () => {
  it('rotates by size and keeps a bounded number of files', () => {
    const logs = join(dir.path, 'logs');
    const log = new RotatingLog(logs, { maxBytes: 200, keep: 3 });
    for (let i = 0; i < 100; i++) log.write(`line ${String(i).padStart(3, '0')} ${'x'.repeat(30)}`);
    expect(readdirSync(logs).sort()).toEqual(['loket.1.log', 'loket.2.log', 'loket.3.log', 'loket.log']);
    for (const f of readdirSync(logs)) expect(readFileSync(join(logs, f)).length).toBeLessThanOrEqual(200);
    expect(readFileSync(join(logs, 'loket.log'), 'utf8')).toContain('line 099');
    expect(readFileSync(join(logs, 'loket.1.log'), 'utf8')).not.toContain('line 099');
  });

  it('continues an existing file after a restart, and never throws when it cannot write', () => {
    const logs = join(dir.path, 'again');
    new RotatingLog(logs, { maxBytes: 1000, keep: 2 }).write('first');
    new RotatingLog(logs, { maxBytes: 1000, keep: 2 }).write('second');
    expect(readFileSync(join(logs, 'loket.log'), 'utf8')).toBe('first\nsecond\n');
    // a data "folder" that is a file: nothing can be created below it
    writeFileSync(join(dir.path, 'blocker'), '');
    const broken = new RotatingLog(join(dir.path, 'blocker', 'logs'));
    const failures: string[] = [];
    broken.onWriteFailure = (err) => failures.push((err as NodeJS.ErrnoException).code ?? '');
    expect(() => broken.write('nothing')).not.toThrow();
    expect(existsSync(join(dir.path, 'blocker', 'logs'))).toBe(false);
    expect(failures).toEqual(['ENOTDIR']);
  });

  it('makes its folder when a line is due, if it could not at start (a full disk then)', () => {
    const logs = join(dir.path, 'later', 'logs');
    const log = new RotatingLog(logs);
    rmSync(join(dir.path, 'later'), { recursive: true });
    log.write('after the disk had room again');
    expect(readFileSync(join(logs, 'loket.log'), 'utf8')).toBe('after the disk had room again\n');
  });
});
