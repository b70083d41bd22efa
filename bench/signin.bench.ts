import { Agent, request } from 'node:http';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startOffice } from '../src/main/office';
import { makeTempDir } from '../tests/helpers/tempDir';
import { testConfigInput } from '../tests/helpers/testConfig';
import { percentile, type BenchSuite } from './table';

const ISSUES = 400;
const ATTACK_PER_SECOND = 200;
/** Wrong sign-ins come from this many addresses (127.0.1.x: Linux routes all of 127/8 to loopback). */
const ATTACK_SOURCES = 200;
/** Counter staff the attack spreads over, so PIN checks keep running instead of one account locking at once. */
const ACCOUNTS = 40;
/** The kiosk keeps its connection open, as a browser does. */
const kioskAgent = new Agent({ keepAlive: true, maxSockets: 1 });

interface Answer {
  status: number;
  body: string;
}

function post(url: string, body: unknown, from: { localAddress?: string; token?: string; agent?: Agent } = {}): Promise<Answer> {
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
        ...(from.localAddress ? { localAddress: from.localAddress } : {}),
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
 * Ticket issue while 200 wrong sign-ins per second arrive from 200 LAN addresses against 40 accounts: the
 * PIN checks (argon2, 19 MiB each) run few at a time and failing sources are locked, so visitors should not notice.
 */
export const suite: BenchSuite = async () => {
  const dir = makeTempDir('loket-bench-');
  const configPath = join(dir.path, 'office.json');
  writeFileSync(configPath, JSON.stringify(testConfigInput()));
  const office = await startOffice({ configPath, dataDir: join(dir.path, 'data'), host: '127.0.0.1', port: 0, loopbackIsKiosk: true });
  const url = office.lan.url;
  try {
    const setup = await post(`${url}/api/v1/auth.setup`, { name: 'Kepala', pin: '482915' });
    if (setup.status !== 200) throw new Error(`setup failed: ${setup.body}`);
    const supervisor = (JSON.parse(setup.body) as { result: { token: string } }).result.token;
    const accounts: number[] = [];
    for (let i = 0; i < ACCOUNTS; i++) {
      const created = await post(`${url}/api/v1/staff.create`, { name: `Petugas ${i + 1}`, role: 'counter', pin: String(204817 + i * 7) }, { token: supervisor });
      accounts.push((JSON.parse(created.body) as { result: { id: number } }).result.id);
    }

    const quiet = await issueLatencies(url);

    const statuses = new Map<number, number>();
    let sent = 0;
    let stop = false;
    const inFlight: Promise<void>[] = [];
    const attack = (async () => {
      const started = performance.now();
      while (!stop) {
        const due = Math.floor(((performance.now() - started) / 1000) * ATTACK_PER_SECOND);
        for (; sent < due; sent++) {
          const source = `127.0.1.${(sent % ATTACK_SOURCES) + 1}`;
          const pin = String(100000 + ((sent * 7919) % 800000));
          inFlight.push(
            post(`${url}/api/v1/auth.signIn`, { staffId: accounts[sent % ACCOUNTS], counter: 1 + (sent % 3), pin }, { localAddress: source }).then(
              (a) => void statuses.set(a.status, (statuses.get(a.status) ?? 0) + 1),
              () => void statuses.set(0, (statuses.get(0) ?? 0) + 1),
            ),
          );
        }
        await new Promise((r) => setTimeout(r, 5));
      }
    })();
    // Let the attack reach its pace before measuring.
    await new Promise((r) => setTimeout(r, 1000));
    const attacked = await issueLatencies(url);
    stop = true;
    await attack;
    await Promise.all(inFlight);

    const quietP99 = percentile(quiet, 99);
    const attackedP99 = percentile(attacked, 99);
    const accepted = statuses.get(200) ?? 0;
    return [
      { suite: 'signin', metric: `issue over HTTP, p50 (no attack)`, value: percentile(quiet, 50), unit: 'ms' },
      { suite: 'signin', metric: `issue over HTTP, p99 (no attack)`, value: quietP99, unit: 'ms' },
      { suite: 'signin', metric: `issue over HTTP, p50 (${ATTACK_PER_SECOND} wrong sign-ins/s)`, value: percentile(attacked, 50), unit: 'ms' },
      {
        suite: 'signin',
        metric: `issue over HTTP, p99 (${ATTACK_PER_SECOND} wrong sign-ins/s)`,
        value: attackedP99,
        unit: 'ms',
        target: `<= 2x no attack + 1 ms (${(2 * quietP99 + 1).toFixed(2)} ms)`,
        ok: attackedP99 <= 2 * quietP99 + 1,
      },
      { suite: 'signin', metric: 'wrong sign-ins sent', value: sent, unit: 'requests' },
      { suite: 'signin', metric: 'of which refused without a PIN check (429)', value: statuses.get(429) ?? 0, unit: 'requests' },
      { suite: 'signin', metric: 'of which checked and wrong (401)', value: statuses.get(401) ?? 0, unit: 'requests' },
      { suite: 'signin', metric: 'sessions opened by the attack', value: accepted, unit: 'count', target: '0', ok: accepted === 0 },
    ];
  } finally {
    kioskAgent.destroy();
    await office.close();
    dir.remove();
  }
};
