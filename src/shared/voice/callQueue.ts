/**
 * Plays announcements strictly one after another (a call never cuts another off) through an
 * injected player, and uses the server's call sequence numbers so a reconnecting display does not
 * replay calls it has already spoken.
 */
import type { Announcement } from './announcement';

export interface QueuedCall {
  /** The server's increasing call sequence number. */
  seq: number;
  announcement: Announcement;
}

/** Says one call (the office voice saying `text`, the clips when it cannot) and settles when the sound has ended. */
export type PlayAnnouncement = (clips: readonly string[], text: string) => Promise<void>;

export interface CallQueueOptions {
  play: PlayAnnouncement;
  /** Silence after each call so consecutive calls do not run together. */
  gapMs?: number;
  /** Safety net for a player that never settles; far above any real call so it never cuts one short. */
  playTimeoutMs?: number;
  /** Last heard sequence number kept from before a reload. */
  lastHeardSeq?: number;
  /** Called after each call ends, so the display can persist the sequence number. */
  onHeard?: (seq: number) => void;
  /** Called when a call repeats the one queued or playing just before it, which now says it under `seq`. */
  onFolded?: (seq: number) => void;
  onError?: (error: unknown, call: QueuedCall) => void;
}

export interface CallQueue {
  /** Queues one call; false when it is old (seq already seen) or repeats the call just before it. */
  enqueue(call: QueuedCall): boolean;
  /** After a reconnect: queues, in seq order, only calls newer than `lastHeardSeq`; returns how many. */
  enqueueNewerThan(calls: readonly QueuedCall[], lastHeardSeq: number): number;
  lastHeardSeq(): number;
  pendingCount(): number;
  isBusy(): boolean;
  /** Resolves once nothing is playing or waiting. */
  whenIdle(): Promise<void>;
}

export const DEFAULT_GAP_MS = 700;
export const DEFAULT_PLAY_TIMEOUT_MS = 30_000;

function sameCall(a: Announcement, b: Announcement): boolean {
  return a.ticketLabel.trim().toUpperCase() === b.ticketLabel.trim().toUpperCase() && a.counterNumber === b.counterNumber;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function withTimeout(promise: Promise<void>, ms: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Announcement did not finish within ${ms} ms`)), ms);
    promise.then(
      () => {
        clearTimeout(timer);
        resolve();
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}

/** A throwing listener must not stop the queue, or every later call would go unspoken. */
function notify(listener: () => void): void {
  try {
    listener();
  } catch {
    return;
  }
}

export function createCallQueue(options: CallQueueOptions): CallQueue {
  const gapMs = options.gapMs ?? DEFAULT_GAP_MS;
  const playTimeoutMs = options.playTimeoutMs ?? DEFAULT_PLAY_TIMEOUT_MS;
  const pending: QueuedCall[] = [];
  let current: QueuedCall | null = null;
  let busy = false;
  let heardSeq = options.lastHeardSeq ?? 0;
  let newestSeq = heardSeq;
  let idleWaiters: Array<() => void> = [];

  async function playOne(call: QueuedCall): Promise<void> {
    try {
      await withTimeout(options.play(call.announcement.clips, call.announcement.text), playTimeoutMs);
    } catch (error) {
      // A failed call is not retried: replaying it later would announce a stale ticket.
      notify(() => options.onError?.(error, call));
    }
    // Read seq after playing: a duplicate that arrived meanwhile was folded into this call.
    heardSeq = Math.max(heardSeq, call.seq);
    notify(() => options.onHeard?.(heardSeq));
  }

  async function drain(): Promise<void> {
    busy = true;
    for (let next = pending.shift(); next !== undefined; next = pending.shift()) {
      current = next;
      await playOne(next);
      current = null;
      await sleep(gapMs);
    }
    busy = false;
    const waiters = idleWaiters;
    idleWaiters = [];
    for (const resolve of waiters) resolve();
  }

  function enqueue(call: QueuedCall): boolean {
    if (call.seq <= newestSeq) return false;
    newestSeq = call.seq;
    const previous = pending.at(-1) ?? current;
    if (previous !== null && sameCall(previous.announcement, call.announcement)) {
      previous.seq = call.seq;
      notify(() => options.onFolded?.(call.seq));
      return false;
    }
    pending.push({ ...call });
    if (!busy) void drain();
    return true;
  }

  return {
    enqueue,
    enqueueNewerThan(calls, lastHeardSeq) {
      newestSeq = Math.max(newestSeq, lastHeardSeq);
      const newer = [...calls].sort((a, b) => a.seq - b.seq);
      return newer.filter((call) => enqueue(call)).length;
    },
    lastHeardSeq: () => heardSeq,
    pendingCount: () => pending.length,
    isBusy: () => busy,
    whenIdle: () => (busy ? new Promise<void>((resolve) => idleWaiters.push(resolve)) : Promise.resolve()),
  };
}
