import { useCallback, useEffect, useRef, useState } from 'react';
import { translate, type Language } from '../../../../shared/i18n';
import { speak, stopSpeaking } from '../../speech';

export interface Guidance {
  on: boolean;
  /** Sets the mode quietly (e.g. off when the screen returns to its start). */
  setOn: (on: boolean) => void;
  /** The visitor's own switch (button or key). */
  toggle: () => void;
  /** Says `text` when guidance is on (the number taken, a new question); nothing when it is off. */
  say: (text: string) => void;
}

export function sayNow(text: string, lang: Language): void {
  speak(text, lang).catch((err: unknown) => console.warn('[guidance] could not speak:', err));
}

/**
 * Voice guidance for one visitor on the kiosk or /rate: while on, GuidanceLayer speaks each control at the
 * first touch and lets the second touch activate it. Off at start; the screen turns it off at its start.
 */
export function useGuidance(lang: Language): Guidance {
  const [on, setOnState] = useState(false);
  const onRef = useRef(on);
  const langRef = useRef(lang);
  useEffect(() => {
    langRef.current = lang;
  });

  const setOn = useCallback((next: boolean) => {
    onRef.current = next;
    setOnState(next);
  }, []);

  // Turned on, GuidanceLayer says how it works and where the visitor is; turned off, it is said here.
  const toggle = useCallback(() => {
    const next = !onRef.current;
    setOn(next);
    if (!next) sayNow(translate(langRef.current, 'guidance.stopped'), langRef.current);
  }, [setOn]);

  const say = useCallback((text: string) => {
    if (onRef.current) sayNow(text, langRef.current);
  }, []);

  // A visitor who walks away mid-sentence leaves nothing speaking for the next one.
  useEffect(() => stopSpeaking, []);

  return { on, setOn, toggle, say };
}
