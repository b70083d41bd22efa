import { hostname, networkInterfaces } from 'node:os';

/**
 * The office server's own names and addresses. A browser sends the name it used in the URL as the
 * Host header, so a page that reached this server through someone else's name (DNS rebinding:
 * evil.example resolving to 127.0.0.1) shows itself by its Host, and is refused.
 */
export interface HostPolicyOptions {
  /** The address the server listens on (LOKET_HOST); 0.0.0.0 or :: mean every local address. */
  listenHost: string;
  /** The port it listens on (known once it listens). */
  port: () => number;
  /** Names from the office configuration (lan.hostNames), read each time so a settings change applies at once. */
  configuredNames: () => readonly string[];
  /** The PC's interface addresses (os.networkInterfaces by default). */
  interfaceAddresses?: () => string[];
  now?: () => number;
}

export interface HostPolicy {
  /** Whether a Host header names this server (one of its names or addresses, with its port). */
  isOwnHost(host: string | undefined): boolean;
  /** Whether an Origin header is this server's own origin, as named by the (accepted) Host. */
  isOwnOrigin(origin: string, host: string): boolean;
  /** Where a person should open Loket instead, for refusal messages. */
  suggestedUrl(): string;
}

const LOOPBACK_NAMES = ['localhost', '127.0.0.1', '::1'];
const UNSPECIFIED = new Set(['0.0.0.0', '::', '']);
/** Interfaces come and go (Wi-Fi, a cable plugged in); re-read them at most this often. */
const INTERFACE_CACHE_MS = 5_000;

interface Authority {
  name: string;
  port: number;
}

/**
 * "Host: 192.168.1.10:5170" → { name, port }, normalized as a browser does (lower case, no trailing
 * dot, IPv6 without brackets, odd IPv4 spellings such as 2130706433 folded). Userinfo, paths and
 * anything else a Host never holds make it null.
 */
function parseAuthority(value: string): Authority | null {
  if (!/^[^\s/\\?#@]+$/.test(value)) return null;
  let url: URL;
  try {
    url = new URL(`http://${value}`);
  } catch {
    return null;
  }
  return { name: bareName(url.hostname), port: url.port === '' ? 80 : Number(url.port) };
}

function bareName(name: string): string {
  return name.toLowerCase().replace(/^\[(.*)\]$/, '$1').replace(/\.$/, '');
}

function localInterfaceAddresses(): string[] {
  return Object.values(networkInterfaces()).flatMap((list) => (list ?? []).map((i) => i.address.replace(/%.*$/, '')));
}

export function createHostPolicy(options: HostPolicyOptions): HostPolicy {
  const interfaceAddresses = options.interfaceAddresses ?? localInterfaceAddresses;
  const now = options.now ?? Date.now;
  const listenHost = bareName(options.listenHost);
  const everyAddress = UNSPECIFIED.has(listenHost);
  let cached: { at: number; addresses: string[] } | null = null;

  const listenAddresses = (): string[] => {
    if (!everyAddress) return [listenHost];
    if (!cached || now() - cached.at > INTERFACE_CACHE_MS) cached = { at: now(), addresses: interfaceAddresses().map(bareName) };
    return cached.addresses;
  };

  const isOwnName = (name: string): boolean =>
    LOOPBACK_NAMES.includes(name) ||
    name === bareName(hostname()) ||
    listenAddresses().includes(name) ||
    options.configuredNames().some((n) => bareName(n) === name);

  const withPort = (name: string): string => {
    const host = name.includes(':') ? `[${name}]` : name;
    return options.port() === 80 ? host : `${host}:${options.port()}`;
  };

  return {
    isOwnHost(host) {
      const authority = host === undefined ? null : parseAuthority(host);
      return authority !== null && authority.port === options.port() && isOwnName(authority.name);
    },
    isOwnOrigin(origin, host) {
      let url: URL;
      try {
        url = new URL(origin);
      } catch {
        return false; // "null": a sandboxed frame or a file:// page
      }
      const ours = parseAuthority(host);
      const port = url.port === '' ? 80 : Number(url.port);
      return url.protocol === 'http:' && url.origin === origin && ours !== null && bareName(url.hostname) === ours.name && port === ours.port;
    },
    suggestedUrl() {
      const external = everyAddress
        ? (options.configuredNames()[0] ?? listenAddresses().find((a) => /^\d+\.\d+\.\d+\.\d+$/.test(a) && !a.startsWith('127.')))
        : listenHost;
      return `http://${withPort(external ?? '127.0.0.1')}`;
    },
  };
}
