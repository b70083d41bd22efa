import { describe, expect, it } from 'vitest';
import { restoreCommand } from '../../../src/renderer/src/screens/supervisor/system/restoreCommand';

describe('restoreCommand (Sistem › Cadangan data)', () => {
  it('names the data folder (the backup folder’s parent) and the backup file', () => {
    expect(restoreCommand('/var/lib/loket/backups', 'loket-2026-03-14.sqlite')).toBe(
      'LOKET_DATA_DIR=/var/lib/loket npm run restore -- /var/lib/loket/backups/loket-2026-03-14.sqlite',
    );
  });

  it('quotes folders with spaces as one shell word', () => {
    expect(restoreCommand('/home/op/Loket data/backups/', 'loket-2026-03-14.sqlite')).toBe(
      "LOKET_DATA_DIR='/home/op/Loket data' npm run restore -- '/home/op/Loket data/backups/loket-2026-03-14.sqlite'",
    );
  });

  it('keeps Windows separators', () => {
    expect(restoreCommand('C:\\ProgramData\\Loket\\backups', 'loket-2026-03-14.sqlite')).toBe(
      'LOKET_DATA_DIR=C:\\ProgramData\\Loket npm run restore -- C:\\ProgramData\\Loket\\backups\\loket-2026-03-14.sqlite',
    );
  });
});
