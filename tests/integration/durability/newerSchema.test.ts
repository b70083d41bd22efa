import Database from 'better-sqlite3';
import { execSync } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { backupFolder } from '../../../src/main/durability/backups';
import { readSchemaVersion } from '../../../src/main/durability/schemaVersion';
import { StorageError } from '../../../src/main/store/database';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../../src/main/store/migrations';
import { Store } from '../../../src/main/store/store';
import { makeTempDir } from '../../helpers/tempDir';

/**
 * A rollback after an update: the newer Loket migrated the office database past what this build knows.
 * The start must stop before touching it and name the newest backup this build can read, with a command
 * that really restores it.
 */
const NEWER = LATEST_SCHEMA_VERSION + 1;

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups.splice(0)) c();
});

function dataDir(): string {
  const dir = makeTempDir('loket-newer-');
  cleanups.push(dir.remove);
  return dir.path;
}

/** A real Loket database at `version`: this build's schema, plus a table of the newer one above it. */
function writeDatabase(file: string, version: number): void {
  const db = new Database(file);
  try {
    for (const m of MIGRATIONS) db.exec(m.sql);
    if (version > LATEST_SCHEMA_VERSION) db.exec('CREATE TABLE newer_feature (id INTEGER PRIMARY KEY)');
    db.pragma(`user_version = ${version}`);
  } finally {
    db.close();
  }
}

/** The office database as the newer Loket left it: created by this build, then migrated past it. */
function officeFromNewerLoket(dir: string): string {
  Store.open(dir).close();
  const file = join(dir, 'loket.sqlite');
  const db = new Database(file);
  db.exec('CREATE TABLE newer_feature (id INTEGER PRIMARY KEY)');
  db.pragma(`user_version = ${NEWER}`);
  db.close();
  return file;
}

function startError(dir: string): Error {
  try {
    Store.open(dir).close();
  } catch (err) {
    return err as Error;
  }
  throw new Error('the start was not refused');
}

function schemaOf(file: string): { version: number; newerTable: boolean } {
  const db = new Database(file, { readonly: true });
  try {
    const newerTable = db.prepare("SELECT 1 FROM sqlite_master WHERE name = 'newer_feature'").get() !== undefined;
    return { version: db.pragma('user_version', { simple: true }) as number, newerTable };
  } finally {
    db.close();
  }
}

describe('a database from a newer Loket', () => {
  it('stops the start, naming both versions and the restore of the newest backup this build can read', () => {
    const dir = dataDir();
    const file = officeFromNewerLoket(dir);
    const backups = backupFolder(dir);
    mkdirSync(backups);
    const older = join(backups, 'loket-2026-03-13.sqlite');
    const newer = join(backups, 'loket-2026-03-14.sqlite');
    writeDatabase(older, LATEST_SCHEMA_VERSION);
    writeDatabase(newer, NEWER);

    const error = startError(dir);
    expect(error).toBeInstanceOf(StorageError);
    const message = error.message;
    expect(message).toContain(`The office database ${file} has schema version ${NEWER}, written by a newer Loket`);
    expect(message).toContain(`this Loket knows schema versions up to ${LATEST_SCHEMA_VERSION}`);
    expect(message).toContain(`restore the newest backup this Loket can read, ${older} (schema version ${LATEST_SCHEMA_VERSION})`);
    expect(message).toContain(`Loket --restore "${older}"`);
    const browserMode = `LOKET_DATA_DIR="${dir}" npm run restore -- "${older}"`;
    expect(message).toContain(browserMode);
    expect(message).not.toContain(newer);

    // nothing was migrated, backed up or left locked
    expect(schemaOf(file)).toEqual({ version: NEWER, newerTable: true });
    expect(readdirSync(backups).sort()).toEqual(['loket-2026-03-13.sqlite', 'loket-2026-03-14.sqlite']);
    expect(startError(dir)).toBeInstanceOf(StorageError);

    // the command in the message brings the office back on the older backup, keeping the newer database
    execSync(browserMode, { stdio: 'pipe' });
    const store = Store.open(dir);
    expect(store.db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    store.close();
    const kept = readdirSync(dir).find((f) => f.startsWith('replaced-'));
    expect(schemaOf(join(dir, kept as string, 'loket.sqlite'))).toEqual({ version: NEWER, newerTable: true });
  }, 60_000);

  it('says what to do when every backup is newer too', () => {
    const dir = dataDir();
    officeFromNewerLoket(dir);
    mkdirSync(backupFolder(dir));
    writeDatabase(join(backupFolder(dir), 'loket-2026-03-14.sqlite'), NEWER);

    const message = startError(dir).message;
    expect(message).toContain(`There is no backup with schema version ${LATEST_SCHEMA_VERSION} or older`);
    expect(message).toContain(`Install the newer Loket again (one that knows schema version ${NEWER})`);
    expect(message).not.toContain('--restore');
  });
});

describe('reading a backup\'s schema version', () => {
  it('reads it from the file header, and gives null for a file that is not a database', () => {
    const dir = dataDir();
    writeDatabase(join(dir, 'a.sqlite'), 5);
    writeFileSync(join(dir, 'b.sqlite'), Buffer.alloc(8192, 0x41));
    expect(readSchemaVersion(join(dir, 'a.sqlite'))).toBe(5);
    expect(readSchemaVersion(join(dir, 'b.sqlite'))).toBeNull();
    expect(readSchemaVersion(join(dir, 'missing.sqlite'))).toBeNull();
  });
});
