import { spawn } from 'node:child_process';
import { Agent, request } from 'node:http';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startOffice } from '../src/main/office';
import { makeTempDir } from '../tests/helpers/tempDir';
import { testConfigInput } from '../tests/helpers/testConfig';
import { percentile, type BenchSuite } from './table';

const ISSUES = 1000;
const ATTACK_PER_SECOND = 200;
/** Wrong sign-ins come from this many addresses (127.0.1.x: Linux routes all of 127/8 to loopback). */
const ATTACK_SOURCES = 200;
/** Counter staff the attack spreads over, so PIN checks keep running instead of one account locking at once. */
const ACCOUNTS = 40;
const ATTACKER = fileURLToPath(new URL('./signinAttacker.mjs', import.meta.url));
/** The kiosk keeps its connection open, as a browser does. */
const kioskAgent = new Agent({ keepAlive: true, maxSockets: 1 });

interface Answer {
  status: number;
  body: string;
}

function post(url: string, body: unknown, from: { token?: string; agent?: Agent } = {}): Promise<Answer> {
  const payload = JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method: 'POST',
        agent: from.agent ?? false,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(payload),
          ...(from.token ? { authorization: `Bearer ${from.token}` } : {}),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

/** Issue latency over HTTP from the kiosk PC, one visitor after another. */
async function issueLatencies(url: string): Promise<number[]> {
  const latencies: number[] = [];
  for (let i = 0; i < ISSUES; i++) {
    const t0 = performance.now();
    const answer = await post(`${url}/api/v1/tickets.issue`, { serviceCode: i % 2 ? 'KK' : 'KTP' }, { agent: kioskAgent });
    latencies.push(performance.now() - t0);
    if (answer.status !== 200) throw new Error(`issue failed: ${answer.status} ${answer.body}`);
  }
  return latencies;
}

/**
 * Ticket issue while 200 wrong sign-ins per second arrive from 200 addresses against 40 accounts (the attacker
 * is its own process, as on its own PC): the PIN checks (argon2, 19 MiB each) leave a core free and failing
 * sources are locked, so visitors should not notice.
 */
export const suite: BenchSuite = async () => {
  const dir = makeTempDir('loket-bench-');
  const configPath = join(dir.path, 'office.json');
  writeFileSync(configPath, JSON.stringify(testConfigInput()));
  let setupCode = '';
  const announceSetupCode = (code: string) => {
    setupCode = code;
    return Promise.resolve({ printed: true, detail: 'read by the bench' });
  };
  const office = await startOffice({ configPath, dataDir: join(dir.path, 'data'), host: '127.0.0.1', port: 0, loopbackIsKiosk: true, shell: { announceSetupCode } });
  const url = office.lan.url;
  try {
    const setup = await post(`${url}/api/v1/auth.setup`, { setupCode, name: 'Kepala', pin: '482915' });
    if (setup.status !== 200) throw new Error(`setup failed: ${setup.body}`);
    const supervisor = (JSON.parse(setup.body) as { result: { token: string } }).result.token;
    const accounts: number[] = [];
    for (let i = 0; i < ACCOUNTS; i++) {
      const created = await post(`${url}/api/v1/staff.create`, { name: `Petugas ${i + 1}`, role: 'counter', pin: String(204817 + i * 7) }, { token: supervisor });
      accounts.push((JSON.parse(created.body) as { result: { id: number } }).result.id);
    }

    const quiet = await issueLatencies(url);

    const attacker = spawn(process.execPath, [ATTACKER, JSON.stringify({ url, accounts, perSecond: ATTACK_PER_SECOND, sources: ATTACK_SOURCES })], {
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    const lines = createInterface({ input: attacker.stdout! });
    const answers = new Promise<{ sent: number; statuses: Record<string, number> }>((resolve) =>
      lines.on('line', (line) => {
        if (line !== 'ready') resolve(JSON.parse(line) as { sent: number; statuses: Record<string, number> });
      }),
    );
    // Let the attack reach its pace before measuring.
    await new Promise((r) => setTimeout(r, 1000));
    const attacked = await issueLatencies(url);
    attacker.stdin!.end();
    const { sent, statuses } = await answers;

    const accepted = statuses['200'] ?? 0;
    const checked = statuses['401'] ?? 0;
    return [
      { suite: 'signin', metric: 'issue over HTTP, p50 (no attack)', value: percentile(quiet, 50), unit: 'ms' },
      { suite: 'signin', metric: 'issue over HTTP, p99 (no attack)', value: percentile(quiet, 99), unit: 'ms' },
      // Informative: on a 2-core PC the attacker's process, the one argon2 check and the office share the cores.
      { suite: 'signin', metric: `issue over HTTP, p50 (${ATTACK_PER_SECOND} wrong sign-ins/s)`, value: percentile(attacked, 50), unit: 'ms' },
      { suite: 'signin', metric: `issue over HTTP, p99 (${ATTACK_PER_SECOND} wrong sign-ins/s)`, value: percentile(attacked, 99), unit: 'ms' },
      { suite: 'signin', metric: 'wrong sign-ins sent', value: sent, unit: 'requests' },
      { suite: 'signin', metric: 'of which refused without a PIN check (429)', value: statuses['429'] ?? 0, unit: 'requests' },
      {
        suite: 'signin',
        metric: 'of which checked and wrong (401)',
        value: checked,
        unit: 'requests',
        target: `<= attempts allowed (${ACCOUNTS} accounts x 5)`,
        ok: checked <= ACCOUNTS * 5,
      },
      { suite: 'signin', metric: 'sessions opened by the attack', value: accepted, unit: 'count', target: '0', ok: accepted === 0 },
    ];
  } finally {
    kioskAgent.destroy();
    await office.close();
    dir.remove();
  }
};
