import type { CSSProperties } from 'react';

/** Seconds per character, so long and short texts scroll at the same, readable speed. */
const SECONDS_PER_CHAR = 0.16;
const MIN_SECONDS = 12;

/**
 * The office's announcements in a marquee. The text is laid out twice and the track moves by exactly
 * one copy, so the loop has no jump; only `transform` is animated, which stays smooth on a small PC.
 */
export function RunningText({ text }: { text: string }) {
  const seconds = Math.max(MIN_SECONDS, text.length * SECONDS_PER_CHAR);
  return (
    <footer className="ticker" data-testid="running-text">
      <div className="ticker-track" style={{ '--ticker-seconds': `${seconds}s` } as CSSProperties}>
        <span className="ticker-copy">{text}</span>
        <span className="ticker-copy" aria-hidden="true">
          {text}
        </span>
      </div>
    </footer>
  );
}
