import type { Queryable } from '../db/database';

export interface StoredStandards {
  officeId: string;
  officeName: string;
  /** As pushed; validated against standardsDocument before it was stored. */
  document: unknown;
  receivedAt: Date;
}

/** Each office's latest service standards document, pushed by one of its kiosks. */
export const bookingStandardsRepo = {
  /** kioskId: the kiosk that pushed it (null when seeded otherwise, e.g. by the bench). */
  async put(q: Queryable, officeId: string, document: unknown, kioskId: string | null, at: Date): Promise<void> {
    await q.query(
      `INSERT INTO office_standards (office_id, document, kiosk_id, received_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT (office_id) DO UPDATE SET document = excluded.document, kiosk_id = excluded.kiosk_id, received_at = excluded.received_at`,
      [officeId, JSON.stringify(document), kioskId, at],
    );
  },
  async get(q: Queryable, officeId: string): Promise<StoredStandards | undefined> {
    const [row] = await q.query<{ office_id: string; name: string; document: unknown; received_at: Date }>(
      'SELECT s.office_id, o.name, s.document, s.received_at FROM office_standards s JOIN offices o ON o.id = s.office_id WHERE s.office_id = $1',
      [officeId],
    );
    return row && { officeId: row.office_id, officeName: row.name, document: row.document, receivedAt: new Date(row.received_at) };
  },
  async all(q: Queryable): Promise<StoredStandards[]> {
    const rows = await q.query<{ office_id: string; name: string; document: unknown; received_at: Date }>(
      'SELECT s.office_id, o.name, s.document, s.received_at FROM office_standards s JOIN offices o ON o.id = s.office_id ORDER BY o.name, s.office_id',
    );
    return rows.map((r) => ({ officeId: r.office_id, officeName: r.name, document: r.document, receivedAt: new Date(r.received_at) }));
  },
};
