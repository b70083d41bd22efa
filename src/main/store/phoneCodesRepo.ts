import type { Db } from './database';

/** The phone code each ticket carries (migration 008), and the one ticket a code opens. */
export class PhoneCodesRepo {
  private readonly assignStmt;
  private readonly ticketStmt;
  private readonly codeStmt;

  constructor(db: Db) {
    this.assignStmt = db.prepare<[string, string]>('UPDATE tickets SET phone_code = ? WHERE id = ?');
    this.ticketStmt = db.prepare<[string], { id: string }>('SELECT id FROM tickets WHERE phone_code = ?');
    this.codeStmt = db.prepare<[string], { phone_code: string | null }>('SELECT phone_code FROM tickets WHERE id = ?');
  }

  assign(ticketId: string, code: string): void {
    this.assignStmt.run(code, ticketId);
  }

  ticketId(code: string): string | undefined {
    return this.ticketStmt.get(code)?.id;
  }

  codeOf(ticketId: string): string | null {
    return this.codeStmt.get(ticketId)?.phone_code ?? null;
  }
}
