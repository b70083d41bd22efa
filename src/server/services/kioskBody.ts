import type { z } from 'zod';
import { describeIssues } from '../../shared/validation/describeIssues';
import type { KioskRecord } from '../store/kiosksRepo';
import { SyncError } from './syncError';

/**
 * A kiosk's report about its own office, checked before anything is stored: malformed (400, each problem
 * named) or about another office than the one the kiosk is enrolled for (wrong_office).
 */
export function officeReportFrom<S extends z.ZodType<{ officeId: string }>>(
  schema: S,
  body: unknown,
  kiosk: KioskRecord,
  what: { en: string; id: string },
): z.infer<S> {
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    const problems = describeIssues(parsed.error);
    throw new SyncError('bad_request', `The ${what.en} did not pass the checks: ${problems.slice(0, 5).join('; ')}`, `${what.id} tidak sah.`, { problems });
  }
  const report = parsed.data;
  if (report.officeId !== kiosk.officeId) {
    throw new SyncError(
      'wrong_office',
      `This kiosk is enrolled for office ${kiosk.officeId}, not ${report.officeId}; nothing was stored.`,
      `Kios ini terdaftar untuk kantor ${kiosk.officeId}, bukan ${report.officeId}.`,
    );
  }
  return report;
}
