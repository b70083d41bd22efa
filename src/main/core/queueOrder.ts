import { slotStartsAt } from '../../shared/booking/slots';
import type { PriorityPolicy } from '../../shared/config/officeConfig';

export interface Queued {
  priorityReason: string | null;
  queueFront: boolean;
  enqueuedAt: number;
  enqueueSeq: number;
}

/**
 * First-come-first-served inside each class, never last-in-first-out: front-of-queue transfers first,
 * then priority (Pasal 29) tickets, then regular ones, each by the time it joined the queue.
 */
export function compareQueued(a: Queued, b: Queued): number {
  if (a.queueFront !== b.queueFront) return a.queueFront ? -1 : 1;
  const pa = a.priorityReason !== null;
  const pb = b.priorityReason !== null;
  if (pa !== pb) return pa ? -1 : 1;
  return a.enqueuedAt - b.enqueuedAt || a.enqueueSeq - b.enqueueSeq;
}

export function orderQueue<T extends Queued>(tickets: readonly T[]): T[] {
  return [...tickets].sort(compareQueued);
}

/** The heads of the queues a counter serves, each read from the store in compareQueued's order. */
export interface QueueHeads<T extends Queued> {
  /** The first ticket of each served queue. */
  firsts: readonly T[];
  /** The regular ticket (neither front-of-queue nor priority) that has waited longest in each served queue. */
  oldestRegulars: () => readonly T[];
}

/**
 * The next ticket to call: the first of the queue heads. With the ratio policy a counter that has just
 * called `priorityPerRegular` priority tickets in a row takes the oldest regular ticket next, so regular
 * visitors are not starved. Only the heads are read, so a call costs the same however long the queue is.
 */
export function pickNext<T extends Queued>(heads: QueueHeads<T>, policy: PriorityPolicy, priorityStreak: number): T | undefined {
  const first = orderQueue(heads.firsts)[0];
  if (!first || policy.mode === 'priority-first') return first;
  if (first.queueFront || first.priorityReason === null || priorityStreak < policy.priorityPerRegular) return first;
  return orderQueue(heads.oldestRegulars())[0] ?? first;
}

/**
 * People ahead of a ticket as it joins its queue at its place (now for a walk-in, the slot's start for a
 * booked one): the same order as compareQueued, from the per-class counts so issuing stays cheap however
 * long the queue is. Its own class counts only up to its place, not the whole class: `sameClassPlacedAfter`
 * are the booked tickets placed at a slot that has not begun, which wait behind it.
 */
export function aheadOfNewTicket(
  waiting: { front: number; priority: number; regular: number },
  isPriority: boolean,
  sameClassPlacedAfter: number,
): number {
  return waiting.front + waiting.priority + (isPriority ? 0 : waiting.regular) - sameClassPlacedAfter;
}

/**
 * Where a booked visitor's ticket joins its queue, the rule staff are told (README, "Booked visitors in
 * the queue"): at the start of the booked slot, whenever inside the check-in window the visitor checks in.
 * Visitors who took a number after that moment wait behind it, those who took one before stay ahead;
 * the classes stay as they are (front-of-queue transfers, then Pasal 29 priority, then the rest).
 */
export function bookingPlacedAt(day: string, slot: string, timeZone: string): number {
  return slotStartsAt(day, slot, timeZone);
}
