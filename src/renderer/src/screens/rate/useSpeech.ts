import { useCallback, useEffect, useState } from 'react';
import type { Language } from '../../../../shared/i18n';

const SPEECH_LANG: Record<Language, string> = { id: 'id-ID', en: 'en-US' };

function synth(): SpeechSynthesis | null {
  return typeof window !== 'undefined' && 'speechSynthesis' in window && typeof SpeechSynthesisUtterance !== 'undefined'
    ? window.speechSynthesis
    : null;
}

function hasVoice(lang: Language): boolean {
  const prefix = SPEECH_LANG[lang].slice(0, 2);
  return synth()?.getVoices().some((voice) => voice.lang.toLowerCase().replace('_', '-').startsWith(prefix)) ?? false;
}

/**
 * Reading aloud with the platform's voices. `available` is false where there is no speech or no voice
 * for the language, so the button is hidden rather than silent. Voices load late in Chromium.
 */
export function useSpeech(lang: Language): { available: boolean; speak: (parts: readonly string[]) => void } {
  const [available, setAvailable] = useState(() => hasVoice(lang));

  useEffect(() => {
    const speech = synth();
    setAvailable(hasVoice(lang));
    if (!speech) return;
    const update = (): void => setAvailable(hasVoice(lang));
    speech.addEventListener('voiceschanged', update);
    return () => {
      speech.removeEventListener('voiceschanged', update);
      speech.cancel();
    };
  }, [lang]);

  const speak = useCallback(
    (parts: readonly string[]) => {
      const speech = synth();
      if (!speech) return;
      speech.cancel();
      const utterance = new SpeechSynthesisUtterance(parts.join('. '));
      utterance.lang = SPEECH_LANG[lang];
      utterance.rate = 0.9;
      speech.speak(utterance);
    },
    [lang],
  );

  return { available, speak };
}
