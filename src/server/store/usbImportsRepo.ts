import type { Queryable } from '../db/database';

export interface UsbImportAudit {
  fileSha256: string;
  kioskId: string | null;
  adminId: number | null;
  outcome: 'imported' | 'refused';
  rows: number;
  applied: number;
  detail: string;
}

/** Every USB file an administrator imported or tried to, refused ones included. */
export const usbImportsRepo = {
  async insert(q: Queryable, a: UsbImportAudit): Promise<void> {
    await q.query(
      'INSERT INTO usb_imports (file_sha256, kiosk_id, admin_id, outcome, rows, applied, detail) VALUES ($1, $2, $3, $4, $5, $6, $7)',
      [a.fileSha256, a.kioskId, a.adminId, a.outcome, a.rows, a.applied, a.detail],
    );
  },
  async recent(q: Queryable, limit: number): Promise<(UsbImportAudit & { importedAt: Date })[]> {
    const rows = await q.query<{
      file_sha256: string;
      kiosk_id: string | null;
      admin_id: number | null;
      outcome: 'imported' | 'refused';
      rows: number;
      applied: number;
      detail: string;
      imported_at: Date;
    }>('SELECT * FROM usb_imports ORDER BY id DESC LIMIT $1', [limit]);
    return rows.map((r) => ({
      fileSha256: r.file_sha256,
      kioskId: r.kiosk_id,
      adminId: r.admin_id,
      outcome: r.outcome,
      rows: r.rows,
      applied: r.applied,
      detail: r.detail,
      importedAt: new Date(r.imported_at),
    }));
  },
};
