import type { z } from 'zod';
import { syncErrorBody, type RefusedRow } from '../../shared/sync/protocol';
import { parseRetryAfter } from './backoff';

/** The outcome of one HTTP exchange with the city server, with every failure classified. */
export type Exchange<T> =
  | { ok: true; body: T }
  | { ok: false; kind: 'network'; message: string }
  | { ok: false; kind: 'http'; status: number; retryAfterMs: number | null; code: string; message: string; pesan: string; refused: RefusedRow[] };

/** POST/GET JSON with a timeout; a reply that is not the expected shape counts as a failed exchange. */
export async function exchange<S extends z.ZodType>(
  url: string,
  init: { method: 'GET' | 'POST'; token?: string; body?: unknown; timeoutMs: number },
  schema: S,
  now: () => number,
): Promise<Exchange<z.output<S>>> {
  let res: Response;
  let text: string;
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
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  if (res.ok) {
    const parsed = schema.safeParse(json);
    if (parsed.success) return { ok: true, body: parsed.data };
    return { ok: false, kind: 'network', message: `the reply from ${url} is not a Loket sync reply (status ${res.status})` };
  }
  const error = syncErrorBody.safeParse(json);
  const retryAfterMs = parseRetryAfter(res.headers.get('retry-after'), now());
  if (error.success) {
    const { code, message, pesan, refused } = error.data.error;
    return { ok: false, kind: 'http', status: res.status, retryAfterMs, code, message, pesan, refused: refused ?? [] };
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
  };
}
