import type { Db } from './database';

/** Who changed what and when (sign-ins, staff, devices, settings). */
export class AuditRepo {
  private readonly appendStmt;
  private readonly recentStmt;

  constructor(db: Db) {
    this.appendStmt = db.prepare('INSERT INTO audit_log (at, actor, action, detail) VALUES (?, ?, ?, ?)');
    this.recentStmt = db.prepare<[number], { at: number; actor: string; action: string; detail: string | null }>(
      'SELECT at, actor, action, detail FROM audit_log ORDER BY id DESC LIMIT ?',
    );
  }

  append(at: number, actor: string, action: string, detail?: Record<string, unknown>): void {
    this.appendStmt.run(at, actor, action, detail ? JSON.stringify(detail) : null);
  }

  recent(limit: number): { at: number; actor: string; action: string; detail: Record<string, unknown> | null }[] {
    return this.recentStmt.all(limit).map((r) => ({ ...r, detail: r.detail ? (JSON.parse(r.detail) as Record<string, unknown>) : null }));
  }
}
