import type { Language } from '../../../../../shared/i18n';
import type { Issue } from '../../../../../shared/validation/issueRules';

/**
 * The booking settings as the supervisor types them. A service's booking share is a fraction (0–1) in the
 * configuration and a percentage on the form; the office's own schema judges the fraction, and its
 * bounds are said back in percent at the field, so there is no second set of limits here.
 */

/** 0.35 → 35 (rounded to hundredths of a percent, so 0.07 shows as 7, not 7.000000000000001). */
export function percentOf(share: number): number {
  return Math.round(share * 10_000) / 100;
}

/** A typed percentage as the configuration's fraction; empty is NaN, sent as null for the office to name. */
export function shareOf(percent: number | undefined): number {
  return percent === undefined ? Number.NaN : percent / 100;
}

const SHARE_FIELD = /(^|\.)services\[\d+\]\.bookingShare$/;

/** An issue of a share field with its bounds in percent ("Paling besar 100 %."), as the field shows the value. */
export function inPercent(issue: Issue): Issue {
  if (!SHARE_FIELD.test(issue.field) || !issue.params) return issue;
  const params = Object.fromEntries(Object.entries(issue.params).map(([k, v]) => [k, (k === 'minimum' || k === 'maximum') && typeof v === 'number' ? `${percentOf(v)} %` : v]));
  return { ...issue, params };
}

/** The check-in window of an example slot at 09:00, in the supervisor's words of a time; null while a value is not a whole number of minutes. */
export function windowExample(lang: Language, beforeMinutes: number, afterMinutes: number): { slot: string; opensAt: string; closesAt: string } | null {
  if (!Number.isInteger(beforeMinutes) || !Number.isInteger(afterMinutes) || beforeMinutes < 0 || afterMinutes < 0) return null;
  const slot = 9 * 60;
  const clock = (minutes: number): string => {
    const day = ((minutes % 1440) + 1440) % 1440;
    const text = `${String(Math.floor(day / 60)).padStart(2, '0')}:${String(day % 60).padStart(2, '0')}`;
    return lang === 'id' ? text.replace(':', '.') : text;
  };
  return { slot: clock(slot), opensAt: clock(slot - beforeMinutes), closesAt: clock(slot + afterMinutes) };
}
