import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * The kiosks' update feed for electron-updater's generic provider: the files electron-builder writes
 * (latest.yml, latest-linux.yml, the installers and their .blockmap files) copied into one folder,
 * served read-only at /updates/ with range requests (differential downloads), no listing, no dot files.
 */
export function updatesDir(env: NodeJS.ProcessEnv): string {
  return resolve(env.LOKET_SERVER_UPDATES_DIR ?? 'data/server/updates');
}

export async function registerUpdateRoutes(app: FastifyInstance, dir: string): Promise<void> {
  mkdirSync(dir, { recursive: true });
  await app.register(fastifyStatic, {
    root: dir,
    prefix: '/updates/',
    decorateReply: false,
    index: false,
    list: false,
    dotfiles: 'deny',
    acceptRanges: true,
    // The feed files change in place on each release; the kiosk must always see the current one.
    cacheControl: false,
    setHeaders: (res, path) => {
      if (path.endsWith('.yml')) void res.header('cache-control', 'no-cache');
    },
  });
}
