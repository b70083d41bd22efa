import { lookup } from 'node:dns/promises';
import net from 'node:net';
import { isOfficeNetworkAddress } from '../../../shared/config/officeNetwork';
import { TransportError } from './transport';

/** Every address a host name resolves to; injectable so tests can give a name any answer. */
export type HostLookup = (host: string) => Promise<{ address: string }[]>;

export const systemLookup: HostLookup = (host) => lookup(host, { all: true, verbatim: true });

const OFFICE_ONLY = 'a network printer must be on the office LAN or this PC';

/**
 * The address to connect to for a printer host: the literal itself, or the first address of a name that
 * resolves only inside the office network. Connecting to the checked address (not the name again) means
 * a second, different DNS answer cannot slip in between the check and the connection.
 */
export async function officePrinterAddress(host: string, resolve: HostLookup = systemLookup): Promise<string> {
  if (net.isIP(host) !== 0) {
    if (!isOfficeNetworkAddress(host)) throw new TransportError('unavailable', `printer address ${host} is outside the office network; ${OFFICE_ONLY}`);
    return host;
  }
  let found: { address: string }[];
  try {
    found = await resolve(host);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new TransportError('connect', `printer host "${host}" cannot be found (${code})`, { cause: error });
  }
  const first = found[0];
  if (!first) throw new TransportError('connect', `printer host "${host}" has no address`);
  const outside = found.map((a) => a.address).filter((a) => !isOfficeNetworkAddress(a));
  if (outside.length > 0) {
    throw new TransportError('unavailable', `printer host "${host}" resolves to ${outside.join(', ')}, outside the office network; ${OFFICE_ONLY}`);
  }
  return first.address;
}
