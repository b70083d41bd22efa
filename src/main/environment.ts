import { resolve } from 'node:path';

/** Start-up settings from the environment, with the browser-mode defaults documented in docs/configuration.md. */
export interface Environment {
  configPath: string;
  dataDir: string;
  host: string;
  port: number;
  /** Whether tokenless requests from this PC itself act as the kiosk (browser mode on the kiosk PC). */
  loopbackIsKiosk: boolean;
}

export function readEnvironment(env: NodeJS.ProcessEnv, defaults: { dataDir: string; configPath: string }): Environment {
  const port = env.LOKET_PORT === undefined ? 5170 : Number(env.LOKET_PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`LOKET_PORT must be a port number 0–65535, not "${env.LOKET_PORT}"`);
  }
  return {
    configPath: resolve(env.LOKET_CONFIG ?? defaults.configPath),
    dataDir: resolve(env.LOKET_DATA_DIR ?? defaults.dataDir),
    host: env.LOKET_HOST ?? '127.0.0.1',
    port,
    loopbackIsKiosk: env.LOKET_LOOPBACK_KIOSK !== '0',
  };
}
