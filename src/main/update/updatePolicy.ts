import { createHash } from 'node:crypto';
import type { OfficeConfig } from '../../shared/config/officeConfig';
import { toLocal } from '../../shared/time/localTime';
import { isWithinHours } from '../../shared/time/openingHours';

/** When a downloaded update may be installed: pure, so every rule is unit-tested without Electron. */

export interface InstallRules {
  /** Minutes without any ticket event or touch before the kiosk counts as idle. */
  idleMinutes: number;
  /** Minutes before opening and after closing that still count as office hours (staff arrive early, leave late). */
  marginMinutes: number;
}

export const DEFAULT_INSTALL_RULES: InstallRules = { idleMinutes: 30, marginMinutes: 60 };

export interface InstallContext {
  now: number;
  office: Pick<OfficeConfig['office'], 'timeZone' | 'openingHours' | 'closedDates'>;
  /** The last ticket event or touch on any screen of this PC. */
  lastActivityAt: number;
  /** Tickets of today that are waiting, called, being served or held: someone is in the office. */
  activeTickets: number;
  /** The feed's stagingPercentage; null or undefined means every kiosk. */
  rolloutPercent: number | null | undefined;
  replicaId: string;
  rules: InstallRules;
}

export type WaitReason = 'not_in_rollout' | 'people_in_queue' | 'office_hours' | 'not_idle';
export type InstallDecision = { install: true } | { install: false; reason: WaitReason };

/** A stable bucket 0–99 for this kiosk: the same kiosk always falls in the same part of a staged rollout. */
export function rolloutBucket(replicaId: string): number {
  return createHash('sha256').update(replicaId).digest().readUInt32BE(0) % 100;
}

export function isInRollout(replicaId: string, percent: number | null | undefined): boolean {
  if (percent === null || percent === undefined || !Number.isFinite(percent)) return true;
  return rolloutBucket(replicaId) < percent;
}

const STEP_MS = 5 * 60_000;

/**
 * Whether the office is open at any moment within the margin around now (checked every 5 minutes, in
 * the office's time zone, so midnight, weekends and closed dates fall out of the same rule).
 */
export function isNearOfficeHours(now: number, office: InstallContext['office'], marginMinutes: number): boolean {
  const margin = marginMinutes * 60_000;
  for (let t = now - margin; t <= now + margin; t += STEP_MS) {
    const local = toLocal(t, office.timeZone);
    if (!office.closedDates.includes(local.date) && isWithinHours(office.openingHours, local.weekday, local.minuteOfDay)) return true;
  }
  return false;
}

/** Installing restarts the app: never while anyone is queued or served, in office hours, or soon after a touch. */
export function shouldInstall(ctx: InstallContext): InstallDecision {
  if (!isInRollout(ctx.replicaId, ctx.rolloutPercent)) return { install: false, reason: 'not_in_rollout' };
  if (ctx.activeTickets > 0) return { install: false, reason: 'people_in_queue' };
  if (isNearOfficeHours(ctx.now, ctx.office, ctx.rules.marginMinutes)) return { install: false, reason: 'office_hours' };
  if (ctx.now - ctx.lastActivityAt < ctx.rules.idleMinutes * 60_000) return { install: false, reason: 'not_idle' };
  return { install: true };
}

function nonNegativeInt(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0 || value > 24 * 60) throw new Error(`${name} must be a number of minutes 0–1440, not "${raw}"`);
  return value;
}

/** LOKET_UPDATE_IDLE_MINUTES and LOKET_UPDATE_MARGIN_MINUTES (docs/updates.md, "Updates"). */
export function installRulesFromEnv(env: NodeJS.ProcessEnv): InstallRules {
  return {
    idleMinutes: nonNegativeInt(env, 'LOKET_UPDATE_IDLE_MINUTES', DEFAULT_INSTALL_RULES.idleMinutes),
    marginMinutes: nonNegativeInt(env, 'LOKET_UPDATE_MARGIN_MINUTES', DEFAULT_INSTALL_RULES.marginMinutes),
  };
}
