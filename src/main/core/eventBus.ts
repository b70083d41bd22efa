import type { EventName, EventPayload, LoketEvent } from '../../shared/api/events';

export type EventListener = (event: LoketEvent) => void;

/**
 * The events every screen follows (queue.changed, ticket.called…), numbered in the order published.
 * Changes publish only after their commit; a failing listener is logged and the others still hear it.
 */
export class EventBus {
  private readonly listeners = new Set<EventListener>();
  private seq = 0;

  subscribe(listener: EventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  publish<E extends EventName>(type: E, payload: EventPayload<E>): void {
    const event = { type, seq: ++this.seq, payload } as LoketEvent;
    for (const l of this.listeners) {
      try {
        l(event);
      } catch (err) {
        console.error('[core] event listener failed', err);
      }
    }
  }
}
