/**
 * What a resident gives to link an answer to a visit: the QR code of the ticket (a USB scanner types
 * "LOKET:<ticket id>") or the number printed on it ("A-017", "a17", "B 5").
 */
export type TicketRef = { kind: 'id'; ticketId: string } | { kind: 'label'; prefix: string; number: number };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function parseTicketRef(input: string): TicketRef | null {
  const text = input.trim();
  const fromQr = /^LOKET:(.+)$/i.exec(text)?.[1] ?? text;
  if (UUID.test(fromQr)) return { kind: 'id', ticketId: fromQr.toLowerCase() };
  const label = /^([A-Za-z]{1,2})[\s-]*0*(\d{1,4})$/.exec(text);
  if (!label?.[1] || !label[2]) return null;
  const number = Number(label[2]);
  return number > 0 ? { kind: 'label', prefix: label[1].toUpperCase(), number } : null;
}
