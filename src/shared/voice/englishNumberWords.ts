/** English number words for the sentence the office voice says in English (no English clips are recorded). */
import { assertSpokenNumber } from './numberWords';

const ONES = [
  'zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine',
  'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen',
] as const;
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'] as const;

function word(list: readonly string[], i: number): string {
  const w = list[i];
  if (w === undefined) throw new RangeError(`No English word at ${i}`);
  return w;
}

function belowThousand(n: number): string[] {
  const words: string[] = [];
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  if (hundreds > 0) words.push(word(ONES, hundreds), 'hundred');
  if (rest >= 20) {
    words.push(word(TENS, Math.floor(rest / 10)));
    if (rest % 10 > 0) words.push(word(ONES, rest % 10));
  } else if (rest > 0) {
    words.push(word(ONES, rest));
  }
  return words;
}

/** 0 … 999,999 in American style without "and", e.g. 112 → "one hundred twelve". */
export function englishNumberText(n: number): string {
  assertSpokenNumber(n);
  if (n === 0) return 'zero';
  const thousands = Math.floor(n / 1000);
  const words = thousands > 0 ? [...belowThousand(thousands), 'thousand'] : [];
  return [...words, ...belowThousand(n % 1000)].join(' ');
}
