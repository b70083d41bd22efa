import { useCallback, useEffect } from 'react';
import type { Language } from '../../../../shared/i18n';
import { sentences } from '../../../../shared/voice/sentences';
import { speak, stopSpeaking } from '../../speech';

/** "Dengarkan": reads a question and its answers aloud in the office voice (every device can, offline). */
export function useSpeech(lang: Language): { speak: (parts: readonly string[]) => void } {
  // Leaving /rate ends what it was saying.
  useEffect(() => stopSpeaking, []);

  const speakParts = useCallback(
    (parts: readonly string[]) => {
      speak(sentences(parts), lang).catch((err: unknown) => console.warn('[rate] could not read aloud:', err));
    },
    [lang],
  );

  return { speak: speakParts };
}
