import { join } from 'node:path';
import { ConfigError } from './config/loadConfig';
import { RotatingLog, teeConsoleTo } from './durability/logFile';
import { readEnvironment } from './environment';
import { startOffice } from './office';
import { StorageError } from './store/database';

/** Browser mode: the office core, LAN server and renderer in plain Node, without Electron. */
async function main(): Promise<void> {
  const env = readEnvironment(process.env, { dataDir: 'data', configPath: 'resources/office.example.json' });
  teeConsoleTo(new RotatingLog(join(env.dataDir, 'logs')));
  const office = await startOffice({ ...env, rendererDir: join(__dirname, '../renderer'), voiceDir: join(__dirname, '../../resources/voice') });
  console.log(`Loket is running: ${office.lan.url}/kiosk  (data: ${env.dataDir}, config: ${env.configPath})`);
  const stop = (): void => {
    void office.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((err: unknown) => {
  if (err instanceof ConfigError || err instanceof StorageError) {
    console.error(err.message);
  } else if ((err as NodeJS.ErrnoException).code === 'EADDRINUSE') {
    console.error(`The port is already in use: ${(err as Error).message}. Set LOKET_PORT to a free port.`);
  } else {
    console.error('Loket could not start:', err);
  }
  process.exit(1);
});
