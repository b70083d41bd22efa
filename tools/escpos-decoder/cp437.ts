/** Code page 437, the ESC t 0 table every ESC/POS printer starts with. */
const UPPER_HALF =
  'ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒáíóúñÑªº¿⌐¬½¼¡«»░▒▓│┤╡╢╖╕╣║╗╝╜╛┐└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■\u00a0';

/** The character a byte prints as; bytes of code pages this decoder has no table for come out as U+FFFD. */
export function decodeByte(byte: number, codepage: number): string {
  if (byte < 0x80) return String.fromCharCode(byte);
  if (codepage !== 0) return '\ufffd';
  return UPPER_HALF[byte - 0x80] ?? '\ufffd';
}
