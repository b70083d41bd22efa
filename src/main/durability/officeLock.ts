import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * <data>/loket.lock holds the pid of the running office. Only tools read it (restore refuses while the
 * office runs); the office itself never refuses to start over a stale lock left by a power cut.
 */
export function officeLockPath(dataDir: string): string {
  return join(dataDir, 'loket.lock');
}

export function writeOfficeLock(dataDir: string, pid = process.pid): void {
  writeFileSync(officeLockPath(dataDir), JSON.stringify({ pid, startedAt: new Date().toISOString() }));
}

export function releaseOfficeLock(dataDir: string, pid = process.pid): void {
  if (runningOfficePid(dataDir) === pid) rmSync(officeLockPath(dataDir), { force: true });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: the process exists but belongs to another user (the kiosk user).
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The pid of a live office on this data folder, or null (no lock, unreadable, or a dead process's). */
export function runningOfficePid(dataDir: string): number | null {
  const path = officeLockPath(dataDir);
  if (!existsSync(path)) return null;
  try {
    const { pid } = JSON.parse(readFileSync(path, 'utf8')) as { pid?: unknown };
    return typeof pid === 'number' && Number.isInteger(pid) && pid > 0 && isAlive(pid) ? pid : null;
  } catch {
    return null;
  }
}
