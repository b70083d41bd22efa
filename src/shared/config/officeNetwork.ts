/**
 * Where a network ticket printer may be: the office LAN (private and link-local ranges) or this PC.
 * Pure, because the configuration schema judges address literals when settings are saved, and the TCP
 * transport judges every address a printer host name resolves to before it connects. (Shared code is
 * also type-checked for the browser, so Node's net.BlockList is not available here; the tests hold this
 * rule against BlockList.)
 */

export const OFFICE_NETWORK_RANGES = [
  '127.0.0.0/8',
  '10.0.0.0/8',
  '172.16.0.0/12',
  '192.168.0.0/16',
  '169.254.0.0/16',
  '::1/128',
  'fe80::/10',
  'fc00::/7',
] as const;

const OCTET = '(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';
/** Dotted-quad only: "010.0.0.1" or "10.1" mean other addresses to the OS resolver, so they are not literals here. */
const IPV4 = new RegExp(`^${OCTET}\\.${OCTET}\\.${OCTET}\\.${OCTET}$`);
/** An IPv6 zone ("fe80::1%eth0") names the interface, not the address. */
const ZONE = /%[\w.-]+$/;

function ipv4Bytes(address: string): number[] | null {
  const m = IPV4.exec(address);
  return m ? m.slice(1, 5).map(Number) : null;
}

/** The 16 bytes of an IPv6 literal; the URL parser validates and canonicalizes it ("::ffff:1.2.3.4" → "::ffff:102:304"). */
function ipv6Bytes(address: string): number[] | null {
  if (!address.includes(':') || /[[\]/]/.test(address)) return null;
  let canonical: string;
  try {
    canonical = new URL(`http://[${address.replace(ZONE, '')}]/`).hostname.slice(1, -1);
  } catch {
    return null;
  }
  const [head = '', tail] = canonical.split('::');
  const groups = (part: string | undefined) => (part ? part.split(':').map((h) => parseInt(h, 16)) : []);
  const before = groups(head);
  const after = groups(tail);
  const words = tail === undefined ? before : [...before, ...new Array<number>(8 - before.length - after.length).fill(0), ...after];
  return words.flatMap((w) => [w >> 8, w & 0xff]);
}

const MAPPED_V4_PREFIX = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff];

/** The address's bytes (4 for IPv4, also for an IPv4-mapped IPv6 address; 16 for IPv6), or null when it is not an IP literal. */
export function ipAddressBytes(address: string): number[] | null {
  const v4 = ipv4Bytes(address);
  if (v4) return v4;
  const v6 = ipv6Bytes(address);
  if (v6 && MAPPED_V4_PREFIX.every((b, i) => v6[i] === b)) return v6.slice(12);
  return v6;
}

export function isIpAddress(address: string): boolean {
  return ipAddressBytes(address) !== null;
}

function inRange(bytes: readonly number[], range: string): boolean {
  const [base = '', bits = '0'] = range.split('/');
  const net = ipAddressBytes(base);
  if (!net || net.length !== bytes.length) return false;
  const prefix = Number(bits);
  for (let i = 0; i < net.length; i++) {
    const take = Math.min(8, Math.max(0, prefix - i * 8));
    const mask = (0xff << (8 - take)) & 0xff;
    if (((bytes[i] ?? 0) & mask) !== ((net[i] ?? 0) & mask)) return false;
  }
  return true;
}

/** True for an IP literal in OFFICE_NETWORK_RANGES; false for any other address or a host name. */
export function isOfficeNetworkAddress(address: string): boolean {
  const bytes = ipAddressBytes(address);
  return bytes !== null && OFFICE_NETWORK_RANGES.some((range) => inRange(bytes, range));
}

const LABEL = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;

/**
 * A DNS host name (RFC 1123). A name whose last label is all digits is refused: resolvers read "10.1" or
 * "2130706433" as IPv4 addresses, so only a real dotted-quad literal may look like a number.
 */
export function isHostName(name: string): boolean {
  const labels = name.replace(/\.$/, '').split('.');
  return name.length <= 253 && labels.every((l) => LABEL.test(l)) && !/^\d+$/.test(labels.at(-1) ?? '');
}
