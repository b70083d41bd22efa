import { appendFileSync, existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { format } from 'node:util';

export interface LogRotation {
  maxBytes: number;
  /** Rotated files kept: loket.1.log (newest) … loket.<keep>.log. */
  keep: number;
}

export const DEFAULT_LOG_ROTATION: LogRotation = { maxBytes: 1024 * 1024, keep: 5 };

/** <data>/logs/loket.log, rotated by size so an unattended kiosk never fills its disk with logs. */
export class RotatingLog {
  readonly file: string;
  private size: number;
  /** Told about every line that could not be written (the office's storage health listens once it runs). */
  onWriteFailure: (err: unknown) => void = () => undefined;

  constructor(
    readonly dir: string,
    private readonly rotation: LogRotation = DEFAULT_LOG_ROTATION,
  ) {
    this.file = join(dir, 'loket.log');
    try {
      mkdirSync(dir, { recursive: true });
      this.size = existsSync(this.file) ? statSync(this.file).size : 0;
    } catch {
      // An unwritable data folder is reported by the database's own clear error; writes simply fail quietly.
      this.size = 0;
    }
  }

  write(line: string): void {
    const text = line.endsWith('\n') ? line : `${line}\n`;
    const bytes = Buffer.byteLength(text);
    try {
      if (this.size > 0 && this.size + bytes > this.rotation.maxBytes) this.rotate();
      this.append(text);
      this.size += bytes;
    } catch (err) {
      // A full or failing disk must not take the kiosk down with it; the console still has the line.
      this.onWriteFailure(err);
    }
  }

  private append(text: string): void {
    try {
      appendFileSync(this.file, text);
    } catch (err) {
      // The folder could not be made at start (a full disk): make it now that a line is due.
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
      mkdirSync(this.dir, { recursive: true });
      appendFileSync(this.file, text);
    }
  }

  private rotate(): void {
    rmSync(this.numbered(this.rotation.keep), { force: true });
    for (let i = this.rotation.keep - 1; i >= 1; i--) {
      if (existsSync(this.numbered(i))) renameSync(this.numbered(i), this.numbered(i + 1));
    }
    renameSync(this.file, this.numbered(1));
    this.size = 0;
  }

  private numbered(i: number): string {
    return join(this.dir, `loket.${i}.log`);
  }
}

const LEVELS = ['log', 'info', 'warn', 'error'] as const;

/**
 * Copies every console line into the log file, time-stamped, and keeps printing it as before. Node's
 * console ignores a stdout that cannot be written (a full disk), and the log file never throws.
 */
export function teeConsoleTo(log: RotatingLog, now: () => Date = () => new Date()): void {
  for (const level of LEVELS) {
    const original = console[level].bind(console);
    console[level] = (...args: unknown[]) => {
      original(...args);
      log.write(`${now().toISOString()} ${level.toUpperCase().padEnd(5)} ${format(...args)}`);
    };
  }
}
