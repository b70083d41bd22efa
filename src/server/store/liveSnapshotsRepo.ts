import type { LiveService, LiveSnapshotRequest, LiveTicket } from '../../shared/sync/liveSnapshot';
import type { Queryable } from '../db/database';

/** An office's latest snapshot, as the public pages show it. */
export interface StoredSnapshot {
  officeId: string;
  officeName: string;
  serviceDay: string;
  takenAt: Date;
  receivedAt: Date;
  expiresAt: Date;
  /** As pushed; validated against liveSnapshotRequest before it was stored. */
  services: LiveService[];
}

/** A ticket found by its code's hash, with the snapshot of its office it is read against. */
export interface StoredTicket {
  progress: LiveTicket;
  serviceDay: string;
  /** The snapshot that last held the ticket; earlier than the office's latest when it has left the queue. */
  takenAt: Date;
  office: StoredSnapshot;
}

type SnapshotRow = { office_id: string; name: string; service_day: string; taken_at: Date; received_at: Date; expires_at: Date; services: LiveService[] };

const snapshot = (r: SnapshotRow): StoredSnapshot => ({
  officeId: r.office_id,
  officeName: r.name,
  serviceDay: r.service_day,
  takenAt: new Date(r.taken_at),
  receivedAt: new Date(r.received_at),
  expiresAt: new Date(r.expires_at),
  services: r.services,
});

/** Tickets of a day this long gone are dropped whatever their office does (an office that went offline for good). */
const FORGET_AFTER_MS = 36 * 3600_000;

export const liveSnapshotsRepo = {
  /**
   * Replaces the office's snapshot when this one is newer than the one held (false, and nothing written,
   * for the same or an older one: a retried or late request). Its tickets are upserted; an office never
   * overwrites another office's ticket; tickets of earlier service days are deleted.
   */
  async put(q: Queryable, officeId: string, s: LiveSnapshotRequest, receivedAt: Date): Promise<boolean> {
    const takenAt = new Date(s.takenAt);
    const stored = await q.query(
      `INSERT INTO live_snapshots AS l (office_id, service_day, taken_at, received_at, expires_at, services) VALUES ($1, $2, $3, $4, $5, $6::jsonb)
       ON CONFLICT (office_id) DO UPDATE SET service_day = excluded.service_day, taken_at = excluded.taken_at, received_at = excluded.received_at,
         expires_at = excluded.expires_at, services = excluded.services
       WHERE l.taken_at < excluded.taken_at
       RETURNING office_id`,
      [officeId, s.serviceDay, takenAt, receivedAt, new Date(s.expiresAt), JSON.stringify(s.services)],
    );
    if (stored.length === 0) return false;
    if (s.tickets.length > 0) {
      await q.query(
        `INSERT INTO live_tickets AS t (code_hash, office_id, service_day, progress, taken_at)
         SELECT x.code_hash, $1, $2, x.progress, $3 FROM jsonb_to_recordset($4::jsonb) AS x(code_hash text, progress jsonb)
         ON CONFLICT (code_hash) DO UPDATE SET service_day = excluded.service_day, progress = excluded.progress, taken_at = excluded.taken_at
         WHERE t.office_id = excluded.office_id`,
        [officeId, s.serviceDay, takenAt, JSON.stringify(s.tickets.map((t) => ({ code_hash: t.codeHash, progress: t })))],
      );
    }
    await q.query('DELETE FROM live_tickets WHERE (office_id = $1 AND service_day < $2) OR taken_at < $3', [officeId, s.serviceDay, new Date(s.takenAt - FORGET_AFTER_MS)]);
    return true;
  },

  async all(q: Queryable): Promise<StoredSnapshot[]> {
    const rows = await q.query<SnapshotRow>(
      'SELECT l.office_id, o.name, l.service_day::text AS service_day, l.taken_at, l.received_at, l.expires_at, l.services FROM live_snapshots l JOIN offices o ON o.id = l.office_id ORDER BY o.name, l.office_id',
    );
    return rows.map(snapshot);
  },

  async ticket(q: Queryable, codeHash: string): Promise<StoredTicket | undefined> {
    const [row] = await q.query<SnapshotRow & { ticket_day: string; ticket_taken_at: Date; progress: LiveTicket }>(
      `SELECT t.service_day::text AS ticket_day, t.taken_at AS ticket_taken_at, t.progress,
              l.office_id, o.name, l.service_day::text AS service_day, l.taken_at, l.received_at, l.expires_at, l.services
         FROM live_tickets t JOIN live_snapshots l ON l.office_id = t.office_id JOIN offices o ON o.id = t.office_id
        WHERE t.code_hash = $1`,
      [codeHash],
    );
    return row && { progress: row.progress, serviceDay: row.ticket_day, takenAt: new Date(row.ticket_taken_at), office: snapshot(row) };
  },
};
