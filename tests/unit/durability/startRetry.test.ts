import { describe, expect, it } from 'vitest';
import { startWhenStorageAllows, storageFullAtStartMessage } from '../../../src/main/durability/startRetry';
import { StorageError } from '../../../src/main/store/database';

const MiB = 1024 * 1024;
const sqlite = (code: string) => Object.assign(new Error(code), { code });

/** A start that fails with the given errors in turn, then succeeds; records what the loop said and waited. */
function scripted(failures: unknown[], free: number | null) {
  const said: string[] = [];
  const waited: number[] = [];
  let attempts = 0;
  const run = startWhenStorageAllows({
    dataDir: '/var/lib/loket',
    retryMs: 30_000,
    start: async () => {
      const failure = failures[attempts++];
      if (failure) throw failure;
      return 'office';
    },
    onWaiting: (m) => said.push(m),
    free: () => free,
    wait: async (ms) => {
      waited.push(ms);
    },
  });
  return { run, said, waited, attempts: () => attempts };
}

describe('a start on a full disk', () => {
  it('says so in both languages with the folder and the free space', () => {
    expect(storageFullAtStartMessage('/var/lib/loket', 0.25 * MiB, 30_000)).toBe(
      'Penyimpanan penuh / The disk holding /var/lib/loket is full (0.3 MiB free); Loket will try again in 30 s.',
    );
    expect(storageFullAtStartMessage('C:\\ProgramData\\Loket', null, 5_000)).toContain('(free space unknown); Loket will try again in 5 s.');
  });

  it('waits and tries again while opening, migrating or creating the WAL fails for lack of space, then starts', async () => {
    const enospc = Object.assign(new Error('ENOSPC: no space left on device, mkdir'), { code: 'ENOSPC' });
    const { run, said, waited, attempts } = scripted(
      [sqlite('SQLITE_FULL'), sqlite('SQLITE_IOERR_SHMSIZE'), new StorageError('The data folder cannot be written (ENOSPC).', { cause: enospc })],
      0,
    );
    await expect(run).resolves.toBe('office');
    expect(attempts()).toBe(4);
    expect(waited).toEqual([30_000, 30_000, 30_000]);
    expect(said).toHaveLength(3);
    expect(said[0]).toBe('Penyimpanan penuh / The disk holding /var/lib/loket is full (0.0 MiB free); Loket will try again in 30 s.');
  });

  it('gives up at once on anything else: a bad configuration, a damaged database, an I/O error with room left', async () => {
    const damaged = new StorageError('The office database is damaged');
    const first = scripted([damaged], 0);
    await expect(first.run).rejects.toBe(damaged);
    expect(first.said).toEqual([]);

    const ioWithRoom = sqlite('SQLITE_IOERR_WRITE');
    const second = scripted([ioWithRoom], 500 * MiB);
    await expect(second.run).rejects.toBe(ioWithRoom);
    expect(second.waited).toEqual([]);
  });
});
