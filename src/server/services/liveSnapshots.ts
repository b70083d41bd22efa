import { normalizePhoneCode } from '../../shared/domain/phoneCode';
import { LIVE_SNAPSHOT_LIMITS, liveSnapshotRequest, type LiveService, type LiveSnapshotResponse, type LiveTicket } from '../../shared/sync/liveSnapshot';
import { reserveAttempt } from '../auth/attemptLimiter';
import { sha256 } from '../auth/secrets';
import type { Database } from '../db/database';
import type { KioskRecord } from '../store/kiosksRepo';
import { liveSnapshotsRepo, type StoredSnapshot } from '../store/liveSnapshotsRepo';
import { BOOKING_LIMITS, countRequest } from './booking';
import { BookingError } from './bookingError';
import { officeReportFrom } from './kioskBody';

/** Stores an office's live snapshot (docs/central-server.md); the same or an older one again changes nothing. */
export async function putLiveSnapshot(db: Database, kiosk: KioskRecord, body: unknown, now: Date): Promise<LiveSnapshotResponse> {
  const s = officeReportFrom(liveSnapshotRequest, body, kiosk, { en: 'live snapshot', id: 'Data antrean terkini dari kios' });
  const stored = await db.transaction((tx) => liveSnapshotsRepo.put(tx, kiosk.officeId, s, now));
  return { ok: true, officeId: kiosk.officeId, stored };
}

/** How old the figures are, by the city's clock (the office's may be off), and whether they may be shown as "now". */
export interface Age {
  receivedAt: number;
  ageMs: number;
  fresh: boolean;
}

const ageOf = (s: StoredSnapshot, now: number): Age => {
  const ageMs = Math.max(0, now - s.receivedAt.getTime());
  return { receivedAt: s.receivedAt.getTime(), ageMs, fresh: ageMs <= LIVE_SNAPSHOT_LIMITS.freshForMs && now < s.expiresAt.getTime() };
};

export interface BusyOffice {
  officeId: string;
  officeName: string;
  age: Age;
  /** Empty when the snapshot is old: old figures are never shown as the current queue. */
  services: LiveService[];
}

/** Each office that ever sent a snapshot, with its figures while they are fresh. */
export async function busyNow(db: Database, now: number): Promise<BusyOffice[]> {
  return (await liveSnapshotsRepo.all(db)).map((s) => {
    const age = ageOf(s, now);
    return { officeId: s.officeId, officeName: s.officeName, age, services: age.fresh ? s.services : [] };
  });
}

export interface CityTicket {
  officeName: string;
  progress: LiveTicket;
  serviceName: LiveService['name'] | null;
  /** Not in the office's latest snapshot: served, cancelled or no longer followed. */
  left: boolean;
  age: Age;
}

/**
 * A ticket's phone page at the city, by its phone code. Every request spends the source's booking
 * allowance; an unknown code counts as a guess in the same budget as booking codes (BOOKING_LIMITS.lookup),
 * so guessing either kind of code from one address stops after a few tries. A code of a day that is over opens nothing.
 */
export async function cityTicket(db: Database, rawCode: string, source: string, now: number): Promise<CityTicket> {
  await countRequest(db, source, now);
  const attempt = await reserveAttempt(db, BOOKING_LIMITS.lookup, source, now);
  if (!attempt.allowed) throw new BookingError('rate_limited', 'Too many unknown codes from this address; try again later.', Math.ceil(attempt.retryAfterMs / 1000));
  const code = normalizePhoneCode(rawCode);
  const found = code === null ? undefined : await liveSnapshotsRepo.ticket(db, sha256(code));
  if (!found || found.serviceDay !== found.office.serviceDay || now >= found.office.expiresAt.getTime()) throw new BookingError('not_found', 'No ticket followed at the city has this code.');
  await attempt.release();
  const left = found.takenAt.getTime() < found.office.takenAt.getTime();
  return {
    officeName: found.office.officeName,
    progress: found.progress,
    serviceName: found.office.services.find((s) => s.code === found.progress.serviceCode)?.name ?? null,
    left,
    age: ageOf(found.office, now),
  };
}
