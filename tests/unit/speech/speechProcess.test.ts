import { afterEach, describe, expect, it, vi } from 'vitest';
import { SpeechBusyError, SpeechProcess } from '../../../src/main/speech/speechProcess';
import type { SynthesisReply, SynthesisRequest, WorkerChannel } from '../../../src/main/speech/workerProtocol';

/** A speech process the test answers by hand. */
class FakeWorker implements WorkerChannel {
  readonly requests: SynthesisRequest[] = [];
  killed = false;
  private replyTo: (reply: SynthesisReply) => void = () => undefined;
  private exitTo: (detail: string) => void = () => undefined;
  send(request: SynthesisRequest): void {
    this.requests.push(request);
  }
  onReply(listener: (reply: SynthesisReply) => void): void {
    this.replyTo = listener;
  }
  onExit(listener: (detail: string) => void): void {
    this.exitTo = listener;
  }
  kill(): void {
    this.killed = true;
  }
  answer(index: number, bytes = new Uint8Array([index])): void {
    this.replyTo({ id: this.requests[index]!.id, wav: bytes });
  }
  crash(): void {
    this.exitTo('exit code 1');
  }
}

function launcher(): { launch: () => FakeWorker; started: FakeWorker[] } {
  const started: FakeWorker[] = [];
  return {
    started,
    launch: () => {
      const worker = new FakeWorker();
      started.push(worker);
      return worker;
    },
  };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('SpeechProcess', () => {
  it('starts the process at the first text only, and sends one text at a time in order', async () => {
    const { launch, started } = launcher();
    const speech = new SpeechProcess(launch);
    expect(started).toHaveLength(0);
    const first = speech.synthesize('satu', 'id', 140);
    const second = speech.synthesize('dua', 'id', 140);
    expect(started).toHaveLength(1);
    expect(started[0]!.requests.map((r) => r.text)).toEqual(['satu']);
    started[0]!.answer(0);
    await expect(first).resolves.toEqual(new Uint8Array([0]));
    expect(started[0]!.requests.map((r) => r.text)).toEqual(['satu', 'dua']);
    started[0]!.answer(1);
    await expect(second).resolves.toEqual(new Uint8Array([1]));
    speech.close();
  });

  it('refuses at once beyond its waiting list rather than queueing without end', async () => {
    const { launch } = launcher();
    const speech = new SpeechProcess(launch, { maxWaiting: 2 });
    const running = speech.synthesize('a', 'id', 140);
    const waiting = [speech.synthesize('b', 'id', 140), speech.synthesize('c', 'id', 140)];
    await expect(speech.synthesize('d', 'id', 140)).rejects.toBeInstanceOf(SpeechBusyError);
    speech.close();
    await expect(running).rejects.toThrow('speech stopped');
    for (const w of waiting) await expect(w).rejects.toThrow('speech stopped');
  });

  it('gives up a hung text, ends that process and starts a fresh one for the next', async () => {
    vi.useFakeTimers();
    const { launch, started } = launcher();
    const speech = new SpeechProcess(launch, { timeoutMs: 1_000 });
    const hung = speech.synthesize('a', 'id', 140);
    const next = speech.synthesize('b', 'id', 140);
    const failed = expect(hung).rejects.toThrow(/no speech within 1000 ms/);
    await vi.advanceTimersByTimeAsync(1_000);
    await failed;
    expect(started[0]!.killed).toBe(true);
    expect(started).toHaveLength(2);
    expect(started[1]!.requests.map((r) => r.text)).toEqual(['b']);
    started[1]!.answer(0);
    await expect(next).resolves.toEqual(new Uint8Array([0]));
    speech.close();
  });

  it('survives a crash: the text in hand fails, the next starts a new process', async () => {
    const { launch, started } = launcher();
    const speech = new SpeechProcess(launch);
    const lost = speech.synthesize('a', 'id', 140);
    started[0]!.crash();
    await expect(lost).rejects.toThrow(/the speech process ended: exit code 1/);
    const next = speech.synthesize('b', 'id', 140);
    expect(started).toHaveLength(2);
    started[1]!.answer(0);
    await expect(next).resolves.toBeDefined();
    speech.close();
  });

  it('ends an idle process to give its memory back', async () => {
    vi.useFakeTimers();
    const { launch, started } = launcher();
    const speech = new SpeechProcess(launch, { idleMs: 60_000 });
    const done = speech.synthesize('a', 'id', 140);
    started[0]!.answer(0);
    await done;
    expect(speech.started).toBe(true);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(started[0]!.killed).toBe(true);
    expect(speech.started).toBe(false);
  });
});
