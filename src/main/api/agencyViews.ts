import type { MethodOutput } from '../../shared/api/contract';
import type { MonitorView } from '../../shared/api/methods/stats';
import { agencyParts } from '../../shared/config/agencyOfService';
import { zoneServiceCodes } from '../../shared/config/displayZones';
import type { OfficeConfig } from '../../shared/config/officeConfig';
import type { Caller } from '../auth/caller';

/**
 * The live monitor as a supervisor of one agency sees it: that agency's services, counters and alerts; the
 * building's printer, sync and disk health stay (they concern every agency). The building sees all.
 */
export function monitorFor(caller: Caller, view: MonitorView, config: OfficeConfig): MonitorView {
  const agency = caller.agency;
  if (agency === undefined) return view;
  const parts = agencyParts(config, agency);
  const services = new Set(parts.services);
  const counters = new Set(parts.counters);
  return {
    ...view,
    services: view.services.filter((s) => services.has(s.serviceCode)),
    counters: view.counters.filter((c) => counters.has(c.number)),
    alerts: view.alerts.filter(
      (a) => (a.serviceCode === null || services.has(a.serviceCode)) && (a.counterNumber === null || counters.has(a.counterNumber)),
    ),
  };
}

/**
 * The configuration as a supervisor of one agency reads it (names, hours, targets for its screens): its own
 * agency, services and counters; nothing of the building's network, sync, updates, or the change log.
 */
export function settingsFor(caller: Caller, view: MethodOutput<'settings.get'>): MethodOutput<'settings.get'> {
  const agency = caller.agency;
  if (agency === undefined) return view;
  const { sync: _sync, lan: _lan, update: _update, ...config } = view.config;
  return {
    config: {
      ...config,
      agencies: config.agencies?.filter((a) => a.id === agency),
      services: config.services.filter((s) => s.agency === agency),
      counters: config.counters.filter((c) => c.agency === agency),
    },
    savedTo: '',
    changes: [],
  };
}

/**
 * The services whose queue and calls a caller may read, or null for all: a zone TV its zone's, a
 * supervisor of one agency its agency's.
 */
export function servicesSeenBy(caller: Caller, config: OfficeConfig): ReadonlySet<string> | null {
  const zone = zoneServiceCodes(config, caller.zone);
  if (caller.role !== 'supervisor' || caller.agency === undefined) return zone;
  return new Set(agencyParts(config, caller.agency).services.filter((code) => zone === null || zone.has(code)));
}
