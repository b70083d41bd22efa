/** The supervisor the screenshot scripts create on a fresh office, and sign in as. */
export const SUPERVISOR_NAME = 'Kepala Dinas';

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

  /**
   * Creates the first supervisor on a fresh office (run on the office PC, with the setup code from its
   * log in LOKET_SETUP_CODE), else signs in as that supervisor.
   */
  async function supervisorToken(pin: string): Promise<string> {
    const status = await request<{ needsSetup: boolean; supervisors: { id: number; name: string }[] }>('auth.status', {});
    if (status.needsSetup) return (await request<{ token: string }>('auth.setup', { setupCode: setupCodeFromEnv(), name: SUPERVISOR_NAME, pin })).token;
    const supervisor = status.supervisors.find((s) => s.name === SUPERVISOR_NAME) ?? status.supervisors[0];
    if (!supervisor) throw new Error('auth.status lists no supervisor');
    return (await request<{ token: string }>('auth.signIn', { staffId: supervisor.id, counter: null, pin })).token;
  }

  return { request, supervisorToken };
}

/** The fresh office's setup code, as its log printed it ("First-run setup code: 4821 3907"). */
export function setupCodeFromEnv(): string {
  const code = process.env.LOKET_SETUP_CODE;
  if (!code) throw new Error('This office has no supervisor yet: set LOKET_SETUP_CODE to the setup code in its log (npm run serve prints it).');
  return code;
}
