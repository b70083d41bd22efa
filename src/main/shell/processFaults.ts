/**
 * What the main process does with an error nobody caught. Pure of Electron (the entry passes `exit`), so
 * the decision is unit-tested.
 *
 * - An **unhandled rejection** is a promise nobody awaited: the operation it belonged to (an update
 *   download, a page load, a dialog) has already failed on its own, and no synchronous code was cut off
 *   halfway through, so the office's state is as consistent as before. It is logged and kept in a short
 *   list the supervisor sees (Sistem › Pembaruan), and Loket keeps serving: a restart during office hours
 *   costs the queue more than the lost operation, and a fault that repeats at every start (an update
 *   check) would become a restart loop that the OS supervisor gives up on.
 * - An **uncaught exception** unwound a stack in the middle of some work (Node's documentation: "it is
 *   not safe to resume normal operation"); a database transaction or a half-updated in-memory queue may
 *   be left inconsistent, so the process still exits with code 1 for the OS supervisor to start it
 *   afresh (SQLite rolls back whatever was not committed).
 * - Either one caused by a full disk (a timer's write) is only recorded by the storage health instead:
 *   restarting would not free space.
 */

export interface UnexpectedError {
  /** When it last happened (ms since the epoch). */
  at: number;
  /** `unhandledRejection`, or the part of the shell that caught it (`update`, `window`, …). */
  source: string;
  message: string;
  /** How many times this same error came (folded, so a flood is one line). */
  count: number;
}

export const KEEP_UNEXPECTED = 10;

/** The last few unexpected errors, newest first; the same source and message fold into one entry. */
export class RecentErrors {
  private entries: UnexpectedError[] = [];

  constructor(private readonly keep = KEEP_UNEXPECTED) {}

  record(source: string, err: unknown, at = Date.now()): UnexpectedError {
    const message = errorMessage(err);
    const same = this.entries.find((e) => e.source === source && e.message === message);
    const entry = same ? { ...same, at, count: same.count + 1 } : { at, source, message, count: 1 };
    this.entries = [entry, ...this.entries.filter((e) => e !== same)].slice(0, this.keep);
    return entry;
  }

  list(): UnexpectedError[] {
    return this.entries.map((e) => ({ ...e }));
  }
}

/** One line for the log and the supervisor: the message, not the stack; never throws. */
export function errorMessage(err: unknown): string {
  try {
    if (err instanceof Error) return err.message || err.name;
    if (typeof err === 'string') return err;
    return JSON.stringify(err) ?? String(err);
  } catch {
    return String(err);
  }
}

export interface FaultHandling {
  recent: RecentErrors;
  /** The storage health: true when the error was a full disk, now recorded as such. */
  reportStorage: (err: unknown, during: string) => boolean;
  exit: (code: number) => void;
  log?: (message: string, err: unknown) => void;
}

export type FaultKind = 'uncaughtException' | 'unhandledRejection';

/** Decides one fault; returns what was done. */
export function handleProcessFault(kind: FaultKind, err: unknown, how: FaultHandling): 'storage' | 'recorded' | 'exit' {
  const log = how.log ?? ((message: string, e: unknown) => console.error(message, e));
  if (how.reportStorage(err, kind)) return 'storage';
  if (kind === 'unhandledRejection') {
    how.recent.record(kind, err);
    log('[main] unhandledRejection (recorded, Loket keeps running):', err);
    return 'recorded';
  }
  log('[main] uncaughtException; exiting for the OS supervisor to restart Loket:', err);
  how.exit(1);
  return 'exit';
}
