import type { OlderRow } from '../../shared/sync/protocol';
import { DatabaseUnavailableError, type Database } from '../db/database';
import { countersRepo, type CounterValue } from '../store/countersRepo';
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
 * A push that waited for another push of its kiosk runs again (countersRepo.applyBatch: `stale`). Each
 * round stores at least one of the kiosk's waiting pushes, so the rounds only run out when the kiosk's
 * row keeps changing for some other reason; the kiosk is then told to try again later (503).
 */
const MAX_ROUNDS = 20;

/**
 * Applies one batch of absolute values for one kiosk in one statement, keeping the greater value.
 *
 * A value lower than stored is harmless when the batch was read before one already applied (a
 * delayed duplicate or reordered retry: through < the kiosk's high-water mark): it is ignored and
 * listed. A lower value in a batch read at or after the high-water mark cannot come from a kiosk
 * whose counts only grow, so its counts went backwards (e.g. a database restored from an old copy):
 * the whole batch is refused and nothing is stored.
 */
export async function ingestBatch(db: Database, kioskId: string, batch: IngestBatch, now: Date): Promise<IngestResult> {
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const result = await countersRepo.applyBatch(db, kioskId, batch.replicaId, batch.through, batch.rows, now);
    const { older } = result;
    switch (result.outcome) {
      case 'stale':
        continue;
      case 'stored':
        return { applied: result.applied, unchanged: result.unchanged, older, rotateToken: result.rotateRequested };
      case 'unknown':
      case 'revoked':
        throw reenrolRequired(result.outcome);
      case 'replica_mismatch':
        throw new SyncError(
          'replica_mismatch',
          `This token belongs to replica ${result.replicaId}, not ${batch.replicaId}; enrol this installation on its own.`,
          'Token ini milik instalasi kios lain; daftarkan instalasi ini sendiri.',
        );
      case 'counts_went_backwards':
        throw new SyncError(
          'counts_went_backwards',
          `${older.length} count(s) are lower than the city server already has from this kiosk (e.g. ${older[0]?.metric} on ${older[0]?.date}: ${older[0]?.value} < ${older[0]?.stored}). ` +
            "The kiosk's database was probably restored from an older copy; nothing was stored. Ask the city administrator to check this kiosk.",
          'Sebagian hitungan lebih kecil dari yang sudah diterima server kota; basis data kios kemungkinan dipulihkan dari salinan lama. Tidak ada yang disimpan; hubungi admin kota.',
          { rows: older.slice(0, MAX_LISTED) },
        );
    }
  }
  throw new DatabaseUnavailableError(`kiosk ${kioskId} kept changing while this push waited for it ${MAX_ROUNDS} times`);
}
