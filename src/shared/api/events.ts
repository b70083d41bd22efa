import { z } from 'zod';
import { EVENT_NAMES, type EventName } from './eventNames';
import { counterView, printerStatus, storageStatus, ticketView } from './schemas';

export { EVENT_NAMES, type EventName };

/** Events the core pushes to every subscribed screen after a state change has committed. */
export const eventSchemas = {
  'queue.changed': z.object({ serviceCodes: z.array(z.string()) }),
  'ticket.called': z.object({ callId: z.int(), ticket: ticketView, counterNumber: z.int(), counterName: z.string(), recall: z.boolean() }),
  /** A counter finished serving a ticket: its rating tablet can invite the resident to the survey. */
  'ticket.finished': z.object({ ticket: ticketView, counterNumber: z.int() }),
  'counter.changed': z.object({ counter: counterView }),
  'printer.status': z.object({ status: printerStatus, previous: printerStatus }),
  /** A supervisor changed the settings; screens reload what they show. */
  'config.changed': z.object({ by: z.string() }),
  /** The disk holding the database turned full, or has room again: the kiosk stops or resumes issuing. */
  'storage.status': z.object({ status: storageStatus }),
} as const satisfies Record<EventName, z.ZodType>;
export type EventPayload<E extends EventName> = z.infer<(typeof eventSchemas)[E]>;

export type LoketEvent = { [E in EventName]: { type: E; seq: number; payload: EventPayload<E> } }[EventName];
