import type { Db } from './database';

/** Failed sign-in counts per scope ("counter:3", "supervisor"), kept across restarts. */
export class SigninGuardsRepo {
  private readonly getStmt;
  private readonly saveStmt;
  private readonly clearStmt;

  constructor(db: Db) {
    this.getStmt = db.prepare<[string], { failures: number; locked_until: number | null }>(
      'SELECT failures, locked_until FROM signin_guards WHERE scope = ?',
    );
    this.saveStmt = db.prepare(
      `INSERT INTO signin_guards (scope, failures, locked_until) VALUES (?, ?, ?)
       ON CONFLICT (scope) DO UPDATE SET failures = excluded.failures, locked_until = excluded.locked_until`,
    );
    this.clearStmt = db.prepare('DELETE FROM signin_guards WHERE scope = ?');
  }

  get(scope: string): { failures: number; lockedUntil: number | null } {
    const r = this.getStmt.get(scope);
    return r ? { failures: r.failures, lockedUntil: r.locked_until } : { failures: 0, lockedUntil: null };
  }

  save(scope: string, failures: number, lockedUntil: number | null): void {
    this.saveStmt.run(scope, failures, lockedUntil);
  }

  clear(scope: string): void {
    this.clearStmt.run(scope);
  }
}
