import { performance } from 'node:perf_hooks';
import { slotCapacity } from '../../shared/booking/slots';
import { standardsDocument, type StandardsDocument } from '../../shared/booking/standards';
import { describeIssues } from '../../shared/validation/describeIssues';
import type { Database } from '../db/database';
import { bookingStandardsRepo } from '../store/bookingStandardsRepo';
import type { KioskRecord } from '../store/kiosksRepo';
import { SyncError } from './syncError';

export interface OfficeStandards {
  officeId: string;
  /** The name the city registered (the document's own name is the office's spelling). */
  officeName: string;
  doc: StandardsDocument;
  receivedAt: Date;
}

/** Services with at least one bookable seat per slot. */
export function bookableServices(doc: StandardsDocument): string[] {
  return doc.services.filter((s) => slotCapacity(doc, s.code) > 0).map((s) => s.code);
}

/**
 * Stores the standards document a kiosk pushed for its office (the latest push wins: every kiosk of an
 * office reads the same configuration file). Counters naming a service the document lacks are refused.
 */
export async function putStandards(db: Database, kiosk: KioskRecord, body: unknown, now: Date): Promise<string[]> {
  const parsed = standardsDocument.safeParse(body);
  if (!parsed.success) {
    throw new SyncError('bad_request', 'The service standards document is malformed.', 'Dokumen standar pelayanan tidak sah.', { problems: describeIssues(parsed.error) });
  }
  const codes = new Set(parsed.data.services.map((s) => s.code));
  const unknown = parsed.data.counters.flatMap((c) => c.services).filter((c) => !codes.has(c));
  if (unknown.length > 0) {
    throw new SyncError('bad_request', `Counters serve unknown services: ${[...new Set(unknown)].join(', ')}.`, 'Loket melayani layanan yang tidak ada di dokumen.');
  }
  await db.transaction((tx) => bookingStandardsRepo.put(tx, kiosk.officeId, parsed.data, kiosk.id, now));
  cacheOf(db).delete(kiosk.officeId);
  return bookableServices(parsed.data);
}

const parse = (stored: { officeId: string; officeName: string; document: unknown; receivedAt: Date }): OfficeStandards | undefined => {
  // Stored only after validation; a document an older version stored that no longer parses is left out.
  const doc = standardsDocument.safeParse(stored.document);
  return doc.success ? { officeId: stored.officeId, officeName: stored.officeName, doc: doc.data, receivedAt: stored.receivedAt } : undefined;
};

/**
 * Every booking reads its office's document: each instance keeps it for a few seconds. A push to this
 * instance replaces it at once; another instance sees it within STANDARDS_CACHE_MS.
 */
const STANDARDS_CACHE_MS = 10_000;
const recent = new WeakMap<Database, Map<string, { until: number; value: OfficeStandards | undefined }>>();

function cacheOf(db: Database): Map<string, { until: number; value: OfficeStandards | undefined }> {
  let cache = recent.get(db);
  if (!cache) recent.set(db, (cache = new Map()));
  return cache;
}

export async function officeStandards(db: Database, officeId: string): Promise<OfficeStandards | undefined> {
  const cache = cacheOf(db);
  const hit = cache.get(officeId);
  // The process clock, not the injectable one: this is how old the copy is, not what day it is.
  if (hit && hit.until > performance.now()) return hit.value;
  const stored = await bookingStandardsRepo.get(db, officeId);
  const value = stored && parse(stored);
  if (cache.size >= 1_000) cache.clear();
  cache.set(officeId, { until: performance.now() + STANDARDS_CACHE_MS, value });
  return value;
}

/** Every office's latest document (bookable or not), those that still parse. */
export async function allOfficeStandards(db: Database): Promise<OfficeStandards[]> {
  return (await bookingStandardsRepo.all(db)).map(parse).filter((o): o is OfficeStandards => o !== undefined);
}

/** Offices (and vans) with at least one bookable service. */
export async function bookableOffices(db: Database): Promise<OfficeStandards[]> {
  return (await allOfficeStandards(db)).filter((o) => bookableServices(o.doc).length > 0);
}
