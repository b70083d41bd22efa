import { join } from 'node:path';

/** A backup the running build can open, with the schema version read from it. */
export interface ReadableBackup {
  path: string;
  version: number;
}

export interface NewerSchema {
  dbFile: string;
  dataDir: string;
  /** The database's schema version, written by a newer Loket. */
  dbVersion: number;
  /** The newest schema version this build's migrations know. */
  knownVersion: number;
  backup: ReadableBackup | null;
}

/**
 * What the office IT officer reads when a rolled-back Loket finds a database a newer one has upgraded:
 * serving from it could misread or overwrite what the newer schema holds, so the start stops here.
 */
export function newerSchemaMessage({ dbFile, dataDir, dbVersion, knownVersion, backup }: NewerSchema): string {
  const lines = [
    `The office database ${dbFile} has schema version ${dbVersion}, written by a newer Loket; this Loket knows schema versions up to ${knownVersion}.`,
    'Loket will not serve from it: an older Loket could misread or damage what the newer one wrote.',
  ];
  if (backup) {
    lines.push(
      `Install the newer Loket again, or restore the newest backup this Loket can read, ${backup.path} (schema version ${backup.version}):`,
      `  installed kiosk:  Loket --restore "${backup.path}"`,
      `  browser mode:     LOKET_DATA_DIR="${dataDir}" npm run restore -- "${backup.path}"`,
      `The restore keeps this database in ${join(dataDir, 'replaced-<time>')}; tickets issued after that backup are not in it.`,
      'docs/backups.md: "A database from a newer Loket".',
    );
  } else {
    lines.push(
      `There is no backup with schema version ${knownVersion} or older in the data folder's "backups" folder.`,
      `Install the newer Loket again (one that knows schema version ${dbVersion}); do not delete the database, it holds the office's history. docs/backups.md: "A database from a newer Loket".`,
    );
  }
  return lines.join('\n');
}
