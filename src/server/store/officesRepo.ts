import type { Queryable } from '../db/database';

export interface OfficeRecord {
  id: string;
  name: string;
}

export const officesRepo = {
  async insert(q: Queryable, office: OfficeRecord): Promise<boolean> {
    const rows = await q.query('INSERT INTO offices (id, name) VALUES ($1, $2) ON CONFLICT (id) DO NOTHING RETURNING id', [office.id, office.name]);
    return rows.length === 1;
  },
  async all(q: Queryable): Promise<OfficeRecord[]> {
    return q.query<OfficeRecord>('SELECT id, name FROM offices ORDER BY name, id');
  },
  async get(q: Queryable, id: string): Promise<OfficeRecord | undefined> {
    const [row] = await q.query<OfficeRecord>('SELECT id, name FROM offices WHERE id = $1', [id]);
    return row;
  },
};
