import type { z } from 'zod';
import { clockOffsetMs } from '../../shared/sync/clock';
import { SERVER_TIME_HEADER, syncErrorBody, type RefusedRow } from '../../shared/sync/protocol';
import { parseRetryAfter } from './backoff';

/**
 * The outcome of one HTTP exchange with the city server, with every failure classified. Every answer
 * also says how far this kiosk's clock is from the city's (null when the answer carried no time).
 */
export type Exchange<T> =
  | { ok: true; body: T; clockOffsetMs: number | null }
  | { ok: false; kind: 'network'; message: string }
  | {
      ok: false;
      kind: 'http';
      status: number;
      retryAfterMs: number | null;
      code: string;
      message: string;
      pesan: string;
      refused: RefusedRow[];
      clockOffsetMs: number | null;
    };

/** The city's time from its own header, or else from the standard Date header (whole seconds). */
function serverTimeOf(headers: Headers): number | null {
  const exact = Number(headers.get(SERVER_TIME_HEADER));
  if (Number.isSafeInteger(exact) && exact > 0) return exact;
  const date = Date.parse(headers.get('date') ?? '');
  return Number.isNaN(date) ? null : date;
}

/** POST/GET JSON with a timeout; a reply that is not the expected shape counts as a failed exchange. */
export async function exchange<S extends z.ZodType>(
  url: string,
  init: { method: 'GET' | 'POST'; token?: string; body?: unknown; timeoutMs: number },
  schema: S,
  now: () => number,
): Promise<Exchange<z.output<S>>> {
  let res: Response;
  let text: string;
  const sentAt = now();
  try {
    res = await fetch(url, {
      method: init.method,
      headers: {
        ...(init.body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(init.token ? { authorization: `Bearer ${init.token}` } : {}),
      },
      ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
      signal: AbortSignal.timeout(init.timeoutMs),
    });
    text = await res.text();
  } catch (err) {
    const cause = (err as { cause?: { code?: string } }).cause?.code;
    return { ok: false, kind: 'network', message: `${(err as Error).name === 'TimeoutError' ? 'no reply in time' : (err as Error).message}${cause ? ` (${cause})` : ''}` };
  }
  const serverTime = serverTimeOf(res.headers);
  const offset = serverTime === null ? null : clockOffsetMs(sentAt, now(), serverTime);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  if (res.ok) {
    const parsed = schema.safeParse(json);
    if (parsed.success) return { ok: true, body: parsed.data, clockOffsetMs: offset };
    return { ok: false, kind: 'network', message: `the reply from ${url} is not a Loket sync reply (status ${res.status})` };
  }
  const error = syncErrorBody.safeParse(json);
  const retryAfterMs = parseRetryAfter(res.headers.get('retry-after'), now());
  if (error.success) {
    const { code, message, pesan, refused } = error.data.error;
    return { ok: false, kind: 'http', status: res.status, retryAfterMs, code, message, pesan, refused: refused ?? [], clockOffsetMs: offset };
  }
  return {
    ok: false,
    kind: 'http',
    status: res.status,
    retryAfterMs,
    code: `http_${res.status}`,
    message: `The server answered ${res.status} ${res.statusText}`.trim(),
    pesan: `Server menjawab ${res.status}`,
    refused: [],
    clockOffsetMs: offset,
  };
}
