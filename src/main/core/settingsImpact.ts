import type { OfficeConfig } from '../../shared/config/officeConfig';

/** What the office looks like right now, as far as a settings change could hurt it. */
export interface OfficeState {
  waitingByService: ReadonlyMap<string, number>;
  issuedTodayByService: ReadonlyMap<string, number>;
  /** Counters that are open, paused with a ticket, or have a current ticket. */
  busyCounters: ReadonlySet<number>;
}

export interface SettingsImpact {
  /** Changes that would lose or orphan something: refused. */
  blocking: string[];
  /** Changes that are allowed once the supervisor confirms them. */
  confirm: string[];
}

/** Checks a new configuration against the old one and the office's state before it is applied. */
export function settingsImpact(before: OfficeConfig, after: OfficeConfig, state: OfficeState): SettingsImpact {
  const blocking: string[] = [];
  const confirm: string[] = [];
  const kept = new Map(after.services.map((s) => [s.code, s]));
  for (const old of before.services) {
    const next = kept.get(old.code);
    const waiting = state.waitingByService.get(old.code) ?? 0;
    const issued = state.issuedTodayByService.get(old.code) ?? 0;
    if (!next) {
      if (waiting > 0) blocking.push(`services: ${old.code} still has ${waiting} people waiting; transfer or serve them before removing the service`);
      continue;
    }
    if (next.dailyQuota !== undefined && next.dailyQuota < issued) {
      confirm.push(`services.${old.code}.dailyQuota: ${next.dailyQuota} is below the ${issued} numbers already taken today; the service will show "full" for the rest of the day`);
    }
    if (next.prefix !== old.prefix && issued > 0) {
      confirm.push(`services.${old.code}.prefix: changing "${old.prefix}" to "${next.prefix}" mid-day gives today's later visitors a different letter`);
    }
  }
  const keptCounters = new Set(after.counters.map((c) => c.number));
  for (const c of before.counters) {
    if (!keptCounters.has(c.number) && state.busyCounters.has(c.number)) {
      blocking.push(`counters: ${c.name} is open or serving; close it before removing it`);
    }
  }
  if (after.office.timeZone !== before.office.timeZone) {
    confirm.push(`office.timeZone: changing ${before.office.timeZone} to ${after.office.timeZone} moves the service day, opening hours and reports`);
  }
  if (after.office.id !== before.office.id) {
    confirm.push(`office.id: the city server knows this office as "${before.office.id}"; changing it needs a new enrolment`);
  }
  return { blocking, confirm };
}
