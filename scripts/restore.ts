import { resolve } from 'node:path';
import { readEnvironment } from '../src/main/environment';
import { OfficeInUseError } from '../src/main/durability/officeLock';
import { RestoreError, restoreBackup } from '../src/main/durability/restore';

/**
 * npm run restore -- <backup file>: replaces the office database (LOKET_DATA_DIR, default ./data) by a
 * backup. Refuses while any process holds that folder (a running office, seed, token); the replaced
 * database is kept, never deleted.
 */
const file = process.argv[2];
if (!file) {
  console.error('Usage: npm run restore -- <backup file>   (e.g. data/backups/loket-2025-03-14.sqlite)');
  process.exit(2);
}
const { dataDir } = readEnvironment(process.env, { dataDir: 'data', configPath: 'resources/office.example.json' });
try {
  const result = restoreBackup(dataDir, resolve(file));
  console.log(`Restored ${result.restoredFrom} into ${dataDir}.`);
  if (result.previousKeptIn) console.log(`The replaced database was kept in ${result.previousKeptIn}.`);
  console.log('Start Loket again (npm run serve, or the kiosk service).');
} catch (err) {
  console.error(err instanceof RestoreError || err instanceof OfficeInUseError ? err.message : `Restore failed: ${String(err)}`);
  process.exit(1);
}
