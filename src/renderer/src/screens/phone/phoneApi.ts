/** An API refusal as the page needs it (the body's error), or null when the office was not reached. */
export type ApiFailure = { code?: string; params?: { reason?: string; retryAfterSeconds?: number } } | null;

/**
 * POST /api/v1/<method> with XMLHttpRequest and callbacks: old Android browsers have neither fetch nor,
 * in places, Promise.
 */
export function callApi<T>(method: string, body: unknown, done: (result: T | null, failure: ApiFailure) => void): void {
  const xhr = new XMLHttpRequest();
  xhr.open('POST', `/api/v1/${method}`);
  xhr.setRequestHeader('Content-Type', 'application/json');
  xhr.timeout = 15_000;
  let finished = false;
  const finish = (result: T | null, failure: ApiFailure): void => {
    if (finished) return;
    finished = true;
    done(result, failure);
  };
  xhr.onload = () => {
    let parsed: { ok?: boolean; result?: T; error?: ApiFailure } | null = null;
    try {
      parsed = JSON.parse(xhr.responseText) as { ok?: boolean; result?: T; error?: ApiFailure };
    } catch {
      parsed = null;
    }
    if (parsed && parsed.ok === true) finish(parsed.result as T, null);
    else finish(null, parsed && parsed.error ? parsed.error : { code: 'internal' });
  };
  xhr.onerror = () => finish(null, null);
  xhr.ontimeout = () => finish(null, null);
  xhr.send(JSON.stringify(body));
}
