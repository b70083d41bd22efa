import { describe, expect, it } from 'vitest';
import { englishNumberText } from '../../../src/shared/voice/englishNumberWords';
import { NUMBER_WORD_TOKENS, numberText, numberWords } from '../../../src/shared/voice/numberWords';

describe('numberWords', () => {
  it.each([
    [0, 'nol'],
    [1, 'satu'],
    [10, 'sepuluh'],
    [11, 'sebelas'],
    [12, 'dua belas'],
    [19, 'sembilan belas'],
    [20, 'dua puluh'],
    [21, 'dua puluh satu'],
    [99, 'sembilan puluh sembilan'],
    [100, 'seratus'],
    [101, 'seratus satu'],
    [110, 'seratus sepuluh'],
    [111, 'seratus sebelas'],
    [112, 'seratus dua belas'],
    [199, 'seratus sembilan puluh sembilan'],
    [200, 'dua ratus'],
    [999, 'sembilan ratus sembilan puluh sembilan'],
    [1000, 'seribu'],
    [1001, 'seribu satu'],
    [1100, 'seribu seratus'],
    [1250, 'seribu dua ratus lima puluh'],
    [1999, 'seribu sembilan ratus sembilan puluh sembilan'],
    [2000, 'dua ribu'],
    [10000, 'sepuluh ribu'],
    [11000, 'sebelas ribu'],
    [21005, 'dua puluh satu ribu lima'],
    [100000, 'seratus ribu'],
    [101000, 'seratus satu ribu'],
    [999999, 'sembilan ratus sembilan puluh sembilan ribu sembilan ratus sembilan puluh sembilan'],
  ])('%i → %s', (n, expected) => {
    expect(numberText(n)).toBe(expected);
    expect(numberWords(n)).toEqual(expected.split(' '));
  });

  it('returns one token per spoken word', () => {
    expect(numberWords(112)).toEqual(['seratus', 'dua', 'belas']);
    expect(numberWords(11)).toEqual(['sebelas']);
  });

  it('only ever produces tokens from NUMBER_WORD_TOKENS', () => {
    const known = new Set(NUMBER_WORD_TOKENS);
    const samples = [...Array.from({ length: 2100 }, (_, i) => i), 10000, 11000, 21000, 100000, 111111, 999999];
    for (const n of samples) {
      for (const token of numberWords(n)) expect(known.has(token), `${token} of ${n}`).toBe(true);
    }
  });

  it.each([-1, 1_000_000, 1.5, Number.NaN, Number.POSITIVE_INFINITY])('rejects %s with a clear error', (n) => {
    expect(() => numberWords(n)).toThrow(/Cannot speak/);
  });
});

describe('englishNumberText', () => {
  it.each([
    [0, 'zero'],
    [7, 'seven'],
    [12, 'twelve'],
    [20, 'twenty'],
    [21, 'twenty one'],
    [100, 'one hundred'],
    [112, 'one hundred twelve'],
    [1000, 'one thousand'],
    [1250, 'one thousand two hundred fifty'],
    [999999, 'nine hundred ninety nine thousand nine hundred ninety nine'],
  ])('%i → %s', (n, expected) => {
    expect(englishNumberText(n)).toBe(expected);
  });

  it('rejects out-of-range numbers', () => {
    expect(() => englishNumberText(1_000_000)).toThrow(/Cannot speak/);
  });
});
