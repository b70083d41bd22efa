import { closeSync, existsSync, fsyncSync, openSync, renameSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { OfficeConfig } from '../../shared/config/officeConfig';

/**
 * The office's working configuration lives in the data folder: the supervisor's edits are saved there,
 * and it is used from then on. LOKET_CONFIG only seeds the first start.
 */
export function workingConfigPath(dataDir: string): string {
  return join(dataDir, 'office.json');
}

export function configToStart(dataDir: string, seedPath: string): string {
  const working = workingConfigPath(dataDir);
  return existsSync(working) ? working : seedPath;
}

/** Written to a temporary file, fsync'd, then renamed over the old one: a power cut leaves one or the other, whole. */
export function saveConfigAtomically(path: string, config: OfficeConfig): void {
  const temp = join(dirname(path), `.office.json.${process.pid}.tmp`);
  const fd = openSync(temp, 'w', 0o644);
  try {
    writeSync(fd, `${JSON.stringify(config, null, 2)}\n`);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(temp, path);
}
