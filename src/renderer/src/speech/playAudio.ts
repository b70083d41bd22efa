/** A sound that neither ends nor fails within its length plus this is treated as failed. */
const GRACE_MS = 2_000;

/**
 * Plays one sound file to its end. `onStart` receives a stop function: stopping resolves the promise
 * (the sound was cut on purpose); an error or a refusal to play rejects it.
 */
export function playAudio(url: string, durationMs: number, onStart?: (stop: () => void) => void, audio = new Audio()): Promise<void> {
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
      reject(new Error(`sound ${url} failed to play`));
    };
    const timer = setTimeout(() => {
      cleanup();
      audio.pause();
      reject(new Error(`sound ${url} did not finish within ${durationMs + GRACE_MS} ms`));
    }, durationMs + GRACE_MS);
    audio.addEventListener('ended', onEnded);
    audio.addEventListener('error', onError);
    if (audio.src !== url && audio.getAttribute('src') !== url) audio.src = url;
    audio.currentTime = 0;
    onStart?.(() => {
      cleanup();
      audio.pause();
      resolve();
    });
    audio.play().catch((err: unknown) => {
      cleanup();
      reject(err instanceof Error ? err : new Error(String(err)));
    });
  });
}
