import { createPublicKey, verify } from 'node:crypto';
import { rotationMessage } from '../../shared/sync/kioskToken';
import type { EnrolRequest, EnrolResponse, RotateRequest } from '../../shared/sync/protocol';
import type { Database } from '../db/database';
import { enrolmentCode, normaliseCode, sha256, shortId } from '../auth/secrets';
import { enrolmentCodesRepo } from '../store/enrolmentCodesRepo';
import { kiosksRepo, type KioskRecord } from '../store/kiosksRepo';
import { officesRepo } from '../store/officesRepo';
import { bookingKeyOf } from './bookingKey';
import { reenrolRequired, SyncError } from './syncError';

/** A code lives long enough to reach a van in the villages by phone or letter. */
export const ENROLMENT_CODE_TTL_MS = 14 * 24 * 3600_000;

export async function createEnrolmentCode(db: Database, officeId: string, now: Date): Promise<{ code: string; expiresAt: Date }> {
  const code = enrolmentCode();
  const expiresAt = new Date(now.getTime() + ENROLMENT_CODE_TTL_MS);
  await db.transaction(async (tx) => {
    if (!(await officesRepo.get(tx, officeId))) throw new SyncError('not_found', `There is no office "${officeId}".`, `Kantor "${officeId}" tidak ada.`);
    await enrolmentCodesRepo.insert(tx, sha256(normaliseCode(code)), officeId, expiresAt);
  });
  return { code, expiresAt };
}

function checkPublicKey(publicKey: string): void {
  try {
    const key = createPublicKey({ key: Buffer.from(publicKey, 'base64'), format: 'der', type: 'spki' });
    if (key.asymmetricKeyType === 'ed25519') return;
  } catch {
    // falls through to the refusal below
  }
  throw new SyncError('bad_request', 'publicKey must be an Ed25519 public key (SPKI DER, base64).', 'Kunci publik kios tidak sah.');
}

const codeInvalid = (): SyncError =>
  new SyncError(
    'enrolment_code_invalid',
    'The enrolment code is unknown, already used or expired; ask the city administrator for a new one.',
    'Kode pendaftaran tidak dikenal, sudah dipakai, atau kedaluwarsa; minta kode baru ke admin kota.',
  );

/**
 * Exchanges a one-time code for the token the kiosk chose (sent as its hash). The same request sent again
 * (by its request id) gets the same answer and changes nothing. A replica that enrolled before (revoked,
 * or a lost reply retried) keeps its kiosk record, so its earlier counts are never counted twice.
 */
export async function enrolKiosk(db: Database, req: EnrolRequest, now: Date): Promise<EnrolResponse> {
  checkPublicKey(req.publicKey);
  const codeHash = sha256(normaliseCode(req.code));
  const { publicKey: bookingKey } = await bookingKeyOf(db);
  return db.transaction(async (tx) => {
    // The code first: its row lock makes a copy of this request that arrives at the same moment (a
    // duplicating network) wait for the first to commit, and then find the kiosk the first one made,
    // instead of inserting the same replica a second time. An already used code changes nothing here.
    const fresh = await enrolmentCodesRepo.consume(tx, codeHash, req.replicaId, now);
    const existing = await kiosksRepo.byReplica(tx, req.replicaId);
    if (existing && !existing.revokedAt && existing.enrolRequestId === req.requestId && existing.publicKey === req.publicKey) {
      const office = await officesRepo.get(tx, existing.officeId);
      return { ok: true as const, requestId: req.requestId, kioskId: existing.id, office: { id: existing.officeId, name: office?.name ?? existing.officeId }, bookingKey };
    }
    // A retry of this replica's own enrolment, unless the kiosk was revoked since: that needs a new code.
    const officeId = fresh ?? (existing?.revokedAt ? undefined : await enrolmentCodesRepo.usedBy(tx, codeHash, req.replicaId));
    if (!officeId) throw codeInvalid();
    // Thrown inside the transaction: the code stays unused for the kiosk it was meant for.
    if (req.officeId !== undefined && req.officeId !== officeId) {
      throw new SyncError(
        'wrong_office',
        `This code was made for office "${officeId}", but this kiosk is configured as office "${req.officeId}". Ask the city administrator for a code for "${req.officeId}", or correct office.id in the kiosk's configuration.`,
        `Kode ini dibuat untuk kantor "${officeId}", tetapi kios ini diatur sebagai kantor "${req.officeId}". Minta kode untuk "${req.officeId}" kepada admin kota, atau perbaiki office.id di konfigurasi kios.`,
      );
    }
    let kioskId: string;
    if (existing) {
      if (existing.officeId !== officeId) {
        throw new SyncError(
          'wrong_office',
          `This kiosk installation already reports for office "${existing.officeId}"; a code for "${officeId}" cannot move its counts.`,
          `Instalasi kios ini sudah terdaftar untuk kantor "${existing.officeId}".`,
        );
      }
      await kiosksRepo.reenrol(tx, existing.id, req.label, req.publicKey, req.tokenHash, req.requestId);
      kioskId = existing.id;
    } else {
      kioskId = shortId();
      await kiosksRepo.insert(tx, {
        id: kioskId,
        officeId,
        replicaId: req.replicaId,
        label: req.label,
        publicKey: req.publicKey,
        tokenHash: req.tokenHash,
        enrolRequestId: req.requestId,
      });
    }
    const office = await officesRepo.get(tx, officeId);
    return { ok: true as const, requestId: req.requestId, kioskId, office: { id: officeId, name: office?.name ?? officeId }, bookingKey };
  });
}

/** The kiosk behind a bearer token; a first use of a rotated token retires the previous one. */
export async function authenticateKiosk(db: Database, authorization: string | undefined): Promise<KioskRecord> {
  const token = /^Bearer (\S{20,200})$/.exec(authorization ?? '')?.[1];
  if (!token) throw reenrolRequired('unknown');
  const tokenHash = sha256(token);
  const found = await kiosksRepo.byTokenHash(db, tokenHash);
  if (!found) throw reenrolRequired('unknown');
  if (found.kiosk.revokedAt) throw reenrolRequired('revoked');
  if (found.pending) await kiosksRepo.promotePending(db, found.kiosk.id, tokenHash);
  return found.kiosk;
}

/**
 * The calling kiosk's next token (chosen by the kiosk, sent as its hash), accepted only when signed with
 * the kiosk's own enrolled key, so a leaked bearer token alone cannot take the kiosk over. The current
 * token keeps working until the new one is first used; the same request sent again changes nothing.
 */
export async function rotateToken(db: Database, kiosk: KioskRecord, req: RotateRequest): Promise<void> {
  let signed = false;
  try {
    const key = createPublicKey({ key: Buffer.from(kiosk.publicKey, 'base64'), format: 'der', type: 'spki' });
    signed = verify(null, Buffer.from(rotationMessage(kiosk.replicaId, req.requestId, req.tokenHash)), key, Buffer.from(req.signature, 'base64'));
  } catch {
    signed = false;
  }
  if (!signed) {
    throw new SyncError(
      'bad_signature',
      "The rotation is not signed with this kiosk's own key; nothing was changed.",
      'Permintaan token baru tidak ditandatangani dengan kunci kios ini; tidak ada yang diubah.',
    );
  }
  await db.transaction(async (tx) => {
    if (kiosk.rotateRequestId === req.requestId && (await kiosksRepo.pendingTokenHash(tx, kiosk.id)) === req.tokenHash) return;
    await kiosksRepo.setPendingToken(tx, kiosk.id, req.tokenHash, req.requestId);
  });
}

export async function revokeKiosk(db: Database, kioskId: string, now: Date): Promise<boolean> {
  return db.transaction((tx) => kiosksRepo.revoke(tx, kioskId, now));
}

export async function requestRotation(db: Database, kioskId: string): Promise<boolean> {
  return db.transaction((tx) => kiosksRepo.requestRotation(tx, kioskId));
}
