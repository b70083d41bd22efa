/**
 * Clip ids of the voice pack. Ids are lowercase ASCII with hyphens so they double as file names;
 * number words are their own ids ("seratus", "belas") so a number plans to one clip per word.
 */
import { NUMBER_WORD_TOKENS } from './numberWords';

export const PHRASE_CLIPS = {
  chime: 'chime',
  recall: 'panggilan-ulang',
  ticketNumber: 'nomor-antrian',
  goTo: 'silakan-ke',
  counter: 'loket',
} as const;

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** "A" → "huruf-a"; letters of a ticket prefix are spoken one by one. */
export function letterClipId(letter: string): string {
  const lower = letter.toLowerCase();
  if (lower.length !== 1 || !LETTERS.includes(lower)) {
    throw new RangeError(`No clip for letter "${letter}": only A–Z are spoken`);
  }
  return `huruf-${lower}`;
}

/** Every id the planner can produce: the vocabulary a voice pack must record. */
export const ALL_CLIP_IDS: readonly string[] = [
  ...Object.values(PHRASE_CLIPS),
  ...Array.from(LETTERS, letterClipId),
  ...NUMBER_WORD_TOKENS,
];
