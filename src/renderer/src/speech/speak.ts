import type { Language } from '../../../shared/i18n';
import { call } from '../api/client';
import { playAudio } from './playAudio';

/**
 * The one voice of every screen: text spoken by the office PC's own synthesizer (speech.audio), played
 * here with an audio element. One utterance at a time: a new one, or stopSpeaking(), ends the one before.
 */

/** Sentences heard again (the guidance's button names, the SKM answers) stay ready as object URLs. */
const READY_LIMIT = 64;

interface ReadyAudio {
  url: string;
  durationMs: number;
}

const ready = new Map<string, Promise<ReadyAudio>>();

function bytesOf(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

function audioFor(text: string, lang: Language): Promise<ReadyAudio> {
  const key = `${lang}\n${text}`;
  const known = ready.get(key);
  if (known) {
    // Most recently used last, so the oldest is the one let go.
    ready.delete(key);
    ready.set(key, known);
    return known;
  }
  const made = call('speech.audio', { text, lang }).then(({ wavBase64, durationMs }) => ({
    url: URL.createObjectURL(new Blob([bytesOf(wavBase64)], { type: 'audio/wav' })),
    durationMs,
  }));
  // A failure is asked again next time: the office server may be back.
  made.catch(() => ready.delete(key));
  ready.set(key, made);
  for (const [oldKey, old] of ready) {
    if (ready.size <= READY_LIMIT) break;
    ready.delete(oldKey);
    void old.then((audio) => URL.revokeObjectURL(audio.url), () => undefined);
  }
  return made;
}

interface Utterance {
  stopped: boolean;
  stop: () => void;
}

let current: Utterance | null = null;

/** Makes the audio ready ahead (e.g. the next question's text), so speaking it later starts at once. */
export function prepareSpeech(text: string, lang: Language): void {
  const clean = text.trim();
  if (clean !== '') void audioFor(clean, lang).catch(() => undefined);
}

/**
 * Speaks `text` in the office voice. Resolves when it has been said, or when it was stopped or replaced;
 * rejects when it cannot be said (office server unreachable, the browser refused to play).
 */
export async function speak(text: string, lang: Language): Promise<void> {
  stopSpeaking();
  const clean = text.trim();
  if (clean === '') return;
  const utterance: Utterance = { stopped: false, stop: () => undefined };
  utterance.stop = () => {
    utterance.stopped = true;
  };
  current = utterance;
  try {
    const audio = await audioFor(clean, lang);
    if (utterance.stopped) return;
    await playAudio(audio.url, audio.durationMs, (stop) => {
      utterance.stop = () => {
        utterance.stopped = true;
        stop();
      };
    });
  } finally {
    if (current === utterance) current = null;
  }
}

/** Ends what is being said now, if anything. */
export function stopSpeaking(): void {
  const utterance = current;
  current = null;
  utterance?.stop();
}
