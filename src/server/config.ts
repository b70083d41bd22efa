import { resolve } from 'node:path';
import { isValidTimeZone } from '../shared/time/localTime';
import { PG_POOL_DEFAULTS } from './db/pgDatabase';
import { isLogLevel, LOG_LEVELS, type LogLevel } from './observability/logger';

/** The city server's settings, from the environment (documented in docs/central-server.md). */
export interface ServerConfig {
  host: string;
  port: number;
  /** PGlite data folder; unused when databaseUrl is set. */
  dataDir: string;
  databaseUrl: string | undefined;
  adminPassword: string | undefined;
  timeZone: string;
  secureCookies: boolean;
  /** PostgreSQL pool per instance: connections, requests allowed to wait, and how long (then 503). */
  pool: { maxConnections: number; maxWaiting: number; connectTimeoutMs: number };
  logLevel: LogLevel;
  /** Lets a scraper on another machine read /metrics (Authorization: Bearer …). */
  metricsToken: string | undefined;
  /** Reverse proxies in front of this instance (0: clients connect directly). */
  trustedProxies: number;
  /** Host names the server answers to besides addresses and localhost (LOKET_SERVER_HOSTS), lower case. */
  hostNames: string[];
}

/** Long enough that guessing it is hopeless; no spaces, since it travels in an Authorization header. */
const METRICS_TOKEN = /^\S{16,200}$/;

const HOST_NAME = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/;

/** "loket.kupangkota.go.id, booking.kupangkota.go.id" → the names; a clear error names a bad one. */
function hostNamesFromEnv(raw: string | undefined): string[] {
  const names = (raw ?? '')
    .split(',')
    .map((n) => n.trim().toLowerCase().replace(/\.$/, ''))
    .filter((n) => n !== '');
  for (const name of names) {
    if (!HOST_NAME.test(name)) throw new Error(`LOKET_SERVER_HOSTS must list host names separated by commas (e.g. loket.kupangkota.go.id), not "${name}"`);
  }
  return names;
}

/** A whole number from the environment within its range, or a clear error naming the variable. */
function intFromEnv(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) throw new Error(`${name} must be a whole number ${min}–${max}, not "${raw}"`);
  return value;
}

export function readServerConfig(env: NodeJS.ProcessEnv): ServerConfig {
  const port = env.LOKET_SERVER_PORT === undefined ? 5180 : Number(env.LOKET_SERVER_PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`LOKET_SERVER_PORT must be a port number 0–65535, not "${env.LOKET_SERVER_PORT}"`);
  }
  const timeZone = env.LOKET_SERVER_TIME_ZONE ?? 'Asia/Makassar';
  if (!isValidTimeZone(timeZone)) throw new Error(`LOKET_SERVER_TIME_ZONE "${timeZone}" is not an IANA time zone (Kupang is "Asia/Makassar")`);
  const logLevel = env.LOKET_SERVER_LOG_LEVEL || 'info';
  if (!isLogLevel(logLevel)) throw new Error(`LOKET_SERVER_LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, not "${logLevel}"`);
  const metricsToken = env.LOKET_METRICS_TOKEN || undefined;
  if (metricsToken !== undefined && !METRICS_TOKEN.test(metricsToken)) {
    throw new Error('LOKET_METRICS_TOKEN must be 16–200 characters without spaces (e.g. the output of `openssl rand -hex 32`)');
  }
  return {
    host: env.LOKET_SERVER_HOST ?? '127.0.0.1',
    port,
    dataDir: resolve(env.LOKET_SERVER_DATA_DIR ?? 'data/server'),
    databaseUrl: env.DATABASE_URL || undefined,
    adminPassword: env.LOKET_ADMIN_PASSWORD || undefined,
    timeZone,
    secureCookies: env.LOKET_SERVER_SECURE_COOKIES === '1',
    pool: {
      maxConnections: intFromEnv(env, 'LOKET_SERVER_DB_CONNECTIONS', PG_POOL_DEFAULTS.maxConnections, 1, 1000),
      maxWaiting: intFromEnv(env, 'LOKET_SERVER_DB_QUEUE', PG_POOL_DEFAULTS.maxWaiting, 0, 100_000),
      connectTimeoutMs: intFromEnv(env, 'LOKET_SERVER_DB_CONNECT_TIMEOUT_MS', PG_POOL_DEFAULTS.connectTimeoutMs, 100, 120_000),
    },
    logLevel,
    metricsToken,
    trustedProxies: intFromEnv(env, 'LOKET_TRUST_PROXY', 0, 0, 10),
    hostNames: hostNamesFromEnv(env.LOKET_SERVER_HOSTS),
  };
}
