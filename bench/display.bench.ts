import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startOffice } from '../src/main/office';
import { openEventStream, type EventStreamClient } from '../tests/helpers/eventStreamClient';
import { lanCall } from '../tests/helpers/lanApi';
import { makeTempDir } from '../tests/helpers/tempDir';
import { testConfigInput } from '../tests/helpers/testConfig';
import { mintTestToken } from '../tests/helpers/token';
import { percentile, type BenchRow, type BenchSuite } from './table';

interface Scenario {
  /** How the table names it. */
  name: string;
  config: { counters: { number: number; services: string[] }[] } & Record<string, unknown>;
  displays: number;
  callsPerCounter: number;
  /** Each counter's calls come at a random moment within this many ms of each round (0: back to back). */
  spreadMs: number;
}

/** A busy one-agency office: 20 counters, 5 TVs. */
function office20(): Scenario {
  const counters = Array.from({ length: 20 }, (_, i) => ({ number: i + 1, name: `Loket ${i + 1}`, services: ['KTP', 'KK', 'AKTA'] }));
  return { name: '5 displays (20 counters, back to back)', config: { ...testConfigInput(), counters }, displays: 5, callsPerCounter: 10, spreadMs: 0 };
}

/**
 * The demo Mal Pelayanan Publik (#18): 12 agencies, 80 counters, 10 TVs, every counter calling once in
 * each 10-second round (8 calls a second, far above a real building's 5,000 tickets a day).
 */
function mallOf80(): Scenario {
  const config = JSON.parse(readFileSync('resources/mpp.example.json', 'utf8')) as Scenario['config'];
  return { name: '10 displays (80 counters each calling every 10 s, MPP)', config, displays: 10, callsPerCounter: 5, spreadMs: 10_000 };
}

/**
 * Call-to-display latency: every counter calls, round after round, while the displays listen on the
 * WebSocket; from sending counters.callNext until each display has the ticket.called event.
 */
async function measure({ name, config, displays, callsPerCounter, spreadMs }: Scenario): Promise<BenchRow[]> {
  const dir = makeTempDir('loket-bench-');
  const configPath = join(dir.path, 'office.json');
  const dataDir = join(dir.path, 'data');
  writeFileSync(configPath, JSON.stringify(config));
  const counters = config.counters;
  const counterTokens = counters.map((c) => mintTestToken(dataDir, 'counter', c.number));
  const displayTokens = Array.from({ length: displays }, () => mintTestToken(dataDir, 'display'));
  const office = await startOffice({ configPath, dataDir, host: '127.0.0.1', port: 0, loopbackIsKiosk: true });
  const streams: EventStreamClient[] = [];
  try {
    // sentAt[counter][k]: when that counter sent its k-th call; the k-th event for it matches.
    const sentAt = new Map<number, number[]>(counters.map((c) => [c.number, []]));
    const latencies: number[] = [];
    const expected = counters.length * callsPerCounter * displays;
    let allReceived!: () => void;
    const done = new Promise<void>((resolve) => (allReceived = resolve));

    for (const token of displayTokens) {
      const stream = await openEventStream(office.lan.url, token);
      streams.push(stream);
      const seen = new Map<number, number>();
      stream.onEvent((event) => {
        if (event.type !== 'ticket.called') return;
        const counter = event.payload.counterNumber;
        const k = seen.get(counter) ?? 0;
        seen.set(counter, k + 1);
        const sent = sentAt.get(counter)?.[k];
        if (sent !== undefined) latencies.push(performance.now() - sent);
        if (latencies.length === expected) allReceived();
      });
    }

    // Every service a counter serves gets that counter's calls' worth of tickets: counters sharing a
    // service (an agency's desks) never find its queue emptied by the others.
    for (const counter of counters) {
      for (const serviceCode of counter.services) {
        for (let k = 0; k < callsPerCounter; k++) {
          await fetch(`${office.lan.url}/api/v1/tickets.issue`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ serviceCode }),
          });
        }
      }
    }

    await Promise.all(
      counters.map(async ({ number }, i) => {
        const token = counterTokens[i] ?? '';
        await lanCall(office.lan.url, 'counters.open', { counter: number }, token);
        for (let k = 0; k < callsPerCounter; k++) {
          const roundEnds = performance.now() + spreadMs;
          await sleep(Math.random() * spreadMs);
          sentAt.get(number)?.push(performance.now());
          const { ticket } = await lanCall(office.lan.url, 'counters.callNext', { counter: number }, token);
          if (!ticket) throw new Error(`counter ${number} found nobody waiting`);
          await lanCall(office.lan.url, 'tickets.start', { counter: number, ticketId: ticket.id }, token);
          await lanCall(office.lan.url, 'tickets.finish', { counter: number, ticketId: ticket.id }, token);
          await sleep(roundEnds - performance.now());
        }
      }),
    );
    await Promise.race([done, new Promise((_, reject) => setTimeout(() => reject(new Error(`only ${latencies.length} of ${expected} events arrived`)), 20_000))]);

    const p99 = percentile(latencies, 99);
    return [
      { suite: 'display', metric: `call → ${name}, p50`, value: percentile(latencies, 50), unit: 'ms' },
      { suite: 'display', metric: `call → ${name}, p99`, value: p99, unit: 'ms', target: '< 1000', ok: p99 < 1000 },
      { suite: 'display', metric: `calls delivered, ${name}`, value: latencies.length, unit: 'events', target: String(expected), ok: latencies.length === expected },
    ];
  } finally {
    for (const stream of streams) stream.socket.close();
    await office.close();
    dir.remove();
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));
}

export const suite: BenchSuite = async () => [...(await measure(office20())), ...(await measure(mallOf80()))];
