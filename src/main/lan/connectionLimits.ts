import type { Socket } from 'node:net';
import { isLoopback } from '../../shared/net/peerAddress';

export interface ConnectionCaps {
  /** Open TCP connections (HTTP keep-alive and event streams alike). */
  sockets: number;
  /** Open event streams. */
  eventStreams: number;
}

/**
 * Per peer address. A LAN browser keeps about 6 connections and one event stream per screen; the
 * office PC itself (browser mode: kiosk, TV and supervisor in one Chromium; the benchmarks' 100
 * visitors at once) gets more.
 */
export interface ConnectionLimits {
  lan: ConnectionCaps;
  loopback: ConnectionCaps;
}

export const DEFAULT_CONNECTION_LIMITS: ConnectionLimits = {
  lan: { sockets: 32, eventStreams: 8 },
  loopback: { sockets: 256, eventStreams: 64 },
};

/** Open connections of one kind per peer address, each counted until its socket closes. */
export class ConnectionCounter {
  private readonly open = new Map<string, number>();

  constructor(private readonly capFor: (peer: string) => number) {}

  /** Counts the socket until it closes; false (and nothing counted) when its peer is at the cap. */
  admit(socket: Socket, peer: string): boolean {
    const count = this.open.get(peer) ?? 0;
    if (count >= this.capFor(peer)) return false;
    this.open.set(peer, count + 1);
    socket.once('close', () => {
      const left = (this.open.get(peer) ?? 1) - 1;
      if (left === 0) this.open.delete(peer);
      else this.open.set(peer, left);
    });
    return true;
  }
}

export function capsFor(limits: ConnectionLimits, peer: string): ConnectionCaps {
  return isLoopback(peer) ? limits.loopback : limits.lan;
}
