import { z } from 'zod';
import { boundViolation, metricBoundPrefixes } from '../../shared/sync/metricBounds';
import { isIsoDate } from '../../shared/time/localTime';
import type { Database } from '../db/database';
import { countersRepo, type OverBoundRow } from '../store/countersRepo';
import { quarantinesRepo, type QuarantineRecord } from '../store/quarantinesRepo';

/** Rows above their bound listed on an office's page: enough to see which days to hold back. */
const OVER_BOUND_LISTED = 50;

/** The administrator's form: a day range of one office and why its rows are held back. */
export const quarantineForm = z
  .object({
    from: z.string().refine(isIsoDate, 'Tanggal awal harus tanggal yang sah (YYYY-MM-DD).'),
    to: z.string().refine(isIsoDate, 'Tanggal akhir harus tanggal yang sah (YYYY-MM-DD).'),
    reason: z.string().trim().min(3, 'Alasan wajib diisi (paling sedikit 3 huruf).').max(500, 'Alasan paling banyak 500 huruf.'),
  })
  .refine((f) => f.to >= f.from, { message: 'Tanggal akhir tidak boleh sebelum tanggal awal.', path: ['to'] });
export type QuarantineForm = z.infer<typeof quarantineForm>;

export async function placeQuarantine(db: Database, officeId: string, form: QuarantineForm, adminId: number, now: Date): Promise<number> {
  return db.transaction((tx) => quarantinesRepo.insert(tx, { officeId, ...form, adminId, now }));
}

/** The office of the lifted quarantine, or undefined when it does not exist or was lifted already. */
export async function liftQuarantine(db: Database, id: number, adminId: number, now: Date): Promise<string | undefined> {
  return db.transaction((tx) => quarantinesRepo.lift(tx, id, adminId, now));
}

export interface OfficeDataReview {
  quarantines: QuarantineRecord[];
  /** The office's stored rows above their bound, with why; those not quarantined hold its figures back. */
  overBound: (OverBoundRow & { reason: string })[];
}

export async function officeDataReview(db: Database, officeId: string): Promise<OfficeDataReview> {
  const [quarantines, overBound] = await Promise.all([
    quarantinesRepo.forOffice(db, officeId),
    countersRepo.overBound(db, officeId, metricBoundPrefixes(), OVER_BOUND_LISTED),
  ]);
  return { quarantines, overBound: overBound.map((r) => ({ ...r, reason: boundViolation(r) ?? '' })) };
}
