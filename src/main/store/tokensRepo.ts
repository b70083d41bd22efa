import type { Role } from '../../shared/api/contract';
import type { Db } from './database';

export interface TokenRecord {
  role: Role;
  counterNumber: number | null;
  label: string;
  /** A display's zone of the building; null: the whole building (and every other device). */
  zone: string | null;
}

/** Device and staff credentials for the LAN, stored only as SHA-256 hashes of long random tokens. */
export class TokensRepo {
  private readonly insertStmt;
  private readonly findStmt;
  private readonly listStmt;
  private readonly revokeStmt;
  private readonly setZoneStmt;

  constructor(db: Db) {
    this.insertStmt = db.prepare(
      'INSERT INTO device_tokens (token_hash, role, counter_number, label, zone, created_at) VALUES (?, ?, ?, ?, ?, ?)',
    );
    this.findStmt = db.prepare<[string], { role: string; counter_number: number | null; label: string; zone: string | null }>(
      'SELECT role, counter_number, label, zone FROM device_tokens WHERE token_hash = ? AND revoked_at IS NULL',
    );
    this.listStmt = db.prepare<[], { token_hash: string; role: string; counter_number: number | null; label: string; zone: string | null; created_at: number }>(
      'SELECT token_hash, role, counter_number, label, zone, created_at FROM device_tokens WHERE revoked_at IS NULL ORDER BY created_at',
    );
    this.revokeStmt = db.prepare('UPDATE device_tokens SET revoked_at = ? WHERE substr(token_hash, 1, 12) = ? AND revoked_at IS NULL');
    this.setZoneStmt = db.prepare(
      "UPDATE device_tokens SET zone = ? WHERE substr(token_hash, 1, 12) = ? AND role = 'display' AND revoked_at IS NULL",
    );
  }

  /** Active devices; the id is a short prefix of the hash, enough to name one for revocation. */
  list(): (TokenRecord & { id: string; createdAt: number })[] {
    return this.listStmt.all().map((r) => ({
      id: r.token_hash.slice(0, 12),
      role: r.role as Role,
      counterNumber: r.counter_number,
      label: r.label,
      zone: r.zone,
      createdAt: r.created_at,
    }));
  }

  revoke(id: string, now: number): boolean {
    return this.revokeStmt.run(now, id).changes === 1;
  }

  /** Moves an active display to a zone (null: the whole building); false when no such display exists. */
  setZone(id: string, zone: string | null): boolean {
    return this.setZoneStmt.run(zone, id).changes === 1;
  }

  insert(tokenHash: string, record: TokenRecord, now: number): void {
    this.insertStmt.run(tokenHash, record.role, record.counterNumber, record.label, record.zone, now);
  }

  find(tokenHash: string): TokenRecord | undefined {
    const row = this.findStmt.get(tokenHash);
    return row ? { role: row.role as Role, counterNumber: row.counter_number, label: row.label, zone: row.zone } : undefined;
  }
}
