/** The platform's speech, used when a recorded clip is missing or cannot play. */

/** Some systems have no voice for the language and never report the end, so a call gives up after this. */
function speechTimeoutMs(text: string): number {
  return Math.max(4_000, text.length * 150);
}

export function speak(text: string, lang: string): Promise<void> {
  const synth = typeof window !== 'undefined' ? window.speechSynthesis : undefined;
  if (!synth || typeof SpeechSynthesisUtterance === 'undefined') return Promise.resolve();
  return new Promise((resolve) => {
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.lang = lang;
    utterance.rate = 0.9;
    const timer = setTimeout(() => {
      synth.cancel();
      resolve();
    }, speechTimeoutMs(text));
    const done = (): void => {
      clearTimeout(timer);
      resolve();
    };
    utterance.onend = done;
    utterance.onerror = done;
    synth.speak(utterance);
  });
}
