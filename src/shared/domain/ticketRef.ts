import { normalizePhoneCode, phoneCodeFromUrl } from './phoneCode';

/**
 * What a resident gives to link an answer to a visit: the QR code of the ticket (a USB scanner types
 * "LOKET:<ticket id>", or the phone page's address when the office has a public address), the phone
 * code printed under it ("7K3M-Q9XA-2BWRT"), or the number printed on it ("A-017", "a17", "B 5").
 */
export type TicketRef =
  | { kind: 'id'; ticketId: string }
  | { kind: 'phoneCode'; code: string }
  | { kind: 'label'; prefix: string; number: number };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function parseTicketRef(input: string): TicketRef | null {
  const text = input.trim();
  const fromQr = /^LOKET:(.+)$/i.exec(text)?.[1] ?? text;
  if (UUID.test(fromQr)) return { kind: 'id', ticketId: fromQr.toLowerCase() };
  // A number is 1–2 letters and up to 4 digits, a code 13 characters: the two never overlap.
  const code = phoneCodeFromUrl(text) ?? normalizePhoneCode(text);
  if (code) return { kind: 'phoneCode', code };
  const label = /^([A-Za-z]{1,2})[\s-]*0*(\d{1,4})$/.exec(text);
  if (!label?.[1] || !label[2]) return null;
  const number = Number(label[2]);
  return number > 0 ? { kind: 'label', prefix: label[1].toUpperCase(), number } : null;
}
