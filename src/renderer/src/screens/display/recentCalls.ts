import type { EventPayload } from '../../../../shared/api/events';
import type { CallView } from '../../../../shared/api/schemas';

/** A pushed call as the list entry `calls.recent` would return for it. */
export function callFromEvent(payload: EventPayload<'ticket.called'>, receivedAt: number): CallView {
  return {
    callId: payload.callId,
    ticket: payload.ticket,
    counterNumber: payload.counterNumber,
    counterName: payload.counterName,
    recall: payload.recall,
    at: payload.ticket.calledAt ?? receivedAt,
  };
}

/**
 * Newest first, at most `limit` entries, one per ticket: a recall moves the ticket back to the top
 * instead of listing it twice.
 */
export function mergeCalls(current: readonly CallView[], incoming: readonly CallView[], limit: number): CallView[] {
  const byCallId = new Map<number, CallView>();
  for (const call of [...current, ...incoming]) byCallId.set(call.callId, call);
  const newestFirst = [...byCallId.values()].sort((a, b) => b.callId - a.callId);
  const seenTickets = new Set<string>();
  const merged: CallView[] = [];
  for (const call of newestFirst) {
    if (merged.length >= limit) break;
    if (seenTickets.has(call.ticket.id)) continue;
    seenTickets.add(call.ticket.id);
    merged.push(call);
  }
  return merged;
}

/**
 * The list after a fresh `calls.recent`: the server's answer wins (a new service day drops
 * yesterday's calls); only pushed calls newer than its newest are kept, as they may have arrived meanwhile.
 */
export function withRecent(current: readonly CallView[], recent: readonly CallView[], limit: number): CallView[] {
  const newest = Math.max(0, ...recent.map((c) => c.callId));
  return mergeCalls(
    current.filter((c) => c.callId > newest),
    recent,
    limit,
  );
}
