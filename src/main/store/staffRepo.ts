import type { Db } from './database';

export type StaffRole = 'counter' | 'supervisor';

export interface StaffRecord {
  id: number;
  name: string;
  role: StaffRole;
  pinHash: string;
  createdAt: number;
  disabledAt: number | null;
  /** The agency of a Mal Pelayanan Publik the account belongs to; null: the building (or a one-agency office). */
  agency: string | null;
}

interface StaffRow {
  id: number;
  name: string;
  role: string;
  pin_hash: string;
  created_at: number;
  disabled_at: number | null;
  agency: string | null;
}

const fromRow = (r: StaffRow): StaffRecord => ({
  id: r.id,
  name: r.name,
  role: r.role as StaffRole,
  pinHash: r.pin_hash,
  createdAt: r.created_at,
  disabledAt: r.disabled_at,
  agency: r.agency,
});

export class StaffRepo {
  private readonly insertStmt;
  private readonly choicesStmt;
  private readonly allStmt;
  private readonly getStmt;
  private readonly disableStmt;
  private readonly setPinStmt;
  private readonly countSupervisorsStmt;

  constructor(db: Db) {
    this.insertStmt = db.prepare('INSERT INTO staff (name, role, pin_hash, created_at, agency) VALUES (?, ?, ?, ?, ?)');
    this.choicesStmt = db.prepare<[string], { id: number; name: string }>(
      'SELECT id, name FROM staff WHERE disabled_at IS NULL AND role = ? ORDER BY name COLLATE NOCASE, id',
    );
    this.allStmt = db.prepare<[], StaffRow>('SELECT * FROM staff ORDER BY id');
    this.getStmt = db.prepare<[number], StaffRow>('SELECT * FROM staff WHERE id = ?');
    this.disableStmt = db.prepare('UPDATE staff SET disabled_at = ? WHERE id = ? AND disabled_at IS NULL');
    this.setPinStmt = db.prepare('UPDATE staff SET pin_hash = ? WHERE id = ?');
    this.countSupervisorsStmt = db.prepare<[], { n: number }>(
      "SELECT COUNT(*) AS n FROM staff WHERE role = 'supervisor' AND disabled_at IS NULL AND agency IS NULL",
    );
  }

  insert(name: string, role: StaffRole, pinHash: string, now: number, agency: string | null = null): number {
    return Number(this.insertStmt.run(name, role, pinHash, now, agency).lastInsertRowid);
  }

  /** Active staff of a role by name, ids and names only (the sign-in screens' lists). */
  choices(role: StaffRole): { id: number; name: string }[] {
    return this.choicesStmt.all(role);
  }

  all(): StaffRecord[] {
    return this.allStmt.all().map(fromRow);
  }

  get(id: number): StaffRecord | undefined {
    const r = this.getStmt.get(id);
    return r ? fromRow(r) : undefined;
  }

  disable(id: number, now: number): boolean {
    return this.disableStmt.run(now, id).changes === 1;
  }

  setPin(id: number, pinHash: string): void {
    this.setPinStmt.run(pinHash, id);
  }

  /** Active supervisors of the building (not of one agency): the first-run check and the last one kept. */
  activeSupervisorCount(): number {
    return this.countSupervisorsStmt.get()?.n ?? 0;
  }
}
