import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SecurityLog } from '../../../src/main/auth/securityLog';
import { NEW_TEXTS_PER_MINUTE, REQUESTS_PER_MINUTE, SpeechService, speakableText } from '../../../src/main/speech/speechService';
import { encodeWav } from '../../../src/main/speech/wav';
import type { SynthesisReply, WorkerLauncher } from '../../../src/main/speech/workerProtocol';
import { LoketError } from '../../../src/shared/api/errors';
import { FakeClock } from '../../helpers/fakeClock';
import { makeTempDir } from '../../helpers/tempDir';

/** A speech process that answers every text with half a second of tone, counting what it was asked. */
function toneWorker(asked: string[], answer = true): WorkerLauncher {
  return () => {
    let reply: (r: SynthesisReply) => void = () => undefined;
    return {
      send: (request) => {
        asked.push(request.text);
        const samples = Int16Array.from({ length: 11_025 }, (_, i) => Math.round(8_000 * Math.sin(i / 5)));
        if (answer) queueMicrotask(() => reply({ id: request.id, wav: encodeWav({ sampleRateHz: 22_050, samples }) }));
      },
      onReply: (listener) => {
        reply = listener;
      },
      onExit: () => undefined,
      kill: () => undefined,
    };
  };
}

let dir: ReturnType<typeof makeTempDir>;
let clock: FakeClock;
let security: SecurityLog;
beforeEach(() => {
  dir = makeTempDir();
  clock = new FakeClock(Date.UTC(2026, 0, 5, 1, 0));
  security = new SecurityLog(() => clock.now());
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(() => {
  dir.remove();
  vi.restoreAllMocks();
});

async function refusal(promise: Promise<unknown>): Promise<LoketError> {
  const err = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(LoketError);
  return err as LoketError;
}

describe('speech.audio bounds', () => {
  it('makes at most NEW_TEXTS_PER_MINUTE new texts a minute for one source; others are still served', async () => {
    const asked: string[] = [];
    const speech = new SpeechService({ cacheDir: dir.path, launch: toneWorker(asked), clock, security });
    for (let i = 0; i < NEW_TEXTS_PER_MINUTE; i += 1) await speech.audio({ text: `Teks ${i}`, lang: 'id' }, '10.0.0.9');
    const refused = await refusal(speech.audio({ text: 'Satu lagi', lang: 'id' }, '10.0.0.9'));
    expect(refused.code).toBe('locked');
    expect(refused.params).toEqual({ retryAfterSeconds: 60 });
    expect(asked).toHaveLength(NEW_TEXTS_PER_MINUTE);
    // A text already made costs no synthesis: still served to the flooding source.
    await expect(speech.audio({ text: 'Teks 0', lang: 'id' }, '10.0.0.9')).resolves.toMatchObject({ durationMs: 500 });
    // Another screen is not held up by the flood.
    await expect(speech.audio({ text: 'Satu lagi', lang: 'id' }, '127.0.0.1')).resolves.toMatchObject({ durationMs: 500 });
    expect(security.recent().events[0]).toMatchObject({ kind: 'limit_reached', source: '10.0.0.9' });
    clock.advance(1);
    await expect(speech.audio({ text: 'Lagi', lang: 'id' }, '10.0.0.9')).resolves.toBeDefined();
    speech.close();
  });

  it('answers at most REQUESTS_PER_MINUTE requests a minute for one source, cached or not', async () => {
    const speech = new SpeechService({ cacheDir: dir.path, launch: toneWorker([]), clock, security });
    for (let i = 0; i < REQUESTS_PER_MINUTE; i += 1) await speech.audio({ text: 'Sama', lang: 'id' }, 'ipc:kiosk');
    expect((await refusal(speech.audio({ text: 'Sama', lang: 'id' }, 'ipc:kiosk'))).code).toBe('locked');
    speech.close();
  });

  it('refuses at once when the speech process already has its list full, rather than queueing', async () => {
    const speech = new SpeechService({ cacheDir: dir.path, launch: toneWorker([], false), clock, security, process: { maxWaiting: 1 } });
    // One text is being made (it never ends here), one waits: the third is the one refused, and the only one that settles.
    const answers = ['a', 'b', 'c'].map((text, i) => speech.audio({ text, lang: 'id' }, `s${i}`).then(() => null, (e: unknown) => e));
    const first = await Promise.race(answers);
    expect(first).toBeInstanceOf(LoketError);
    expect((first as LoketError).code).toBe('locked');
    expect((first as LoketError).message).toMatch(/busy/);
    speech.close();
    await Promise.all(answers);
  });

  it('says a readable refusal when the synthesizer fails', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const failing: WorkerLauncher = () => {
      let reply: (r: SynthesisReply) => void = () => undefined;
      return {
        send: (request) => queueMicrotask(() => reply({ id: request.id, error: 'no voice' })),
        onReply: (l) => {
          reply = l;
        },
        onExit: () => undefined,
        kill: () => undefined,
      };
    };
    const speech = new SpeechService({ cacheDir: dir.path, launch: failing, clock, security });
    expect((await refusal(speech.audio({ text: 'a', lang: 'id' }, 's'))).code).toBe('internal');
    speech.close();
  });

  it('speaks one line without control characters, and caches it under that line', async () => {
    expect(speakableText('  Loket\u0000 3\n\n Meja\u200bInformasi ')).toBe('Loket 3 Meja Informasi');
    const asked: string[] = [];
    const speech = new SpeechService({ cacheDir: dir.path, launch: toneWorker(asked), clock, security });
    await speech.audio({ text: 'Loket\n3', lang: 'id' }, 's');
    await speech.audio({ text: 'Loket 3', lang: 'id' }, 's');
    expect(asked).toEqual(['Loket 3']);
    expect((await refusal(speech.audio({ text: '\u0007\u0008', lang: 'id' }, 's'))).code).toBe('bad_request');
    speech.close();
  });
});
