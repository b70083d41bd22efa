import type { MethodInput, MethodName, MethodOutput } from '../../src/shared/api/contract';

/** A call over the office's LAN API as a browser or paired device makes it: the status and the JSON body, whatever they are. */
export async function lanPost(baseUrl: string, method: string, body: unknown, token?: string): Promise<{ status: number; json: any }> {
  const res = await fetch(`${baseUrl}/api/v1/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  return { status: res.status, json: await res.json() };
}

/** The same call when the test needs it to succeed: its typed result, or an error that shows the refusal. */
export async function lanCall<M extends MethodName>(baseUrl: string, method: M, input: MethodInput<M>, token?: string): Promise<MethodOutput<M>> {
  const { status, json } = await lanPost(baseUrl, method, input, token);
  if (status !== 200) throw new Error(`${method} → ${status} ${JSON.stringify(json)}`);
  return json.result as MethodOutput<M>;
}
