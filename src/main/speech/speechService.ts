import type { MethodOutput, ParsedInput } from '../../shared/api/contract';
import { LoketError } from '../../shared/api/errors';
import type { Language } from '../../shared/i18n';
import type { SecurityLog } from '../auth/securityLog';
import type { Clock } from '../core/clock';
import { SpeechCache } from './speechCache';
import { SpeechBusyError, SpeechProcess, type SpeechProcessOptions } from './speechProcess';
import { SourceRate } from './sourceRate';
import { encodeWav, levelAndTrim, parseWav, wavDurationMs } from './wav';
import type { WorkerLauncher } from './workerProtocol';

/** The synthesizer package and version (package.json; a unit test keeps them equal): part of each cache key. */
export const SPEECH_ENGINE = 'espeak-ng@1.0.2';

/** eSpeak NG voice and pace per screen language; Indonesian at the voice pack's pace (scripts/build-voice-pack.sh). */
export const VOICES: Record<Language, { voice: string; wordsPerMinute: number }> = {
  id: { voice: 'id', wordsPerMinute: 140 },
  en: { voice: 'en', wordsPerMinute: 150 },
};

/** Requests one source may make a minute (a kiosk in guidance mode speaks at most one per touch). */
export const REQUESTS_PER_MINUTE = 90;
/** Of those, texts not heard before (each a synthesis of about 0.2 s of a core). */
export const NEW_TEXTS_PER_MINUTE = 30;
export const DEFAULT_CACHE_BYTES = 64 * 1024 * 1024;

export interface SpeechServiceOptions {
  /** The data folder's speech/ folder. */
  cacheDir: string;
  launch: WorkerLauncher;
  clock: Clock;
  security: SecurityLog;
  maxCacheBytes?: number;
  process?: SpeechProcessOptions;
}

/** Control characters and runs of spaces say nothing; the text is spoken and cached as one line. */
export function speakableText(text: string): string {
  return text.replace(/[\p{Cc}\p{Cf}]+/gu, ' ').replace(/\s+/g, ' ').trim();
}

/** The answer for a WAV, or null for one that cannot be read (a damaged cache file is made again). */
function readable(wav: Uint8Array | null): MethodOutput<'speech.audio'> | null {
  if (wav === null) return null;
  try {
    return { wavBase64: Buffer.from(wav.buffer, wav.byteOffset, wav.byteLength).toString('base64'), durationMs: wavDurationMs(wav) };
  } catch {
    return null;
  }
}

/** speech.audio: a text in the office voice, from the cache or made now in the speech process. */
export class SpeechService {
  private readonly cache: SpeechCache;
  private readonly process: SpeechProcess;
  private readonly requests = new SourceRate(REQUESTS_PER_MINUTE, 60_000);
  private readonly newTexts = new SourceRate(NEW_TEXTS_PER_MINUTE, 60_000);
  /** The same text asked by two screens at once is made once. */
  private readonly making = new Map<string, Promise<Uint8Array>>();

  constructor(private readonly options: SpeechServiceOptions) {
    this.cache = new SpeechCache(options.cacheDir, options.maxCacheBytes ?? DEFAULT_CACHE_BYTES);
    this.process = new SpeechProcess(options.launch, options.process);
  }

  async audio(input: ParsedInput<'speech.audio'>, source: string): Promise<MethodOutput<'speech.audio'>> {
    const now = this.options.clock.now();
    this.admit(this.requests, source, now, 'speech requests');
    const text = speakableText(input.text);
    if (text === '') throw new LoketError('bad_request', 'There is nothing to say in this text.');
    const { voice, wordsPerMinute } = VOICES[input.lang];
    const key = SpeechCache.key(`${SPEECH_ENGINE}/${voice}/${wordsPerMinute}`, text);
    const cached = readable(await this.cache.get(key));
    if (cached) return cached;
    this.admit(this.newTexts, source, now, 'new texts to speak');
    const made = readable(await this.make(key, text, voice, wordsPerMinute));
    if (!made) throw new LoketError('internal', 'The office voice made no sound for this text.');
    return made;
  }

  close(): void {
    this.process.close();
  }

  private admit(rate: SourceRate, source: string, now: number, what: string): void {
    const retryAfterSeconds = rate.admit(source, now);
    if (retryAfterSeconds === null) return;
    this.options.security.record('limit_reached', source, `more than ${rate.limit} ${what} a minute; refused for ${retryAfterSeconds} s`);
    throw new LoketError('locked', `Too many ${what} from this address; try again in ${retryAfterSeconds} s.`, undefined, { retryAfterSeconds });
  }

  private make(key: string, text: string, voice: string, wordsPerMinute: number): Promise<Uint8Array> {
    const known = this.making.get(key);
    if (known) return known;
    const made = this.synthesize(key, text, voice, wordsPerMinute).finally(() => this.making.delete(key));
    this.making.set(key, made);
    return made;
  }

  private async synthesize(key: string, text: string, voice: string, wordsPerMinute: number): Promise<Uint8Array> {
    let raw: Uint8Array;
    try {
      raw = await this.process.synthesize(text, voice, wordsPerMinute);
    } catch (err) {
      if (err instanceof SpeechBusyError) {
        throw new LoketError('locked', 'The office voice is busy with other texts; try again in a moment.', undefined, { retryAfterSeconds: 2 });
      }
      console.error(`[speech] ${(err as Error).message}`);
      throw new LoketError('internal', 'The office voice could not say this text now.');
    }
    const wav = encodeWav(levelAndTrim(parseWav(raw)));
    await this.cache.put(key, wav);
    return wav;
  }
}
