import { readServerConfig } from './config';
import { startCityServer } from './cityServer';
import { openServerDatabase } from './db/openDatabase';

/** npm run server: the city server on PostgreSQL (DATABASE_URL) or embedded PGlite (LOKET_SERVER_DATA_DIR). */
async function main(): Promise<void> {
  const config = readServerConfig(process.env);
  const db = await openServerDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, pool: config.pool });
  const server = await startCityServer({ db, ...config, logger: { level: config.logLevel } });
  const log = server.app.log;
  log.info(
    {
      url: `${server.url}/admin`,
      database: config.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : `PGlite in ${config.dataDir}`,
      // Other names are refused (421): a public name must be listed before offices and residents use it.
      answersTo: ['addresses', 'localhost', ...config.hostNames],
    },
    'Loket city server is running',
  );
  if (server.firstAdmin?.generatedPassword) {
    // For the person starting the server, once: plain text on the terminal, never a field of a log record.
    console.log(`First start: administrator "${server.firstAdmin.username}" created with password  ${server.firstAdmin.generatedPassword}`);
    console.log('It is shown only this once; keep it somewhere safe.');
  } else if (server.firstAdmin) {
    log.info({ username: server.firstAdmin.username }, 'first start: administrator created with LOKET_ADMIN_PASSWORD');
  }
  const stop = (signal: NodeJS.Signals): void => {
    log.info({ signal }, 'stopping');
    void server
      .close()
      .then(() => db.close())
      .then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

// Before the server runs there is no logger yet (the settings themselves may be what failed): plain text.
main().catch((err: unknown) => {
  if ((err as NodeJS.ErrnoException).code === 'EADDRINUSE') {
    console.error(`The port is already in use: ${(err as Error).message}. Set LOKET_SERVER_PORT to a free port.`);
  } else {
    console.error('The Loket city server could not start:', err instanceof Error ? err.message : err);
  }
  process.exit(1);
});
