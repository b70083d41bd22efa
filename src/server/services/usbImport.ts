import { createHash, createPublicKey, verify } from 'node:crypto';
import { describeIssues } from '../../shared/validation/describeIssues';
import { usbFileEnvelope, usbFilePayload, type UsbFilePayload } from '../../shared/sync/usbFile';
import type { Database } from '../db/database';
import { kiosksRepo } from '../store/kiosksRepo';
import { usbImportsRepo } from '../store/usbImportsRepo';
import { ingestBatch, type IngestResult } from './ingest';
import { refusedByIssues } from './refusedRows';
import { SyncError } from './syncError';
import { checkRows } from './validatePush';

export interface UsbImportResult extends IngestResult {
  kioskId: string;
  officeId: string;
  rows: number;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new SyncError('bad_request', 'The file is not a Loket counts file (not JSON).', 'Berkas ini bukan berkas hitungan Loket.');
  }
}

/** Checks the envelope and the Ed25519 signature with the public key the kiosk gave at enrolment. */
async function verifiedPayload(db: Database, text: string): Promise<{ payload: UsbFilePayload; kioskId: string; officeId: string }> {
  const envelope = usbFileEnvelope.safeParse(parseJson(text));
  if (!envelope.success) {
    throw new SyncError('bad_request', 'The file is not a Loket counts file.', 'Berkas ini bukan berkas hitungan Loket.', { problems: describeIssues(envelope.error) });
  }
  const payloadBytes = Buffer.from(envelope.data.payload, 'base64');
  const raw = parseJson(payloadBytes.toString('utf8'));
  const claimed = usbFilePayload.safeParse(raw);
  if (!claimed.success) {
    throw new SyncError('invalid_rows', 'The file content is invalid; nothing was stored.', 'Isi berkas tidak sah; tidak ada yang disimpan.', {
      problems: describeIssues(claimed.error),
      refused: refusedByIssues((raw as { rows?: unknown } | null)?.rows, claimed.error),
    });
  }
  const kiosk = await kiosksRepo.byReplica(db, claimed.data.replicaId);
  if (!kiosk) {
    throw new SyncError(
      'bad_signature',
      'The file comes from a kiosk that is not enrolled on this city server (or its replica id was changed). Nothing was stored.',
      'Berkas ini dari kios yang tidak terdaftar di server kota ini. Tidak ada yang disimpan.',
    );
  }
  const key = createPublicKey({ key: Buffer.from(kiosk.publicKey, 'base64'), format: 'der', type: 'spki' });
  if (!verify(null, payloadBytes, key, Buffer.from(envelope.data.signature, 'base64'))) {
    // A kiosk gets a new key at every enrolment: a file it signed before its last enrolment no longer verifies.
    throw new SyncError(
      'bad_signature',
      `The file signature does not match the key kiosk ${kiosk.id} enrolled with on ${kiosk.enrolledAt.toISOString()}: a file made before that enrolment needs a new export on the kiosk; otherwise the file was changed or damaged. Nothing was stored.`,
      'Tanda tangan berkas tidak cocok dengan kunci kios saat terakhir didaftarkan: jika berkas dibuat sebelum pendaftaran ulang, buat berkas baru di kios; jika tidak, berkas diubah atau rusak. Tidak ada yang disimpan.',
    );
  }
  if (kiosk.revokedAt) {
    throw new SyncError(
      'kiosk_revoked',
      `Kiosk ${kiosk.id} was revoked on ${kiosk.revokedAt.toISOString()}; enrol it again (its counts are kept) before importing its files. Nothing was stored.`,
      'Kios ini sudah dicabut; daftarkan ulang kios tersebut sebelum mengimpor berkasnya. Tidak ada yang disimpan.',
    );
  }
  return { payload: claimed.data, kioskId: kiosk.id, officeId: kiosk.officeId };
}

/**
 * Imports a kiosk's signed USB file with exactly the rules of a push (same transaction, same
 * greater-value upsert), so importing it twice, or pushing the same rows later, changes nothing.
 * Every attempt, refused ones included, is recorded.
 */
export async function importUsbFile(
  db: Database,
  text: string,
  adminId: number | null,
  now: Date,
  timeZone: string,
): Promise<UsbImportResult> {
  const fileSha256 = createHash('sha256').update(text, 'utf8').digest('hex');
  let kioskId: string | null = null;
  try {
    const verified = await verifiedPayload(db, text);
    kioskId = verified.kioskId;
    checkRows(verified.payload.rows, now.getTime(), timeZone);
    const result = await ingestBatch(db, verified.kioskId, { replicaId: verified.payload.replicaId, through: verified.payload.through, rows: verified.payload.rows }, now);
    await usbImportsRepo.insert(db, {
      fileSha256,
      kioskId,
      adminId,
      outcome: 'imported',
      rows: verified.payload.rows.length,
      applied: result.applied,
      detail: `${result.unchanged} unchanged, ${result.older.length} older`,
    });
    return { ...result, kioskId: verified.kioskId, officeId: verified.officeId, rows: verified.payload.rows.length };
  } catch (err) {
    if (err instanceof SyncError) {
      await usbImportsRepo.insert(db, { fileSha256, kioskId, adminId, outcome: 'refused', rows: 0, applied: 0, detail: `${err.code}: ${err.message}` });
    }
    throw err;
  }
}
