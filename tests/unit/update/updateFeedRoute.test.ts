import Fastify from 'fastify';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { registerUpdateRoutes, updatesDir } from '../../../src/server/http/updateRoutes';
import { makeTempDir } from '../../helpers/tempDir';

const dir = makeTempDir('loket-feed-');
afterAll(() => dir.remove());

describe("the city server's update feed", () => {
  it('serves the feed files read-only, with ranges, and nothing else', async () => {
    const feed = join(dir.path, 'updates');
    mkdirSync(feed, { recursive: true });
    writeFileSync(join(feed, 'latest-linux.yml'), 'version: 1.2.0\nstagingPercentage: 25\n');
    writeFileSync(join(feed, 'Loket-1.2.0.AppImage'), Buffer.alloc(1000, 7));
    writeFileSync(join(feed, '.secret'), 'no');
    const app = Fastify();
    await registerUpdateRoutes(app, feed);

    const yml = await app.inject({ method: 'GET', url: '/updates/latest-linux.yml' });
    expect(yml.statusCode).toBe(200);
    expect(yml.body).toContain('stagingPercentage: 25');
    expect(yml.headers['cache-control']).toBe('no-cache');

    const part = await app.inject({ method: 'GET', url: '/updates/Loket-1.2.0.AppImage', headers: { range: 'bytes=10-19' } });
    expect(part.statusCode).toBe(206);
    expect(part.rawPayload.length).toBe(10);

    const listing = await app.inject({ method: 'GET', url: '/updates/' });
    expect(listing.statusCode).toBeGreaterThanOrEqual(400);
    expect(listing.body).not.toContain('AppImage');
    expect((await app.inject({ method: 'GET', url: '/updates/.secret' })).statusCode).not.toBe(200);
    expect((await app.inject({ method: 'GET', url: '/updates/../../etc/passwd' })).statusCode).toBe(404);
    expect((await app.inject({ method: 'PUT', url: '/updates/latest-linux.yml', payload: 'x' })).statusCode).toBe(404);
    await app.close();
  });

  it('takes its folder from LOKET_SERVER_UPDATES_DIR', () => {
    expect(updatesDir({ LOKET_SERVER_UPDATES_DIR: '/srv/loket/updates' })).toBe('/srv/loket/updates');
    expect(updatesDir({})).toMatch(/data\/server\/updates$/);
  });
});
