import { writeFileSync } from 'node:fs';
import { Agent, request, type ClientRequest } from 'node:http';
import { join } from 'node:path';
import { mintToken } from '../src/main/auth/tokens';
import { startOffice, type RunningOffice } from '../src/main/office';
import type { PhoneTicketView } from '../src/shared/api/methods/phone';
import { lanCall } from '../tests/helpers/lanApi';
import { phoneStreamReader } from '../tests/helpers/phoneStreamReader';
import { makeTempDir } from '../tests/helpers/tempDir';
import { testConfigInput } from '../tests/helpers/testConfig';
import { percentile, type BenchSuite } from './table';

const PHONES = 500;
const SAMPLES = 200;
/** Issues thrown away before measuring: the first ones pay for a cold process (JIT, statement cache). */
const WARM_UP = 20;
/** Issue latency is measured in alternating blocks, without and with the phones, so drift in the machine's load hits both alike. */
const BLOCKS = 4;

/** One phone page's live channel: every view it receives, with its arrival time. */
interface Phone {
  views: { at: number; view: PhoneTicketView }[];
  waiters: { until: (v: PhoneTicketView) => boolean; resolve: (at: number) => void }[];
  req: ClientRequest;
}

function connectPhone(office: RunningOffice, code: string, agent: Agent): Promise<Phone> {
  return new Promise((resolve, reject) => {
    const phone: Phone = { views: [], waiters: [], req: undefined as unknown as ClientRequest };
    const reader = phoneStreamReader();
    phone.req = request(`${office.lan.url}/t/${code}/events`, { agent, headers: { accept: 'text/event-stream' } }, (res) => {
      if (res.statusCode !== 200) return reject(new Error(`stream refused: ${res.statusCode}`));
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        const at = performance.now();
        for (const { event, data } of reader.feed(chunk)) {
          if (event !== 'ticket') continue;
          const view = data as PhoneTicketView;
          phone.views.push({ at, view });
          if (phone.views.length === 1) resolve(phone);
          for (const w of [...phone.waiters]) {
            if (w.until(view)) {
              phone.waiters.splice(phone.waiters.indexOf(w), 1);
              w.resolve(at);
            }
          }
        }
      });
    });
    phone.req.on('error', reject);
    phone.req.end();
  });
}

function next(phone: Phone, until: (v: PhoneTicketView) => boolean): Promise<number> {
  const seen = phone.views.find((v) => until(v.view));
  if (seen) return Promise.resolve(seen.at);
  return new Promise((resolve) => phone.waiters.push({ until, resolve }));
}

/** Ticket issue latencies over the LAN API, one visitor after another. */
async function issueLatencies(office: RunningOffice, serviceCode: string, count: number): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < count; i++) {
    const t0 = performance.now();
    await lanCall(office.lan.url, 'tickets.issue', { serviceCode });
    out.push(performance.now() - t0);
  }
  return out;
}

/** Every phone page opened at once (50 at a time), each holding its first view. */
async function connectAll(office: RunningOffice, codes: readonly string[], agent: Agent): Promise<Phone[]> {
  const phones: Phone[] = [];
  for (let i = 0; i < codes.length; i += 50) phones.push(...(await Promise.all(codes.slice(i, i + 50).map((c) => connectPhone(office, c, agent)))));
  return phones;
}

/** Every phone page closed, and the office has let go of all of them. */
async function disconnectAll(office: RunningOffice, phones: Phone[]): Promise<void> {
  for (const p of phones.splice(0)) p.req.destroy();
  while (office.phoneLive.open > 0) await new Promise((r) => setTimeout(r, 5));
}

/**
 * 500 phones following their tickets on one office at once: the time from a counter's call to the called
 * ticket's phone, and ticket issue with and without the 500 phones connected (one run, same office, same
 * 500 tickets waiting: only the open pages differ, after a warm-up, in alternating blocks).
 */
export const suite: BenchSuite = async () => {
  const dir = makeTempDir('loket-bench-');
  const configPath = join(dir.path, 'office.json');
  writeFileSync(configPath, JSON.stringify(testConfigInput({ lan: { publicUrl: 'http://127.0.0.1:5170' } })));
  // The bench's phones all come from this PC; on the Wi-Fi each phone is its own address (8 streams, 32 sockets each).
  const office = await startOffice({
    configPath,
    dataDir: join(dir.path, 'data'),
    host: '127.0.0.1',
    port: 0,
    loopbackIsKiosk: true,
    lan: { connectionLimits: { lan: { sockets: 32, eventStreams: 8 }, loopback: { sockets: PHONES + 200, eventStreams: 64 } } },
  });
  const agent = new Agent({ keepAlive: false, maxSockets: Infinity });
  const phones: Phone[] = [];
  try {
    const counter1 = mintToken(office.store, 'counter', 1, 'bench counter 1');
    await lanCall(office.lan.url, 'counters.open', { counter: 1 }, counter1);
    // 500 visitors on the KTP queue (one counter serves it, so everyone waits); their phones come and go below.
    const codes: string[] = [];
    for (let i = 0; i < PHONES; i++) {
      const t = await lanCall(office.lan.url, 'tickets.issue', { serviceCode: 'KTP' });
      codes.push(office.core.phoneCodeOf(t.id) as string);
    }
    await issueLatencies(office, 'KK', WARM_UP);
    const without: number[] = [];
    const withPhones: number[] = [];
    const openEachTime: number[] = [];
    for (let block = 0; block < BLOCKS; block++) {
      without.push(...(await issueLatencies(office, 'KK', SAMPLES / BLOCKS)));
      phones.push(...(await connectAll(office, codes, agent)));
      openEachTime.push(office.phoneLive.open);
      withPhones.push(...(await issueLatencies(office, 'KK', SAMPLES / BLOCKS)));
      // The last block leaves the phones open for the calls.
      if (block < BLOCKS - 1) await disconnectAll(office, phones);
    }

    // Each call: the called phone's latency; the other 499 phones hear their new place at the same time.
    const callToPhone: number[] = [];
    for (let i = 0; i < SAMPLES; i++) {
      const phone = phones[i] as Phone;
      const t0 = performance.now();
      const { ticket } = await lanCall(office.lan.url, 'counters.callNext', { counter: 1 }, counter1);
      if (!ticket) throw new Error('counter 1 found nobody waiting');
      const at = await next(phone, (v) => v.state === 'called');
      callToPhone.push(at - t0);
      await lanCall(office.lan.url, 'tickets.start', { counter: 1, ticketId: ticket.id }, counter1);
      await lanCall(office.lan.url, 'tickets.finish', { counter: 1, ticketId: ticket.id }, counter1);
    }
    const last = phones[PHONES - 1] as Phone;
    await next(last, (v) => v.aheadCount === PHONES - 1 - SAMPLES);

    const connected = Math.min(...openEachTime);
    const p99Call = percentile(callToPhone, 99);
    const p99Without = percentile(without, 99);
    const p99With = percentile(withPhones, 99);
    return [
      { suite: 'phone', metric: 'phone pages connected', value: connected, unit: 'count', target: `${PHONES}`, ok: connected === PHONES },
      { suite: 'phone', metric: `call → called phone, p50 (${SAMPLES} calls, ${PHONES} phones)`, value: percentile(callToPhone, 50), unit: 'ms' },
      { suite: 'phone', metric: `call → called phone, p99 (${SAMPLES} calls, ${PHONES} phones)`, value: p99Call, unit: 'ms', target: '≤ 1000 ms', ok: p99Call <= 1000 },
      { suite: 'phone', metric: `ticket issue p50, no phones (${SAMPLES})`, value: percentile(without, 50), unit: 'ms' },
      { suite: 'phone', metric: `ticket issue p50, ${PHONES} phones connected (${SAMPLES})`, value: percentile(withPhones, 50), unit: 'ms' },
      { suite: 'phone', metric: `ticket issue p99, no phones (${SAMPLES})`, value: p99Without, unit: 'ms' },
      { suite: 'phone', metric: `ticket issue p99, ${PHONES} phones connected (${SAMPLES})`, value: p99With, unit: 'ms', target: 'no effect: ≤ 2× without (or ≤ 20 ms)', ok: p99With <= Math.max(2 * p99Without, 20) },
      { suite: 'phone', metric: `updates the last phone received while ${SAMPLES} ahead were called`, value: last.views.length, unit: 'count' },
    ];
  } finally {
    for (const p of phones) p.req.destroy();
    agent.destroy();
    await office.close();
    dir.remove();
  }
};
