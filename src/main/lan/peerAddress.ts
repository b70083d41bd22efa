import type { Socket } from 'node:net';
import { canonicalAddress } from '../../shared/net/peerAddress';

/** The peer's address in one spelling, as limits count it and the security log shows it. */
export function peerAddress(socket: Pick<Socket, 'remoteAddress'>): string {
  return canonicalAddress(socket.remoteAddress ?? 'unknown');
}
