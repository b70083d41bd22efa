import type { LoketEvent } from '../../shared/api/events';

/**
 * What a zone display's event stream carries: calls, finished tickets and queue changes of its zone's
 * services only (a queue change trimmed to them), counters serving any of them, and every event that names
 * no service (printer, settings, storage). Null services: the whole building, every event as it is.
 */
export function eventForZone(event: LoketEvent, services: ReadonlySet<string> | null): LoketEvent | null {
  if (services === null) return event;
  switch (event.type) {
    case 'ticket.called':
    case 'ticket.finished':
      return services.has(event.payload.ticket.serviceCode) ? event : null;
    case 'queue.changed': {
      const serviceCodes = event.payload.serviceCodes.filter((code) => services.has(code));
      return serviceCodes.length === 0 ? null : { ...event, payload: { serviceCodes } };
    }
    case 'counter.changed':
      return event.payload.counter.services.some((code) => services.has(code)) ? event : null;
    default:
      return event;
  }
}
