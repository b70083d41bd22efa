import { closeSync, openSync, readSync } from 'node:fs';

const MAGIC = Buffer.from('SQLite format 3\0', 'latin1');
/** SQLite keeps PRAGMA user_version as a big-endian integer at this byte of the file header. */
const USER_VERSION_AT = 60;

/**
 * A backup's schema version (PRAGMA user_version), read from the file header without SQLite: nothing is
 * locked, created or written, and a folder of backups is read in milliseconds. Backups are single files
 * in rollback-journal mode, so their header is current (a live WAL database's may not be). Null when the
 * file is missing or not a SQLite database.
 */
export function readSchemaVersion(file: string): number | null {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch {
    return null;
  }
  try {
    const header = Buffer.alloc(USER_VERSION_AT + 4);
    if (readSync(fd, header, 0, header.length, 0) < header.length || !header.subarray(0, MAGIC.length).equals(MAGIC)) return null;
    return header.readInt32BE(USER_VERSION_AT);
  } finally {
    closeSync(fd);
  }
}
