import { z } from 'zod';

/**
 * The start-up health check of a freshly installed update, as a pure state machine over one small
 * record (kept in the data folder by rollbackFiles.ts). An install records the version coming and how
 * to bring back the one going; every start of the new version counts; a start that reaches "healthy"
 * (the office serving and the kiosk window loaded) ends the check. When the new version has started
 * MAX_FAILED_STARTS times without once reaching healthy, the next start brings back the previous version.
 */

export const MAX_FAILED_STARTS = 2;

const restorePlan = z.discriminatedUnion('kind', [
  /** Linux: a copy of the previous AppImage, put back over the running one. */
  z.object({ kind: z.literal('appimage'), keptFile: z.string().min(1) }),
  /** Windows: the previous version's own per-user installer, run silently. */
  z.object({ kind: z.literal('nsis'), installer: z.string().min(1) }),
]);

export const healthRecordSchema = z.object({
  pending: z
    .object({
      version: z.string(),
      previousVersion: z.string(),
      restore: restorePlan,
      startsBegun: z.int().nonnegative(),
      installedAt: z.int(),
    })
    .nullable(),
  /** The last version given up, so the updater does not install it again; cleared by the next install. */
  rolledBack: z.object({ version: z.string(), previousVersion: z.string(), at: z.int() }).nullable(),
});

export type RestorePlan = z.infer<typeof restorePlan>;
export type HealthRecord = z.infer<typeof healthRecordSchema>;
export type PendingUpdate = NonNullable<HealthRecord['pending']>;

export const EMPTY_HEALTH_RECORD: HealthRecord = { pending: null, rolledBack: null };

/** Just before an update is installed: the new version's starts will be counted from zero. */
export function recordInstall(install: Omit<PendingUpdate, 'startsBegun'>): HealthRecord {
  return { pending: { ...install, startsBegun: 0 }, rolledBack: null };
}

export type StartDecision =
  /** Start normally; with `watch`, call markHealthy once healthy. */
  | { action: 'start'; watch: boolean }
  /** Do not start the office: bring back the previous version (`note` says why, for the log). */
  | { action: 'roll_back'; restore: RestorePlan; note: string };

/** What a start of `runningVersion` does, and the record to save before doing it. */
export function beginStart(record: HealthRecord, runningVersion: string, now: number): { record: HealthRecord; decision: StartDecision } {
  const { pending } = record;
  if (!pending) return { record, decision: { action: 'start', watch: false } };
  // Another version is running: the installer has not run through yet (on Windows the OS may start the old
  // version again while it works), or failed. The record stays, so the new version is still checked when it starts.
  if (pending.version !== runningVersion) return { record, decision: { action: 'start', watch: false } };
  if (pending.startsBegun < MAX_FAILED_STARTS) {
    return { record: { ...record, pending: { ...pending, startsBegun: pending.startsBegun + 1 } }, decision: { action: 'start', watch: true } };
  }
  // The record is cleared before acting, so a rollback that fails is never tried in a loop.
  const after: HealthRecord = { pending: null, rolledBack: { version: pending.version, previousVersion: pending.previousVersion, at: now } };
  const note = `${pending.version} failed its start-up check ${pending.startsBegun} times; starting ${pending.previousVersion} again.`;
  return { record: after, decision: { action: 'roll_back', restore: pending.restore, note } };
}

/** The running version reached healthy: its check is over. */
export function markHealthy(record: HealthRecord, runningVersion: string): HealthRecord {
  return record.pending?.version === runningVersion ? { ...record, pending: null } : record;
}

/** The version the updater must not install again (it was rolled back), if any. */
export function rolledBackVersion(record: HealthRecord): string | null {
  return record.rolledBack?.version ?? null;
}
