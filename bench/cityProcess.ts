import { PROTOCOL_VERSION, SYNC_PATHS } from '../src/shared/sync/protocol';
import { exited, freePort, spawnTsx, treeCpuMs } from './processes';

export interface CityProcess {
  url: string;
  /** CPU ms used by the server process so far. */
  cpuMs(): number;
  stop(): Promise<void>;
}

/**
 * The city server in its own process, started as `npm run server` starts it (tsx src/server/main.ts) on
 * PostgreSQL with the shipped pool settings: only the database, port and first admin's password are set.
 */
export async function startCityProcess(databaseUrl: string, env: NodeJS.ProcessEnv = {}): Promise<CityProcess> {
  const port = await freePort();
  const child = spawnTsx('src/server/main.ts', { ...env, DATABASE_URL: databaseUrl, LOKET_SERVER_PORT: String(port), LOKET_ADMIN_PASSWORD: 'bench-password-1234' }, ['ignore', 'ignore', 'inherit']);
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the city server exited with ${child.exitCode} while starting`);
    const ok = await fetch(`${url}${SYNC_PATHS.ping}`)
      .then(async (res) => res.ok && ((await res.json()) as { protocol?: number }).protocol === PROTOCOL_VERSION)
      .catch(() => false);
    if (ok) break;
    if (Date.now() > deadline) throw new Error('the city server did not answer within 60 s');
    await new Promise((r) => setTimeout(r, 100));
  }
  const pid = child.pid ?? 0;
  return {
    url,
    cpuMs: () => treeCpuMs(pid),
    async stop() {
      child.kill('SIGTERM');
      await exited(child);
    },
  };
}
