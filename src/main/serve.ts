import { join } from 'node:path';
import { ConfigError } from './config/loadConfig';
import { readDurabilityTimings } from './durability/durabilityTimings';
import { RotatingLog, teeConsoleTo } from './durability/logFile';
import { OfficeInUseError } from './durability/officeLock';
import { startWhenStorageAllows } from './durability/startRetry';
import { readEnvironment } from './environment';
import { startOffice, type RunningOffice } from './office';
import { forkWorker } from './speech/forkWorker';
import { StorageError } from './store/database';

let office: RunningOffice | null = null;

// The last line of defence: a full disk met outside a request (a timer's write) is recorded and the
// office keeps serving; any other uncaught failure still ends the process, as Node would.
process.on('uncaughtException', (err) => {
  if (office?.store.health.report(err, 'uncaught')) return;
  console.error('Loket stopped on an unexpected error:', err);
  process.exit(1);
});

/** Browser mode: the office core, LAN server and renderer in plain Node, without Electron. */
async function main(): Promise<void> {
  const env = readEnvironment(process.env, { dataDir: 'data', configPath: 'resources/office.example.json' });
  const timings = readDurabilityTimings(process.env);
  const log = new RotatingLog(join(env.dataDir, 'logs'));
  teeConsoleTo(log);
  const running = await startWhenStorageAllows({
    dataDir: env.dataDir,
    retryMs: timings.startRetryMs,
    start: () =>
      startOffice({
        ...env,
        ...timings,
        rendererDir: join(__dirname, '../renderer'),
        voiceDir: join(__dirname, '../../resources/voice'),
        shell: { speechWorker: forkWorker(join(__dirname, 'speechWorker.js')) },
      }),
  });
  office = running;
  log.onWriteFailure = (err) => running.store.health.report(err, 'log');
  console.log(`Loket is running: ${running.lan.url}/kiosk  (data: ${env.dataDir}, config: ${env.configPath})`);
  const stop = (): void => {
    void running.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((err: unknown) => {
  if (err instanceof ConfigError || err instanceof StorageError || err instanceof OfficeInUseError) {
    console.error(err.message);
  } else if ((err as NodeJS.ErrnoException).code === 'EADDRINUSE') {
    console.error(`The port is already in use: ${(err as Error).message}. Set LOKET_PORT to a free port.`);
  } else {
    console.error('Loket could not start:', err);
  }
  process.exit(1);
});
