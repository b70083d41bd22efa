import { timingSafeEqual } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { isLoopback } from '../../shared/net/peerAddress';
import { sha256 } from '../auth/secrets';


/**
 * /metrics tells how busy the city is and which refusals happen: only for a scraper on this machine, or for
 * one sending LOKET_METRICS_TOKEN. "This machine" is the socket's peer, and a request that came through a
 * proxy (X-Forwarded-For or Forwarded) is not local even when the proxy runs on this machine.
 */
export function mayReadMetrics(req: FastifyRequest, token: string | undefined): boolean {
  if (token !== undefined) {
    const given = /^Bearer (\S+)$/.exec(req.headers.authorization ?? '')?.[1];
    // Hashing both sides gives equal lengths, so the comparison takes the same time whatever was sent.
    if (given !== undefined && timingSafeEqual(Buffer.from(sha256(given), 'hex'), Buffer.from(sha256(token), 'hex'))) return true;
  }
  const proxied = req.headers['x-forwarded-for'] !== undefined || req.headers.forwarded !== undefined;
  return !proxied && req.socket.remoteAddress !== undefined && isLoopback(req.socket.remoteAddress);
}
