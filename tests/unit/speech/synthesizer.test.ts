import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SecurityLog } from '../../../src/main/auth/securityLog';
import { forkWorker, SOURCE_WORKER } from '../../../src/main/speech/forkWorker';
import { SPEECH_ENGINE, SpeechService } from '../../../src/main/speech/speechService';
import { parseWav } from '../../../src/main/speech/wav';
import type { WorkerLauncher } from '../../../src/main/speech/workerProtocol';
import { translate, type Language } from '../../../src/shared/i18n';
import { QUICK_FACE_LABELS, QUICK_FACES, UNSUR } from '../../../src/shared/skm';
import { planAnnouncement } from '../../../src/shared/voice/announcement';
import { sentences } from '../../../src/shared/voice/sentences';
import { makeTempDir } from '../../helpers/tempDir';
import { expectSpeech } from './audioMeasures';

/**
 * The real synthesizer: eSpeak NG (npm espeak-ng, WebAssembly) in its own Node process, as browser mode
 * runs it. Every sound is checked as a listener would need it: heard, as long as the words take, not
 * clipped, ending in silence. These are the sounds CI produces and measures.
 */

let dir: ReturnType<typeof makeTempDir>;
let speech: SpeechService;
let syntheses = 0;

const counting = (launch: WorkerLauncher): WorkerLauncher => () => {
  const channel = launch();
  return { ...channel, send: (request) => ((syntheses += 1), channel.send(request)) };
};

beforeAll(() => {
  dir = makeTempDir();
  speech = new SpeechService({ cacheDir: dir.path, launch: counting(forkWorker(SOURCE_WORKER)), clock: { now: () => Date.now() }, security: new SecurityLog() });
});

afterAll(() => {
  speech.close();
  dir.remove();
});

/** Each text from its own source: these tests measure the sound, not the per-source limits. */
let source = 0;
async function say(text: string, lang: Language): Promise<{ durationMs: number; wav: Uint8Array }> {
  source += 1;
  const out = await speech.audio({ text, lang }, `test-${source}`);
  return { durationMs: out.durationMs, wav: Buffer.from(out.wavBase64, 'base64') };
}

describe('the office voice (eSpeak NG in its own process)', () => {
  it('names the synthesizer and version that package.json installs (part of every cache key)', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { dependencies: Record<string, string> };
    expect(SPEECH_ENGINE).toBe(`espeak-ng@${pkg.dependencies['espeak-ng']}`);
  });

  it('says a call with the counter’s configured name in Indonesian', async () => {
    const call = planAnnouncement({ ticketLabel: 'A-112', counterNumber: 6, counterName: 'Meja Informasi', language: 'id' });
    expect(call.text).toBe('Nomor antrian A seratus dua belas, silakan ke loket enam, Meja Informasi.');
    const { durationMs, wav } = await say(call.text, 'id');
    const audio = parseWav(wav);
    expect(audio.sampleRateHz).toBe(22_050);
    const m = expectSpeech(audio, call.text);
    expect(Math.abs(m.durationMs - durationMs)).toBeLessThanOrEqual(1);
  });

  it('says English in the English voice', async () => {
    const text = 'Number A one hundred twelve, please go to counter six, Information Desk.';
    expectSpeech(parseWav((await say(text, 'en')).wav), text);
  });

  it('reads a text that starts with a dash as words, never as a command-line option', async () => {
    const text = '-v en -w /etc/passwd Loket tiga';
    expectSpeech(parseWav((await say(text, 'id')).wav), text);
  });

  it('makes each text once: the next request is read from the cache folder', async () => {
    const text = 'Silakan menunggu panggilan.';
    const first = await say(text, 'id');
    const before = syntheses;
    const again = await say(text, 'id');
    expect(syntheses).toBe(before);
    expect(again.wav).toEqual(first.wav);
  });

  it('makes a text asked by two screens at once only once', async () => {
    const before = syntheses;
    const text = 'Loket dua belas, Layanan Akta Kelahiran.';
    const [a, b] = await Promise.all([speech.audio({ text, lang: 'id' }, 'tv-1'), speech.audio({ text, lang: 'id' }, 'tv-2')]);
    expect(syntheses).toBe(before + 1);
    expect(a.wavBase64).toBe(b.wavBase64);
  });
});

describe('every fixed text the screens speak, in both languages', () => {
  const texts: Array<[string, Language, string]> = [];
  for (const lang of ['id', 'en'] as const) {
    for (const key of ['guidance.started', 'guidance.stopped', 'guidance.whereToWait'] as const) texts.push([key, lang, translate(lang, key)]);
    texts.push(['rate.question', lang, sentences([translate(lang, 'rate.question'), ...QUICK_FACES.map((f) => QUICK_FACE_LABELS[f][lang])])]);
    for (const unsur of UNSUR) texts.push([unsur.code, lang, sentences([unsur.question[lang], ...unsur.labels.map((l) => l[lang])])]);
  }

  it.each(texts)('%s (%s) is heard, as long as its words, not clipped', async (_name, lang, text) => {
    expectSpeech(parseWav((await say(text, lang)).wav), text);
  });
});
