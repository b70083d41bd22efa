import type { Socket } from 'node:net';

/**
 * The peer's address as one spelling: a dual-stack listener reports IPv4 peers as "::ffff:10.0.0.7",
 * which must count (and show in the security log) as the same peer as "10.0.0.7".
 */
export function peerAddress(socket: Pick<Socket, 'remoteAddress'>): string {
  const address = socket.remoteAddress ?? 'unknown';
  return address.startsWith('::ffff:') && address.includes('.') ? address.slice('::ffff:'.length) : address;
}

/** The office PC itself: only it may create the first supervisor or act as the tokenless kiosk. */
export function isLoopback(peer: string): boolean {
  return peer === '::1' || peer.startsWith('127.');
}
