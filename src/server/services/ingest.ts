import type { OlderRow } from '../../shared/sync/protocol';
import type { Database } from '../db/database';
import { countersRepo, type CounterValue } from '../store/countersRepo';
import { kiosksRepo } from '../store/kiosksRepo';
import { reenrolRequired, SyncError } from './syncError';

export interface IngestBatch {
  replicaId: string;
  through: number;
  rows: readonly CounterValue[];
}

export interface IngestResult {
  applied: number;
  unchanged: number;
  older: OlderRow[];
  rotateToken: boolean;
}

const MAX_LISTED = 20;

/**
 * Applies one batch of absolute values for one kiosk in one transaction, keeping the greater value.
 *
 * A value lower than stored is harmless when the batch was read before one already applied (a
 * delayed duplicate or reordered retry: through < the kiosk's high-water mark): it is ignored and
 * listed. A lower value in a batch read at or after the high-water mark cannot come from a kiosk
 * whose counts only grow, so its counts went backwards (e.g. a database restored from an old copy):
 * the whole batch is refused and nothing is stored.
 */
export async function ingestBatch(db: Database, kioskId: string, batch: IngestBatch, now: Date): Promise<IngestResult> {
  return db.transaction(async (tx) => {
    const kiosk = await kiosksRepo.lock(tx, kioskId);
    if (!kiosk) throw reenrolRequired('unknown');
    if (kiosk.revokedAt) throw reenrolRequired('revoked');
    if (kiosk.replicaId !== batch.replicaId) {
      throw new SyncError(
        'replica_mismatch',
        `This token belongs to replica ${kiosk.replicaId}, not ${batch.replicaId}; enrol this installation on its own.`,
        'Token ini milik instalasi kios lain; daftarkan instalasi ini sendiri.',
      );
    }
    const stored = await countersRepo.current(tx, kiosk.replicaId, batch.rows);
    let applied = 0;
    let unchanged = 0;
    const older: OlderRow[] = [];
    for (const r of batch.rows) {
      const s = stored.get(`${r.date}|${r.metric}`);
      if (s === undefined || r.value > s) applied++;
      else if (r.value === s) unchanged++;
      else older.push({ date: r.date, metric: r.metric, value: r.value, stored: s });
    }
    if (older.length > 0 && batch.through >= kiosk.highSeq) {
      throw new SyncError(
        'counts_went_backwards',
        `${older.length} count(s) are lower than the city server already has from this kiosk (e.g. ${older[0]?.metric} on ${older[0]?.date}: ${older[0]?.value} < ${older[0]?.stored}). ` +
          "The kiosk's database was probably restored from an older copy; nothing was stored. Ask the city administrator to check this kiosk.",
        'Sebagian hitungan lebih kecil dari yang sudah diterima server kota; basis data kios kemungkinan dipulihkan dari salinan lama. Tidak ada yang disimpan; hubungi admin kota.',
        { rows: older.slice(0, MAX_LISTED) },
      );
    }
    await countersRepo.raise(tx, kiosk.replicaId, batch.rows);
    await kiosksRepo.recordPush(tx, kiosk.id, batch.through, now);
    return { applied, unchanged, older, rotateToken: kiosk.rotateRequested };
  });
}
