import type { PlayAnnouncement } from '../../../../shared/voice/callQueue';
import type { VoicePackManifest } from '../../../../shared/voice/voicePack';
import { speak } from './speech';
import { clipSources, isVoicePackManifest, type ClipSource } from './voicePackClips';

/** A clip that neither ends nor fails within its length plus this is treated as failed. */
const CLIP_GRACE_MS = 2_000;

export interface ClipPlayerOptions {
  baseUrl: string;
  /** BCP 47 language of the speech fallback, read at each call (the office language can load late). */
  speechLang: () => string;
  /** False while the browser blocks sound: the call is then shown only, and counts as heard. */
  audible: () => boolean;
}

export interface ClipPlayer {
  play: PlayAnnouncement;
  /** Whether this page may play sound without a tap (Electron or Chromium with the autoplay flag). */
  canAutoplay(): Promise<boolean>;
}

function playOnce(audio: HTMLAudioElement, timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const cleanup = (): void => {
      clearTimeout(timer);
      audio.removeEventListener('ended', onEnded);
      audio.removeEventListener('error', onError);
    };
    const onEnded = (): void => {
      cleanup();
      resolve();
    };
    const onError = (): void => {
      cleanup();
      reject(new Error(`clip ${audio.src} failed to play`));
    };
    const timer = setTimeout(() => {
      cleanup();
      audio.pause();
      reject(new Error(`clip ${audio.src} did not finish within ${timeoutMs} ms`));
    }, timeoutMs);
    audio.addEventListener('ended', onEnded);
    audio.addEventListener('error', onError);
    audio.currentTime = 0;
    audio.play().catch((err: unknown) => {
      cleanup();
      reject(err instanceof Error ? err : new Error(String(err)));
    });
  });
}

/** Plays the recorded clips one after another, preloaded once; speaks the text when that is not possible. */
export function createClipPlayer(options: ClipPlayerOptions): ClipPlayer {
  const elements = new Map<string, HTMLAudioElement>();
  let manifest: Promise<VoicePackManifest | null> | null = null;

  function element(source: ClipSource): HTMLAudioElement {
    let audio = elements.get(source.url);
    if (!audio) {
      audio = new Audio(source.url);
      audio.preload = 'auto';
      elements.set(source.url, audio);
    }
    return audio;
  }

  function loadManifest(): Promise<VoicePackManifest | null> {
    manifest ??= fetch(`${options.baseUrl}manifest.json`)
      .then((res) => (res.ok ? res.json() : null))
      .then((json: unknown) => {
        if (!isVoicePackManifest(json)) throw new Error('no usable voice pack manifest');
        const all = clipSources(json, Object.keys(json.clips), options.baseUrl) ?? [];
        for (const source of all) element(source);
        return json;
      })
      .catch((err: unknown) => {
        console.warn('[display] voice pack unavailable, using speech:', err);
        // Asked again at the next call: the server may be back.
        manifest = null;
        return null;
      });
    return manifest;
  }

  void loadManifest();

  async function playClips(sources: readonly ClipSource[]): Promise<void> {
    for (const source of sources) await playOnce(element(source), source.durationMs + CLIP_GRACE_MS);
  }

  return {
    async play(clips, text) {
      if (!options.audible()) return;
      const pack = clips.length > 0 ? await loadManifest() : null;
      const sources = pack ? clipSources(pack, clips, options.baseUrl) : null;
      if (sources) {
        try {
          await playClips(sources);
          return;
        } catch (err) {
          console.warn('[display] clip playback failed, speaking instead:', err);
        }
      }
      await speak(text, options.speechLang());
    },

    async canAutoplay() {
      const pack = await loadManifest();
      const first = pack ? clipSources(pack, Object.keys(pack.clips).slice(0, 1), options.baseUrl)?.[0] : undefined;
      if (!first) return false;
      // A silent, unmuted attempt: browsers refuse it exactly when they would refuse a real call.
      const probe = new Audio(first.url);
      probe.volume = 0;
      try {
        await probe.play();
        probe.pause();
        return true;
      } catch {
        return false;
      }
    },
  };
}
