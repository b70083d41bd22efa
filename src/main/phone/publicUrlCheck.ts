import type { MethodOutput } from '../../shared/api/contract';
import { isOfficePublicUrl } from '../../shared/config/officeConfig';

type CheckResult = MethodOutput<'phone.checkPublicUrl'>;

const TIMEOUT_MS = 3_000;

/**
 * Whether a phone on the office Wi-Fi can open this office at `url`: the office PC asks itself there,
 * through the network, and expects its own instance id back. Reaching another machine (an old address,
 * a second office) or nothing at all (wrong port, firewall, listening on 127.0.0.1 only) shows.
 */
export async function checkPublicUrl(url: string | undefined, instanceId: string, checkPath: string): Promise<CheckResult> {
  if (url === undefined || url === '') return { url: null, reachable: false, problem: 'not_set', detail: null };
  if (!isOfficePublicUrl(url)) return { url, reachable: false, problem: 'invalid', detail: null };
  const base = url.replace(/\/+$/, '');
  let response: Response;
  try {
    response = await fetch(`${base}${checkPath}`, { signal: AbortSignal.timeout(TIMEOUT_MS), redirect: 'manual' });
  } catch (err) {
    const cause = (err as { cause?: { code?: string } }).cause?.code ?? (err as Error).name;
    return { url: base, reachable: false, problem: 'unreachable', detail: String(cause) };
  }
  if (response.status === 403) return { url: base, reachable: false, problem: 'refused', detail: `HTTP ${response.status}` };
  const body = (await response.json().catch(() => null)) as { loket?: unknown } | null;
  if (response.ok && body?.loket === instanceId) return { url: base, reachable: true, problem: null, detail: null };
  return { url: base, reachable: false, problem: 'other_server', detail: `HTTP ${response.status}` };
}
