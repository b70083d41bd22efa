import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startOffice } from '../src/main/office';
import { openEventStream, type EventStreamClient } from '../tests/helpers/eventStreamClient';
import { lanCall } from '../tests/helpers/lanApi';
import { makeTempDir } from '../tests/helpers/tempDir';
import { testConfigInput } from '../tests/helpers/testConfig';
import { mintTestToken } from '../tests/helpers/token';
import { percentile, type BenchSuite } from './table';

const COUNTERS = 20;
const DISPLAYS = 5;
const CALLS_PER_COUNTER = 10;

/**
 * Call-to-display latency: 20 counters call at once, over and over, while 5 displays listen on the
 * WebSocket; from sending counters.callNext until each display has the ticket.called event.
 */
export const suite: BenchSuite = async () => {
  const dir = makeTempDir('loket-bench-');
  const configPath = join(dir.path, 'office.json');
  const dataDir = join(dir.path, 'data');
  const counters = Array.from({ length: COUNTERS }, (_, i) => ({ number: i + 1, name: `Loket ${i + 1}`, services: ['KTP', 'KK', 'AKTA'] }));
  writeFileSync(configPath, JSON.stringify(testConfigInput({ counters })));
  const counterTokens = counters.map((c) => mintTestToken(dataDir, 'counter', c.number));
  const displayTokens = Array.from({ length: DISPLAYS }, () => mintTestToken(dataDir, 'display'));
  const office = await startOffice({ configPath, dataDir, host: '127.0.0.1', port: 0, loopbackIsKiosk: true });
  const streams: EventStreamClient[] = [];
  try {

    // sentAt[counter][k]: when that counter sent its k-th call; the k-th event for it matches.
    const sentAt = new Map<number, number[]>(counters.map((c) => [c.number, []]));
    const latencies: number[] = [];
    const expected = COUNTERS * CALLS_PER_COUNTER * DISPLAYS;
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

    for (let i = 0; i < COUNTERS * CALLS_PER_COUNTER; i++) {
      await fetch(`${office.lan.url}/api/v1/tickets.issue`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ serviceCode: 'KTP' }),
      });
    }

    await Promise.all(
      counters.map(async ({ number }, i) => {
        const token = counterTokens[i] ?? '';
        await lanCall(office.lan.url, 'counters.open', { counter: number }, token);
        for (let k = 0; k < CALLS_PER_COUNTER; k++) {
          sentAt.get(number)?.push(performance.now());
          const { ticket } = await lanCall(office.lan.url, 'counters.callNext', { counter: number }, token);
          if (!ticket) throw new Error(`counter ${number} found nobody waiting`);
          await lanCall(office.lan.url, 'tickets.start', { counter: number, ticketId: ticket.id }, token);
          await lanCall(office.lan.url, 'tickets.finish', { counter: number, ticketId: ticket.id }, token);
        }
      }),
    );
    await Promise.race([done, new Promise((_, reject) => setTimeout(() => reject(new Error(`only ${latencies.length} of ${expected} events arrived`)), 10_000))]);

    const p99 = percentile(latencies, 99);
    return [
      { suite: 'display', metric: `call → ${DISPLAYS} displays (${COUNTERS} counters), p50`, value: percentile(latencies, 50), unit: 'ms' },
      { suite: 'display', metric: `call → ${DISPLAYS} displays (${COUNTERS} counters), p99`, value: p99, unit: 'ms', target: '< 1000', ok: p99 < 1000 },
      { suite: 'display', metric: 'calls delivered to displays', value: latencies.length, unit: 'events', target: String(expected), ok: latencies.length === expected },
    ];
  } finally {
    for (const stream of streams) stream.socket.close();
    await office.close();
    dir.remove();
  }
};
