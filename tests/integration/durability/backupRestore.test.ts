import Database from 'better-sqlite3';
import { closeSync, copyFileSync, existsSync, mkdirSync, openSync, readdirSync, renameSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { backupFolder, Backups } from '../../../src/main/durability/backups';
import { HOLDER_FILE, OfficeInUseError } from '../../../src/main/durability/officeLock';
import { restoreBackup, restoreRequest } from '../../../src/main/durability/restore';
import { StorageError } from '../../../src/main/store/database';
import { MIGRATIONS } from '../../../src/main/store/migrations';
import { Store } from '../../../src/main/store/store';
import { OfficeHarness } from '../../helpers/officeHarness';
import { makeTempDir } from '../../helpers/tempDir';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups.splice(0)) c();
});

function office(): OfficeHarness {
  const h = new OfficeHarness();
  cleanups.push(() => {
    h.store.close();
    h.dir.remove();
  });
  return h;
}

function issue(h: OfficeHarness, n: number): void {
  for (let i = 0; i < n; i++) h.issue(i % 2 ? 'KK' : 'KTP');
}

function ticketCount(file: string): number {
  const db = new Database(file, { readonly: true });
  try {
    return (db.prepare('SELECT COUNT(*) AS n FROM tickets').get() as { n: number }).n;
  } finally {
    db.close();
  }
}

describe('the daily online backup', () => {
  it('copies the live database while it serves, names it by the office day, and lists it', async () => {
    const h = office();
    issue(h, 30);
    const backups = h.call('backup.list', {});
    expect(backups.backups).toEqual([]);
    const taken = await h.callAsync('backup.now', {});
    expect(taken).toMatchObject({ fileName: 'loket-2026-11-30.sqlite', date: '2026-11-30', kind: 'daily' });
    const file = join(backupFolder(h.dir.path), taken.fileName);
    expect(ticketCount(file)).toBe(30);
    expect(readdirSync(backupFolder(h.dir.path))).toEqual(['loket-2026-11-30.sqlite']);
    expect(h.call('backup.list', {}).backups.map((b) => b.fileName)).toEqual(['loket-2026-11-30.sqlite']);
    // a single self-contained file: no WAL beside it
    expect(new Database(file, { readonly: true }).pragma('journal_mode', { simple: true })).toBe('delete');
  });

  it('is taken once per day and pruned by the retention rule', async () => {
    const h = office();
    const backups = new Backups(h.store.db, backupFolder(h.dir.path), () => `2026-12-${String(day).padStart(2, '0')}`, h.store.health, {
      daily: 3,
      weekly: 1,
      beforeMigration: 1,
    });
    let day = 1;
    for (; day <= 10; day++) {
      expect(await backups.takeIfDue()).not.toBeNull();
      expect(await backups.takeIfDue()).toBeNull();
    }
    expect(backups.list().map((b) => b.date)).toEqual(['2026-12-10', '2026-12-09', '2026-12-08']);
  });
});

describe('restore', () => {
  it('replaces the database by a backup, keeping the replaced one, and refuses while the office runs', async () => {
    const h = office();
    issue(h, 12);
    const taken = await h.callAsync('backup.now', {});
    issue(h, 5);
    const backupFile = join(backupFolder(h.dir.path), taken.fileName);

    // the harness's open store holds the folder, as a running office does: refused at once, nothing touched
    let refusal: unknown;
    try {
      restoreBackup(h.dir.path, backupFile);
    } catch (err) {
      refusal = err;
    }
    expect(refusal).toBeInstanceOf(OfficeInUseError);
    expect((refusal as Error).message).toContain(`Loket is already running on the data folder ${h.dir.path}: process ${process.pid} (`);
    expect(readdirSync(h.dir.path).filter((f) => f.startsWith('replaced-'))).toEqual([]);
    expect(h.call('office.overview', {}).services.reduce((n, s) => n + s.issuedToday, 0)).toBe(17);

    h.store.close();
    expect(existsSync(join(h.dir.path, HOLDER_FILE))).toBe(false);
    const result = restoreBackup(h.dir.path, backupFile, new Date('2026-11-30T10:00:00Z'));
    expect(result.previousKeptIn).toBe(join(h.dir.path, 'replaced-20261130T100000Z'));
    expect(ticketCount(join(result.previousKeptIn as string, 'loket.sqlite'))).toBe(17);

    h.reopen();
    expect(h.call('office.overview', {}).services.reduce((n, s) => n + s.issuedToday, 0)).toBe(12);
    // numbering continues from the restored state, without gaps or repeats
    expect(h.issue('KTP').label).toBe('A-007');
  });

  it('is not blocked by what a killed office left behind, and refuses a damaged or foreign backup', () => {
    const h = office();
    issue(h, 3);
    h.store.close();
    // a power cut leaves the holder file of a process that no longer exists; only the OS lock counts
    writeFileSync(join(h.dir.path, HOLDER_FILE), JSON.stringify({ pid: 2 ** 22 + 12345, command: 'node out/main/serve.js', since: '2026-11-30T01:00:00.000Z' }));
    const dir = makeTempDir();
    cleanups.push(dir.remove);
    const foreign = join(dir.path, 'other.sqlite');
    new Database(foreign).close();
    expect(() => restoreBackup(h.dir.path, foreign)).toThrow(/not a Loket database/);
    expect(() => restoreBackup(h.dir.path, join(dir.path, 'missing.sqlite'))).toThrow(/There is no backup file/);
    const taken = join(dir.path, 'copy.sqlite');
    copyFileSync(join(h.dir.path, 'loket.sqlite'), taken);
    expect(restoreBackup(h.dir.path, taken).previousKeptIn).not.toBeNull();
    h.reopen();
    expect(h.call('office.overview', {}).services.reduce((n, s) => n + s.issuedToday, 0)).toBe(3);
  });

  it('reads --restore from the command line', () => {
    expect(restoreRequest(['Loket.exe', '--restore', 'C:\\b.sqlite'])).toBe('C:\\b.sqlite');
    expect(restoreRequest(['loket', '--restore=/b.sqlite'])).toBe('/b.sqlite');
    expect(restoreRequest(['loket'])).toBeNull();
  });
});

describe('a damaged database at start', () => {
  it('is refused with a message naming the newest backup and the restore command', async () => {
    const h = office();
    issue(h, 400);
    await h.callAsync('backup.now', {});
    h.store.close();
    const damaged = makeTempDir();
    cleanups.push(damaged.remove);
    copyFileSync(join(h.dir.path, 'loket.sqlite'), join(damaged.path, 'loket.sqlite'));
    copyFileSync(join(backupFolder(h.dir.path), 'loket-2026-11-30.sqlite'), join(damaged.path, 'backup.sqlite'));
    // overwrite bytes in the middle of the file, as a failing disk would
    const file = join(damaged.path, 'loket.sqlite');
    const fd = openSync(file, 'r+');
    writeSync(fd, Buffer.alloc(3000, 0x5a), 0, 3000, Math.floor(statSync(file).size / 2));
    closeSync(fd);
    // the newest backup of that folder
    mkdirSync(backupFolder(damaged.path));
    renameSync(join(damaged.path, 'backup.sqlite'), join(backupFolder(damaged.path), 'loket-2026-11-30.sqlite'));

    let error: unknown;
    try {
      Store.open(damaged.path).close();
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(StorageError);
    const message = (error as Error).message;
    expect(message).toContain(`The office database ${file} is damaged`);
    expect(message).toContain(`Loket --restore "${join(backupFolder(damaged.path), 'loket-2026-11-30.sqlite')}"`);
    expect(message).toContain('npm run restore -- ');

    // and the restore brings the office back
    restoreBackup(damaged.path, join(backupFolder(damaged.path), 'loket-2026-11-30.sqlite'));
    const store = Store.open(damaged.path);
    expect((store.db.prepare('SELECT COUNT(*) AS n FROM tickets').get() as { n: number }).n).toBe(400);
    store.close();
  });

  it('says when there is no backup at all', () => {
    const dir = makeTempDir();
    cleanups.push(dir.remove);
    writeFileSync(join(dir.path, 'loket.sqlite'), Buffer.alloc(8192, 0x41));
    expect(() => Store.open(dir.path)).toThrow(/There is no backup/);
  });
});

describe('before a schema migration', () => {
  it('copies the old database first', () => {
    const dir = makeTempDir();
    cleanups.push(dir.remove);
    const old = new Database(join(dir.path, 'loket.sqlite'));
    for (const m of MIGRATIONS.slice(0, 3)) old.exec(m.sql);
    old.pragma('user_version = 3');
    old.close();
    Store.open(dir.path).close();
    const copies = readdirSync(backupFolder(dir.path));
    expect(copies).toHaveLength(1);
    expect(copies[0]).toMatch(/^loket-\d{4}-\d{2}-\d{2}-before-v4\.sqlite$/);
    const copy = new Database(join(backupFolder(dir.path), copies[0] as string), { readonly: true });
    expect(copy.pragma('user_version', { simple: true })).toBe(3);
    copy.close();
  });
});
