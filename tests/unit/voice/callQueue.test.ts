import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { planAnnouncement } from '../../../src/shared/voice/announcement';
import { createCallQueue, type CallQueueOptions, type QueuedCall } from '../../../src/shared/voice/callQueue';

const CALL_MS = 3_000;
const GAP_MS = 500;

function call(seq: number, ticketLabel: string, counterNumber: number, language: 'id' | 'en' = 'id'): QueuedCall {
  return { seq, announcement: planAnnouncement({ ticketLabel, counterNumber, language }) };
}

/** A fake player that takes CALL_MS per call and records overlaps. */
function fakePlayer() {
  const log: string[] = [];
  let playing = 0;
  let maxPlaying = 0;
  const play = vi.fn(async (_clips: readonly string[], text: string) => {
    playing += 1;
    maxPlaying = Math.max(maxPlaying, playing);
    log.push(`start ${text} @${Date.now()}`);
    await new Promise((resolve) => setTimeout(resolve, CALL_MS));
    log.push(`end @${Date.now()}`);
    playing -= 1;
  });
  return { play, log, maxPlaying: () => maxPlaying };
}

function queueWith(player: ReturnType<typeof fakePlayer>, options: Partial<CallQueueOptions> = {}) {
  return createCallQueue({ play: player.play, gapMs: GAP_MS, ...options });
}

function playedTexts(player: ReturnType<typeof fakePlayer>): string[] {
  return player.play.mock.calls.map(([, text]) => text);
}

beforeEach(() => {
  vi.useFakeTimers({ now: 0 });
});

afterEach(() => {
  vi.useRealTimers();
});

describe('createCallQueue', () => {
  it('plays calls strictly one after another, in order, with a gap between them', async () => {
    const player = fakePlayer();
    const queue = queueWith(player);
    queue.enqueue(call(1, 'A-001', 1));
    queue.enqueue(call(2, 'A-002', 2));
    queue.enqueue(call(3, 'B-001', 3));
    await vi.runAllTimersAsync();

    expect(player.maxPlaying()).toBe(1);
    expect(player.log).toEqual([
      'start Nomor antrian A satu, silakan ke loket satu. @0',
      'end @3000',
      'start Nomor antrian A dua, silakan ke loket dua. @3500',
      'end @6500',
      'start Nomor antrian B satu, silakan ke loket tiga. @7000',
      'end @10000',
    ]);
  });

  it('makes a call that arrives while another plays wait for it', async () => {
    const player = fakePlayer();
    const queue = queueWith(player);
    queue.enqueue(call(1, 'A-001', 1));
    await vi.advanceTimersByTimeAsync(1_000);
    queue.enqueue(call(2, 'A-002', 1));

    expect(player.play).toHaveBeenCalledTimes(1);
    expect(queue.pendingCount()).toBe(1);
    await vi.advanceTimersByTimeAsync(CALL_MS + GAP_MS - 1_000);
    expect(player.play).toHaveBeenCalledTimes(2);
    expect(player.maxPlaying()).toBe(1);
  });

  it('passes the sentence the office voice says with the clips (only the chime in English)', async () => {
    const player = fakePlayer();
    const queue = queueWith(player);
    queue.enqueue(call(1, 'A-112', 3, 'en'));
    await vi.runAllTimersAsync();
    expect(player.play).toHaveBeenCalledWith(['chime'], 'Number A one hundred twelve, please go to counter three.');
  });

  it('does not duplicate the same ticket and counter queued twice in a row', async () => {
    const player = fakePlayer();
    const queue = queueWith(player);
    expect(queue.enqueue(call(1, 'A-001', 1))).toBe(true);
    expect(queue.enqueue(call(2, 'A-002', 1))).toBe(true);
    expect(queue.enqueue(call(3, 'A-002', 1))).toBe(false);
    expect(queue.enqueue(call(4, 'a-002', 1))).toBe(false);
    await vi.runAllTimersAsync();

    expect(player.play).toHaveBeenCalledTimes(2);
    expect(queue.lastHeardSeq()).toBe(4);
  });

  it('tells which call a repeat was folded into, so a log of queued calls can name it', async () => {
    const player = fakePlayer();
    const folded: number[] = [];
    const queue = queueWith(player, { onFolded: (seq) => folded.push(seq) });
    queue.enqueue(call(1, 'A-001', 1));
    queue.enqueue(call(2, 'A-002', 1));
    queue.enqueue(call(3, 'A-002', 1));
    queue.enqueue(call(4, 'A-003', 1));
    queue.enqueue(call(5, 'A-001', 1));
    await vi.runAllTimersAsync();
    expect(folded).toEqual([3]);
    expect(playedTexts(player)).toHaveLength(4);
  });

  it('folds a repeat of the call being played into it', async () => {
    const player = fakePlayer();
    const queue = queueWith(player);
    queue.enqueue(call(1, 'A-001', 1));
    await vi.advanceTimersByTimeAsync(1_000);
    expect(queue.enqueue(call(2, 'A-001', 1))).toBe(false);
    await vi.runAllTimersAsync();
    expect(player.play).toHaveBeenCalledTimes(1);
    expect(queue.lastHeardSeq()).toBe(2);
  });

  it('still plays the same ticket at another counter, a non-adjacent repeat, and a later recall', async () => {
    const player = fakePlayer();
    const queue = queueWith(player);
    queue.enqueue(call(1, 'A-001', 1));
    queue.enqueue(call(2, 'A-001', 2));
    queue.enqueue(call(3, 'A-001', 1));
    await vi.runAllTimersAsync();
    queue.enqueue(call(4, 'A-001', 1));
    await vi.runAllTimersAsync();
    expect(player.play).toHaveBeenCalledTimes(4);
  });

  it('ignores calls whose sequence number it has already seen', async () => {
    const player = fakePlayer();
    const queue = queueWith(player);
    queue.enqueue(call(5, 'A-005', 1));
    expect(queue.enqueue(call(5, 'A-005', 1))).toBe(false);
    expect(queue.enqueue(call(4, 'A-004', 1))).toBe(false);
    await vi.runAllTimersAsync();
    expect(playedTexts(player)).toEqual(['Nomor antrian A lima, silakan ke loket satu.']);
  });

  it('on reconnect enqueues only calls newer than the last heard one, oldest first', async () => {
    const player = fakePlayer();
    const queue = queueWith(player);
    const history = [call(3, 'A-003', 1), call(1, 'A-001', 1), call(5, 'A-005', 2), call(2, 'A-002', 1), call(4, 'A-004', 1)];

    expect(queue.enqueueNewerThan(history, 3)).toBe(2);
    await vi.runAllTimersAsync();
    expect(playedTexts(player)).toEqual([
      'Nomor antrian A empat, silakan ke loket satu.',
      'Nomor antrian A lima, silakan ke loket dua.',
    ]);

    expect(queue.enqueueNewerThan(history, 0)).toBe(0);
    await vi.runAllTimersAsync();
    expect(player.play).toHaveBeenCalledTimes(2);
    expect(queue.lastHeardSeq()).toBe(5);
  });

  it('does not replay calls from before a reload and reports each heard call', async () => {
    const player = fakePlayer();
    const onHeard = vi.fn();
    const queue = queueWith(player, { lastHeardSeq: 10, onHeard });
    expect(queue.enqueue(call(9, 'A-009', 1))).toBe(false);
    expect(queue.enqueue(call(11, 'A-011', 1))).toBe(true);
    await vi.runAllTimersAsync();
    expect(onHeard).toHaveBeenCalledExactlyOnceWith(11);
  });

  it('moves on after a failed call and does not retry it', async () => {
    const onError = vi.fn();
    const play = vi.fn().mockRejectedValueOnce(new Error('audio device lost')).mockResolvedValue(undefined);
    const queue = createCallQueue({ play, gapMs: GAP_MS, onError });
    queue.enqueue(call(1, 'A-001', 1));
    queue.enqueue(call(2, 'A-002', 1));
    await vi.runAllTimersAsync();

    expect(play).toHaveBeenCalledTimes(2);
    expect(onError).toHaveBeenCalledOnce();
    expect(onError.mock.calls[0]?.[1]).toMatchObject({ seq: 1 });
    expect(queue.lastHeardSeq()).toBe(2);
  });

  it('keeps playing when a listener throws', async () => {
    const player = fakePlayer();
    const onHeard = vi.fn(() => {
      throw new Error('storage full');
    });
    const queue = queueWith(player, { onHeard });
    queue.enqueue(call(1, 'A-001', 1));
    queue.enqueue(call(2, 'A-002', 1));
    await vi.runAllTimersAsync();
    expect(player.play).toHaveBeenCalledTimes(2);
    expect(queue.isBusy()).toBe(false);
  });

  it('gives up on a player that never settles, so later calls are not blocked forever', async () => {
    const onError = vi.fn();
    const play = vi.fn().mockReturnValueOnce(new Promise<void>(() => undefined)).mockResolvedValue(undefined);
    const queue = createCallQueue({ play, gapMs: GAP_MS, playTimeoutMs: 20_000, onError });
    queue.enqueue(call(1, 'A-001', 1));
    queue.enqueue(call(2, 'A-002', 1));

    await vi.advanceTimersByTimeAsync(19_999);
    expect(play).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1 + GAP_MS);
    expect(play).toHaveBeenCalledTimes(2);
    expect(onError.mock.calls[0]?.[0]).toBeInstanceOf(Error);
  });

  it('reports busy until the last call and its gap are over', async () => {
    const player = fakePlayer();
    const queue = queueWith(player);
    let idle = false;
    queue.enqueue(call(1, 'A-001', 1));
    void queue.whenIdle().then(() => {
      idle = true;
    });
    expect(queue.isBusy()).toBe(true);
    await vi.advanceTimersByTimeAsync(CALL_MS + GAP_MS - 1);
    expect(idle).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(idle).toBe(true);
    expect(queue.isBusy()).toBe(false);
  });
});
