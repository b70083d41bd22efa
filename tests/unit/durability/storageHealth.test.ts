import { afterAll, describe, expect, it } from 'vitest';
import { isStorageFull, LOW_SPACE_BYTES, StorageHealth } from '../../../src/main/durability/storageHealth';
import { LoketError } from '../../../src/shared/api/errors';
import { makeTempDir } from '../../helpers/tempDir';

const dir = makeTempDir('loket-health-');
afterAll(() => dir.remove());

const coded = (code: string) => Object.assign(new Error(code), { code });
const plenty = () => 10 * 1024 * 1024 * 1024;
const none = () => 0;

describe('what counts as a full disk', () => {
  it('is SQLITE_FULL, ENOSPC or EDQUOT anywhere in the cause chain', () => {
    expect(isStorageFull(coded('SQLITE_FULL'), plenty)).toBe(true);
    expect(isStorageFull(coded('ENOSPC'), plenty)).toBe(true);
    expect(isStorageFull(coded('EDQUOT'), plenty)).toBe(true);
    expect(isStorageFull(new Error('cannot open', { cause: coded('ENOSPC') }), plenty)).toBe(true);
  });

  it('is an I/O error, a file that cannot be created or a failed save only when the disk is in fact nearly full', () => {
    for (const err of [coded('SQLITE_IOERR_SHMSIZE'), coded('SQLITE_CANTOPEN'), new LoketError('storage_failed', 'settings not saved')]) {
      expect(isStorageFull(err, none)).toBe(true);
      expect(isStorageFull(err, () => LOW_SPACE_BYTES)).toBe(false);
      expect(isStorageFull(err, () => null)).toBe(false);
    }
  });

  it('is never an everyday refusal or a damaged file', () => {
    expect(isStorageFull(new LoketError('wrong_state', 'not waiting'), none)).toBe(false);
    expect(isStorageFull(coded('SQLITE_CORRUPT'), none)).toBe(false);
    expect(isStorageFull(new TypeError('x is undefined'), none)).toBe(false);
  });
});

describe('the storage health', () => {
  it('turns full once on the first full-disk failure, tells its listeners, and back on recovery', () => {
    const health = new StorageHealth(dir.path);
    const heard: string[] = [];
    health.subscribe((s) => heard.push(`${s.state}:${s.detail ?? ''}`));
    expect(health.report(new LoketError('wrong_state', 'no'), 'request')).toBe(false);
    expect(health.full).toBe(false);
    expect(health.report(coded('SQLITE_FULL'), 'checkpoint')).toBe(true);
    expect(health.report(coded('ENOSPC'), 'log')).toBe(true);
    expect(health.status()).toMatchObject({ state: 'full', detail: 'checkpoint: SQLITE_FULL', since: expect.any(Number) });
    expect(health.status().freeBytes).toBeGreaterThan(0);
    health.recovered();
    health.recovered();
    expect(health.status()).toMatchObject({ state: 'ok', since: null, detail: null });
    expect(heard).toEqual(['full:checkpoint: SQLITE_FULL', 'ok:']);
  });

  it('guards a timer: a full disk is recorded and swallowed, any other failure still thrown', () => {
    const health = new StorageHealth(dir.path);
    expect(() => health.guard('ratings', () => {
      throw coded('SQLITE_FULL');
    })).not.toThrow();
    expect(health.full).toBe(true);
    expect(() => health.guard('ratings', () => {
      throw new TypeError('a bug');
    })).toThrow('a bug');
  });

  it('does not stop issuing over a backup that did not fit when the disk still has room', () => {
    const health = new StorageHealth(dir.path);
    expect(health.reportUnlessRoomLeft(coded('SQLITE_FULL'), 'backup')).toBe(false);
    expect(health.full).toBe(false);
  });
});
