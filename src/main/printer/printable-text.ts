/**
 * Text the printer can print. Tickets are encoded in code page 437 but limited to printable ASCII,
 * the one range every ESC/POS printer (including cheap clones with broken upper code page tables
 * or stuck in Chinese mode) prints the same. Common typographic characters and accented letters are
 * transliterated; anything else becomes "?" so nothing is dropped silently or printed as garbage.
 * Control characters are not text: a configured name or footer line carrying ESC, GS or DLE would
 * otherwise become a printer command (cut, code page, status request) in the middle of the ticket.
 */

const TRANSLITERATIONS: Record<string, string> = {
  '‘': "'", '’': "'", '‚': "'", '‛': "'", '′': "'",
  '“': '"', '”': '"', '„': '"', '‟': '"', '″': '"', '«': '"', '»': '"', '‹': "'", '›': "'",
  '‐': '-', '‑': '-', '‒': '-', '–': '-', '—': '-', '―': '-', '−': '-',
  '…': '...', '•': '*', '·': '.', '×': 'x', '÷': '/', '±': '+/-', '°': 'o',
  '€': 'EUR', '£': 'GBP', '©': '(c)', '®': '(R)', '™': 'TM', '№': 'No.',
  'ß': 'ss', 'Æ': 'AE', 'æ': 'ae', 'Ø': 'O', 'ø': 'o', 'Œ': 'OE', 'œ': 'oe', 'Đ': 'D', 'đ': 'd',
  'Ł': 'L', 'ł': 'l', 'Þ': 'Th', 'þ': 'th', 'ı': 'i',
  '\u00a0': ' ', '\u2007': ' ', '\u2009': ' ', '\u202f': ' ',
};

/** Zero-width and direction marks: invisible formatting, dropped. */
const ZERO_WIDTH = /[\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff\u00ad]/g;
/** Line breaks and tabs (C0, NEL, Unicode separators) inside a field: a space keeps the words apart. */
const BREAKS = /\r\n|[\t\n\v\f\r\u0085\u2028\u2029]/g;
/** Every other C0 and C1 control and DEL (ESC, GS, DLE, FS, CAN…): dropped before encoding. */
const CONTROLS = /[\u0000-\u001f\u007f-\u009f]/g;
const COMBINING_MARKS = /[\u0300-\u036f]/g;

function isPrintableAscii(char: string): boolean {
  const code = char.charCodeAt(0);
  return char.length === 1 && code >= 0x20 && code <= 0x7e;
}

function printableChar(char: string): string {
  if (isPrintableAscii(char)) return char;
  const mapped = TRANSLITERATIONS[char];
  if (mapped !== undefined) return mapped;
  const base = char.normalize('NFD').replace(COMBINING_MARKS, '');
  if (base.length > 0 && [...base].every(isPrintableAscii)) return base;
  return '?';
}

/** One line of printable ASCII: controls dropped, line breaks turned into spaces, transliterated, runs of spaces kept. */
export function toPrintableText(value: string): string {
  const flat = value.replace(ZERO_WIDTH, '').replace(BREAKS, ' ').replace(CONTROLS, '');
  let out = '';
  for (const char of flat) out += printableChar(char);
  return out;
}

/** A QR payload as bytes every printer stores alike: characters outside printable ASCII are percent-encoded (UTF-8). */
export function toQrPayload(value: string): string {
  let out = '';
  for (const char of value) out += isPrintableAscii(char) ? char : percentEncoded(char);
  return out;
}

function percentEncoded(char: string): string {
  try {
    return encodeURIComponent(char);
  } catch {
    // A lone surrogate has no UTF-8 form.
    return '%3F';
  }
}
