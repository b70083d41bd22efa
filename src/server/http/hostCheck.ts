import { isIP } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { SyncError } from '../services/syncError';

/**
 * The names this server answers to. A browser sends the name it used as the Host header, so a page that
 * reached the server through someone else's name (DNS rebinding: evil.example resolving to the city
 * server) shows itself and is refused before any route runs. Addresses (probes, an office configured by
 * IP) and localhost always pass; a name passes only when the operator listed it (LOKET_SERVER_HOSTS).
 */
export function hostAllowed(hostHeader: string | undefined, names: readonly string[]): boolean {
  if (!hostHeader) return false;
  let name: string;
  try {
    name = new URL(`http://${hostHeader}`).hostname.toLowerCase().replace(/^\[(.*)\]$/, '$1').replace(/\.$/, '');
  } catch {
    return false;
  }
  return isIP(name) !== 0 || name === 'localhost' || names.includes(name);
}

/** Refuses foreign Host headers with 421 Misdirected Request, naming the setting that admits a name. */
export function registerHostCheck(app: FastifyInstance, names: readonly string[]): void {
  app.addHook('onRequest', async (req, reply) => {
    if (hostAllowed(req.headers.host, names)) return;
    const e = new SyncError(
      'bad_request',
      `This city server does not answer to the name "${req.headers.host ?? ''}". The operator lists its names in LOKET_SERVER_HOSTS.`,
      'Server kota ini tidak melayani nama alamat tersebut.',
    );
    return reply.code(421).send(e.toBody());
  });
}
