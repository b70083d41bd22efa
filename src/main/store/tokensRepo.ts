import type { Role } from '../../shared/api/contract';
import type { Db } from './database';

export interface TokenRecord {
  role: Role;
  counterNumber: number | null;
  label: string;
}

/** Device and staff credentials for the LAN, stored only as SHA-256 hashes of long random tokens. */
export class TokensRepo {
  private readonly insertStmt;
  private readonly findStmt;

  constructor(db: Db) {
    this.insertStmt = db.prepare(
      'INSERT INTO device_tokens (token_hash, role, counter_number, label, created_at) VALUES (?, ?, ?, ?, ?)',
    );
    this.findStmt = db.prepare<[string], { role: string; counter_number: number | null; label: string }>(
      'SELECT role, counter_number, label FROM device_tokens WHERE token_hash = ? AND revoked_at IS NULL',
    );
  }

  insert(tokenHash: string, record: TokenRecord, now: number): void {
    this.insertStmt.run(tokenHash, record.role, record.counterNumber, record.label, now);
  }

  find(tokenHash: string): TokenRecord | undefined {
    const row = this.findStmt.get(tokenHash);
    return row ? { role: row.role as Role, counterNumber: row.counter_number, label: row.label } : undefined;
  }
}
