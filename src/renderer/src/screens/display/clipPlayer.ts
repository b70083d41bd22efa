import type { Language } from '../../../../shared/i18n';
import { PHRASE_CLIPS } from '../../../../shared/voice/clipIds';
import type { PlayAnnouncement } from '../../../../shared/voice/callQueue';
import type { VoicePackManifest } from '../../../../shared/voice/voicePack';
import { playAudio, prepareSpeech, speak } from '../../speech';
import { clipSources, isVoicePackManifest, type ClipSource } from './voicePackClips';

export interface ClipPlayerOptions {
  baseUrl: string;
  /** Language of the office voice, read at each call (the office language can load late). */
  lang: () => Language;
  /** False while the browser blocks sound: the call is then shown only, and counts as heard. */
  audible: () => boolean;
}

export interface ClipPlayer {
  play: PlayAnnouncement;
  /** Whether this page may play sound without a tap (Electron or Chromium with the autoplay flag). */
  canAutoplay(): Promise<boolean>;
}

/**
 * Speaks each call as one sentence in the office voice (speech.audio, so a counter's configured name is
 * said too), after the chime of the voice pack. When the office voice cannot speak, the pack's recorded
 * clips say the call by number.
 */
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
        console.warn('[display] voice pack unavailable:', err);
        // Asked again at the next call: the server may be back.
        manifest = null;
        return null;
      });
    return manifest;
  }

  void loadManifest();

  async function playClips(pack: VoicePackManifest | null, clips: readonly string[]): Promise<void> {
    const sources = pack ? clipSources(pack, clips, options.baseUrl) : null;
    if (sources === null) throw new Error(`the voice pack cannot say ${clips.join(' ')}`);
    for (const source of sources) await playAudio(source.url, source.durationMs, undefined, element(source));
  }

  return {
    async play(clips, text) {
      if (!options.audible()) return;
      const lang = options.lang();
      // Made while the chime plays, so the sentence follows it at once.
      prepareSpeech(text, lang);
      const pack = await loadManifest();
      const chime = clips[0] === PHRASE_CLIPS.chime ? [PHRASE_CLIPS.chime] : [];
      await playClips(pack, chime).catch((err: unknown) => console.warn('[display] chime failed:', err));
      try {
        await speak(text, lang);
      } catch (err) {
        console.warn('[display] the office voice failed, playing the recorded clips:', err);
        await playClips(pack, clips.slice(chime.length));
      }
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
