import type { FastifyServerOptions } from 'fastify';

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export const isLogLevel = (value: string): value is LogLevel => (LOG_LEVELS as readonly string[]).includes(value);

/** Where and how much the server logs; tests pass a stream to read the lines, or nothing to stay quiet. */
export interface LoggerSettings {
  level?: LogLevel;
  stream?: { write(line: string): void };
}

type FastifyLoggerConfig = Exclude<FastifyServerOptions['logger'], boolean | undefined>;

/**
 * Fastify's own pino logger, one JSON object per line: level as a word and an ISO time, for people and
 * log shippers alike. Headers never reach a line (the request line picks its fields), and these paths
 * are censored too in case a future line logs a request or its headers whole.
 */
export function loggerOptions(settings: LoggerSettings): FastifyLoggerConfig {
  return {
    level: settings.level ?? 'info',
    ...(settings.stream ? { stream: settings.stream } : {}),
    formatters: { level: (label: string) => ({ level: label }) },
    timestamp: () => `,"time":"${new Date().toISOString()}"`,
    redact: {
      paths: ['req.headers.authorization', 'req.headers.cookie', 'headers.authorization', 'headers.cookie', 'res.headers["set-cookie"]'],
      censor: '[redacted]',
    },
  };
}
