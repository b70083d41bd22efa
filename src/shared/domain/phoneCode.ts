/**
 * A ticket's phone code: 13 characters of Crockford base32 (65 random bits), printed on the ticket
 * and held by its QR code as `<lan.publicUrl>/t/<code>`. It opens that one ticket's phone page and
 * expires when the ticket's service day closes. Crockford's alphabet leaves out I, L, O and U, so a
 * code typed by hand survives the usual misreadings (O for 0, I or L for 1).
 */
export const PHONE_CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const PHONE_CODE_LENGTH = 13;

const MISREAD: Readonly<Record<string, string>> = { O: '0', I: '1', L: '1' };
const CODE = new RegExp(`^[${PHONE_CODE_ALPHABET}]{${PHONE_CODE_LENGTH}}$`);

/** The code in its stored form (upper case, no separators), or null when the text cannot be one. */
export function normalizePhoneCode(input: string): string | null {
  const compact = input
    .trim()
    .toUpperCase()
    .replace(/[\s-]/g, '')
    .replace(/[OIL]/g, (c) => MISREAD[c] ?? c);
  return CODE.test(compact) ? compact : null;
}

/** "7K3MQ9XA2BWRT" → "7K3M-Q9XA-2BWRT": the form printed under the QR code, easy to read aloud and type. */
export function formatPhoneCode(code: string): string {
  return `${code.slice(0, 4)}-${code.slice(4, 8)}-${code.slice(8)}`;
}

/** The phone page's path on the office server. */
export function phonePagePath(code: string): string {
  return `/t/${code}`;
}

/** What the ticket's QR code holds when the office has a public address: the phone page. */
export function phonePageUrl(publicUrl: string, code: string): string {
  return `${publicUrl.replace(/\/+$/, '')}${phonePagePath(code)}`;
}

/** The code in a scanned phone-page address ("http://10.0.0.5:5170/t/7K3M…"), or null. */
export function phoneCodeFromUrl(text: string): string | null {
  const m = /^https?:\/\/[^/\s]+\/t\/([0-9A-Za-z-]+)\/?$/.exec(text.trim());
  return m?.[1] ? normalizePhoneCode(m[1]) : null;
}
