import type { Db } from './database';

/** One account's wrong PINs in its current window, and its lock (the rules are in auth/signinGuard). */
export interface AccountGuard {
  failures: number;
  windowStartedAt: number | null;
  lockedUntil: number | null;
}

interface GuardRow {
  failures: number;
  window_started_at: number | null;
  locked_until: number | null;
}

/** Each staff account's wrong PINs and lock, kept across restarts. */
export class SigninGuardsRepo {
  private readonly getStmt;
  private readonly saveStmt;
  private readonly clearStmt;

  constructor(db: Db) {
    this.getStmt = db.prepare<[number], GuardRow>('SELECT failures, window_started_at, locked_until FROM signin_guards WHERE staff_id = ?');
    this.saveStmt = db.prepare(
      `INSERT INTO signin_guards (staff_id, failures, window_started_at, locked_until) VALUES (?, ?, ?, ?)
       ON CONFLICT (staff_id) DO UPDATE SET failures = excluded.failures, window_started_at = excluded.window_started_at,
         locked_until = excluded.locked_until`,
    );
    this.clearStmt = db.prepare('DELETE FROM signin_guards WHERE staff_id = ?');
  }

  get(staffId: number): AccountGuard {
    const r = this.getStmt.get(staffId);
    return r
      ? { failures: r.failures, windowStartedAt: r.window_started_at, lockedUntil: r.locked_until }
      : { failures: 0, windowStartedAt: null, lockedUntil: null };
  }

  save(staffId: number, guard: AccountGuard): void {
    this.saveStmt.run(staffId, guard.failures, guard.windowStartedAt, guard.lockedUntil);
  }

  clear(staffId: number): void {
    this.clearStmt.run(staffId);
  }
}
