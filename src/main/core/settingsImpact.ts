import type { FieldProblem } from '../../shared/api/errors';
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
  blocking: FieldProblem[];
  /** Changes that are allowed once the supervisor confirms them. */
  confirm: FieldProblem[];
}

/** Checks a new configuration against the old one and the office's state before it is applied. */
export function settingsImpact(before: OfficeConfig, after: OfficeConfig, state: OfficeState): SettingsImpact {
  const blocking: FieldProblem[] = [];
  const confirm: FieldProblem[] = [];
  const kept = new Map(after.services.map((s) => [s.code, s]));
  for (const old of before.services) {
    const next = kept.get(old.code);
    const waiting = state.waitingByService.get(old.code) ?? 0;
    const issued = state.issuedTodayByService.get(old.code) ?? 0;
    if (!next) {
      if (waiting > 0) {
        const text = `${old.code} still has ${waiting} people waiting; transfer or serve them before removing the service`;
        blocking.push({ field: 'services', rule: 'service_has_waiting', params: { service: old.code, n: waiting }, text });
      }
      continue;
    }
    if (next.dailyQuota !== undefined && next.dailyQuota < issued) {
      const text = `${next.dailyQuota} is below the ${issued} numbers already taken today; the service will show "full" for the rest of the day`;
      confirm.push({ field: `services.${old.code}.dailyQuota`, rule: 'quota_below_issued', params: { service: old.code, quota: next.dailyQuota, issued }, text });
    }
    if (next.prefix !== old.prefix && issued > 0) {
      const text = `changing "${old.prefix}" to "${next.prefix}" mid-day gives today's later visitors a different letter`;
      confirm.push({ field: `services.${old.code}.prefix`, rule: 'prefix_mid_day', params: { service: old.code, from: old.prefix, to: next.prefix }, text });
    }
  }
  const keptCounters = new Set(after.counters.map((c) => c.number));
  for (const c of before.counters) {
    if (!keptCounters.has(c.number) && state.busyCounters.has(c.number)) {
      blocking.push({ field: 'counters', rule: 'counter_in_use', params: { counter: c.name }, text: `${c.name} is open or serving; close it before removing it` });
    }
  }
  if (after.office.timeZone !== before.office.timeZone) {
    const text = `changing ${before.office.timeZone} to ${after.office.timeZone} moves the service day, opening hours and reports`;
    confirm.push({ field: 'office.timeZone', rule: 'time_zone_change', params: { from: before.office.timeZone, to: after.office.timeZone }, text });
  }
  if (after.office.id !== before.office.id) {
    const text = `the city server knows this office as "${before.office.id}"; changing it needs a new enrolment`;
    confirm.push({ field: 'office.id', rule: 'office_id_change', params: { id: before.office.id }, text });
  }
  return { blocking, confirm };
}
