/** Splits a printed ticket label into what is spoken: the prefix letters and the number. */
import { MAX_SPOKEN_NUMBER } from './numberWords';

export interface SpokenTicket {
  /** Upper-case letters, possibly empty for an office without service prefixes. */
  letters: string[];
  /** Leading zeros are only printed, never spoken: "007" → 7. */
  number: number;
}

const LABEL = /^(?:([A-Za-z]+)-?)?(\d+)$/;

/** "A-112" → A, 112; "KK-007" → K K, 7; "A112" and "112" are accepted too. */
export function parseTicketLabel(label: string): SpokenTicket {
  const match = LABEL.exec(label.trim());
  const digits = match?.[2];
  if (match === null || digits === undefined) {
    throw new RangeError(`Cannot speak ticket "${label}": expected letters, an optional "-", then digits (e.g. "A-112")`);
  }
  const number = Number(digits);
  if (number > MAX_SPOKEN_NUMBER) {
    throw new RangeError(`Cannot speak ticket "${label}": number above ${MAX_SPOKEN_NUMBER}`);
  }
  return { letters: Array.from((match[1] ?? '').toUpperCase()), number };
}
