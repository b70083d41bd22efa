/**
 * One spelling per peer: a dual-stack listener reports IPv4 peers as "::ffff:10.0.0.7", which must count
 * (in limits and in logs) as the same peer as "10.0.0.7".
 */
export function canonicalAddress(address: string): string {
  return address.startsWith('::ffff:') && address.includes('.') ? address.slice('::ffff:'.length) : address;
}

/** This machine itself, in either spelling. */
export function isLoopback(address: string): boolean {
  const peer = canonicalAddress(address);
  return peer === '::1' || peer.startsWith('127.');
}
