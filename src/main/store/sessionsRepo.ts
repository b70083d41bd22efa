import type { Db } from './database';
import type { StaffRole } from './staffRepo';

export interface SessionRecord {
  staffId: number;
  staffName: string;
  role: StaffRole;
  counterNumber: number | null;
  expiresAt: number;
  /** The staff account's agency (null: the building). */
  agency: string | null;
}

/** Staff sessions, keyed by the SHA-256 of the session token (the token itself is never stored). */
export class SessionsRepo {
  private readonly insertStmt;
  private readonly findStmt;
  private readonly endStmt;
  private readonly endForStaffStmt;

  constructor(db: Db) {
    this.insertStmt = db.prepare(
      'INSERT INTO sessions (token_hash, staff_id, role, counter_number, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)',
    );
    this.findStmt = db.prepare<[string, number], { staff_id: number; name: string; role: string; counter_number: number | null; expires_at: number; agency: string | null }>(
      `SELECT s.staff_id, st.name, s.role, s.counter_number, s.expires_at, st.agency FROM sessions s JOIN staff st ON st.id = s.staff_id
       WHERE s.token_hash = ? AND s.ended_at IS NULL AND s.expires_at > ? AND st.disabled_at IS NULL`,
    );
    this.endStmt = db.prepare('UPDATE sessions SET ended_at = ? WHERE token_hash = ? AND ended_at IS NULL');
    this.endForStaffStmt = db.prepare('UPDATE sessions SET ended_at = ? WHERE staff_id = ? AND ended_at IS NULL');
  }

  insert(tokenHash: string, s: Omit<SessionRecord, 'staffName' | 'agency'>, now: number): void {
    this.insertStmt.run(tokenHash, s.staffId, s.role, s.counterNumber, now, s.expiresAt);
  }

  findValid(tokenHash: string, now: number): SessionRecord | undefined {
    const r = this.findStmt.get(tokenHash, now);
    return r
      ? { staffId: r.staff_id, staffName: r.name, role: r.role as StaffRole, counterNumber: r.counter_number, expiresAt: r.expires_at, agency: r.agency }
      : undefined;
  }

  end(tokenHash: string, now: number): void {
    this.endStmt.run(now, tokenHash);
  }

  endAllFor(staffId: number, now: number): void {
    this.endForStaffStmt.run(now, staffId);
  }
}
