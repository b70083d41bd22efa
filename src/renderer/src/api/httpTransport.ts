import { ApiError, apiErrorFromBody } from './apiError';
import { readToken } from './token';

/** A request that hangs longer than this is reported as a lost connection rather than freezing the screen. */
const REQUEST_TIMEOUT_MS = 15_000;

/** POST /api/v1/<method> on the LAN server; resolves with `result` or rejects with an ApiError. */
export async function callOverHttp(method: string, input: unknown): Promise<unknown> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  const token = readToken();
  if (token) headers.authorization = `Bearer ${token}`;

  let response: Response;
  try {
    response = await fetch(`/api/v1/${method}`, {
      method: 'POST',
      headers,
      body: JSON.stringify(input ?? {}),
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
  } catch (err) {
    throw new ApiError('network', `No answer from the office server for "${method}": ${String(err)}`);
  }

  let body: unknown;
  try {
    body = await response.json();
  } catch {
    throw new ApiError(
      response.status >= 500 ? 'network' : 'internal',
      `The office server answered "${method}" with HTTP ${response.status} and no JSON body.`,
    );
  }

  const envelope = (body ?? {}) as { ok?: unknown; result?: unknown; error?: unknown };
  if (response.ok && envelope.ok === true) return envelope.result;
  throw apiErrorFromBody(envelope.error, `The office server refused "${method}" (HTTP ${response.status}).`);
}
