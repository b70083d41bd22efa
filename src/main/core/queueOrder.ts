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

/**
 * The next ticket to call. With the ratio policy a counter that has just called `priorityPerRegular`
 * priority tickets in a row takes the oldest regular ticket next, so regular visitors are not starved.
 */
export function pickNext<T extends Queued>(waiting: readonly T[], policy: PriorityPolicy, priorityStreak: number): T | undefined {
  const ordered = orderQueue(waiting);
  const first = ordered[0];
  if (!first || policy.mode === 'priority-first') return first;
  if (first.queueFront || first.priorityReason === null || priorityStreak < policy.priorityPerRegular) return first;
  return ordered.find((t) => t.priorityReason === null && !t.queueFront) ?? first;
}

/**
 * People ahead of a ticket that has just joined the back of its class: the same order as compareQueued,
 * counted per class so issuing stays cheap however long the queue is.
 */
export function aheadOfNewTicket(
  waiting: { front: number; priority: number; regular: number },
  isPriority: boolean,
): number {
  return waiting.front + waiting.priority + (isPriority ? 0 : waiting.regular);
}
