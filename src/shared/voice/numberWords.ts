/** Indonesian number words, as the word tokens a recorded voice pack speaks one clip at a time. */

export const MAX_SPOKEN_NUMBER = 999_999;

const UNITS = ['nol', 'satu', 'dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'delapan', 'sembilan'] as const;

/** Every token `numberWords` can return; the voice pack must hold a clip for each. */
export const NUMBER_WORD_TOKENS: readonly string[] = [
  ...UNITS,
  'sepuluh',
  'sebelas',
  'belas',
  'puluh',
  'seratus',
  'ratus',
  'seribu',
  'ribu',
];

export function assertSpokenNumber(n: number): void {
  if (!Number.isInteger(n)) {
    throw new RangeError(`Cannot speak ${n}: only whole numbers are spoken`);
  }
  if (n < 0 || n > MAX_SPOKEN_NUMBER) {
    throw new RangeError(`Cannot speak ${n}: must be between 0 and ${MAX_SPOKEN_NUMBER}`);
  }
}

function unit(n: number): string {
  const word = UNITS[n];
  if (word === undefined) throw new RangeError(`Not a digit: ${n}`);
  return word;
}

/** 1 … 99; zero yields no words because it is silent inside a larger number (e.g. 105). */
function belowHundred(n: number): string[] {
  if (n === 0) return [];
  if (n < 10) return [unit(n)];
  if (n === 10) return ['sepuluh'];
  if (n === 11) return ['sebelas'];
  if (n < 20) return [unit(n - 10), 'belas'];
  const tens = Math.floor(n / 10);
  return [unit(tens), 'puluh', ...belowHundred(n % 10)];
}

/** 1 … 999; "se-" replaces "satu" before ratus, as Indonesian does. */
function belowThousand(n: number): string[] {
  const hundreds = Math.floor(n / 100);
  const rest = belowHundred(n % 100);
  if (hundreds === 0) return rest;
  if (hundreds === 1) return ['seratus', ...rest];
  return [unit(hundreds), 'ratus', ...rest];
}

/** Word tokens for 0 … 999,999, e.g. 112 → ["seratus", "dua", "belas"]. */
export function numberWords(n: number): string[] {
  assertSpokenNumber(n);
  if (n === 0) return ['nol'];
  const thousands = Math.floor(n / 1000);
  const rest = belowThousand(n % 1000);
  if (thousands === 0) return rest;
  if (thousands === 1) return ['seribu', ...rest];
  return [...belowThousand(thousands), 'ribu', ...rest];
}

/** The same words joined for the sentence the office voice says, e.g. "seratus dua belas". */
export function numberText(n: number): string {
  return numberWords(n).join(' ');
}
