import { useEffect, useRef, useState } from 'react';
import type { Language } from '../../../../shared/i18n';
import { createClipPlayer, type ClipPlayer } from './clipPlayer';
import { VOICE_BASE_URL } from './voicePackClips';

/**
 * 'probing' at start; 'blocked' until a tap when the browser refuses sound without a user gesture;
 * 'off' for a TV that only shows calls (a second screen in the same hall would echo the first).
 */
export type SoundState = 'probing' | 'blocked' | 'on' | 'off';

const UNLOCK_EVENTS = ['pointerdown', 'keydown', 'touchstart'] as const;

/** The clip player of this display and whether it may make sound yet; `enabled` false keeps it silent. */
export function useVoice(lang: Language, enabled: boolean): { player: ClipPlayer; sound: SoundState } {
  const langRef = useRef(lang);
  useEffect(() => {
    langRef.current = lang;
  });
  const audible = useRef(false);
  const [player] = useState(() =>
    createClipPlayer({ baseUrl: VOICE_BASE_URL, lang: () => langRef.current, audible: () => audible.current }),
  );
  const [sound, setSound] = useState<SoundState>(enabled ? 'probing' : 'off');

  useEffect(() => {
    if (!enabled) return;
    let cancelled = false;
    void player.canAutoplay().then((allowed) => {
      if (cancelled) return;
      if (allowed) audible.current = true;
      setSound((current) => (current === 'probing' ? (allowed ? 'on' : 'blocked') : current));
    });
    return () => {
      cancelled = true;
    };
  }, [player, enabled]);

  useEffect(() => {
    if (sound === 'on' || sound === 'off') return;
    // Any tap is a user gesture, after which the browser lets this page play sound for good.
    const unlock = (): void => {
      audible.current = true;
      setSound('on');
    };
    for (const type of UNLOCK_EVENTS) window.addEventListener(type, unlock);
    return () => {
      for (const type of UNLOCK_EVENTS) window.removeEventListener(type, unlock);
    };
  }, [sound]);

  return { player, sound };
}
