import { z } from 'zod';
import { counterView, ticketView } from './schemas';

/** Events the core pushes to every subscribed screen after a state change has committed. */
export const eventSchemas = {
  'queue.changed': z.object({ serviceCodes: z.array(z.string()) }),
  'ticket.called': z.object({ callId: z.int(), ticket: ticketView, counterNumber: z.int(), counterName: z.string(), recall: z.boolean() }),
  'counter.changed': z.object({ counter: counterView }),
} as const;

export type EventName = keyof typeof eventSchemas;
export type EventPayload<E extends EventName> = z.infer<(typeof eventSchemas)[E]>;

export type LoketEvent = { [E in EventName]: { type: E; seq: number; payload: EventPayload<E> } }[EventName];

export const eventEnvelope = z.object({ type: z.enum(Object.keys(eventSchemas) as [EventName, ...EventName[]]), seq: z.int(), payload: z.unknown() });
