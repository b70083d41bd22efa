/** The office's LAN API for the screenshot scripts: one request helper and the supervisor's token. */
export function officeClient(baseUrl: string) {
  async function request<T>(method: string, input: unknown, token?: string): Promise<T> {
    const res = await fetch(`${baseUrl}/api/v1/${method}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(input),
    });
    const body = (await res.json()) as { ok: boolean; result: T; error?: unknown };
    if (!body.ok) throw new Error(`${method}: ${JSON.stringify(body.error)}`);
    return body.result;
  }

  /** Creates the first supervisor on a fresh office (run on the office PC), else signs in. */
  async function supervisorToken(pin: string): Promise<string> {
    const status = await request<{ needsSetup: boolean }>('auth.status', {});
    if (status.needsSetup) return (await request<{ token: string }>('auth.setup', { name: 'Kepala Dinas', pin })).token;
    return (await request<{ token: string }>('auth.signIn', { counter: null, pin })).token;
  }

  return { request, supervisorToken };
}
