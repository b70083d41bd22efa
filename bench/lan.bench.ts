import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startOffice } from '../src/main/office';
import { makeTempDir } from '../tests/helpers/tempDir';
import { testConfigInput } from '../tests/helpers/testConfig';
import { percentile, type BenchSuite } from './table';

const CONCURRENT = 100;
const ROUNDS = 5;

/** 100 visitors at once over the LAN API, five times: latency and duplicate numbers. */
export const suite: BenchSuite = async () => {
  const dir = makeTempDir('loket-bench-');
  const configPath = join(dir.path, 'office.json');
  writeFileSync(configPath, JSON.stringify(testConfigInput()));
  const office = await startOffice({ configPath, dataDir: join(dir.path, 'data'), host: '127.0.0.1', port: 0, loopbackIsKiosk: true });
  try {
    const latencies: number[] = [];
    const labels: string[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      await Promise.all(
        Array.from({ length: CONCURRENT }, async () => {
          const t0 = performance.now();
          const res = await fetch(`${office.lan.url}/api/v1/tickets.issue`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ serviceCode: 'KTP' }),
          });
          const json = (await res.json()) as { result: { label: string } };
          latencies.push(performance.now() - t0);
          labels.push(json.result.label);
        }),
      );
    }
    const duplicates = labels.length - new Set(labels).size;
    return [
      { suite: 'lan', metric: `${CONCURRENT} concurrent issues, p50`, value: percentile(latencies, 50), unit: 'ms' },
      { suite: 'lan', metric: `${CONCURRENT} concurrent issues, p99`, value: percentile(latencies, 99), unit: 'ms' },
      { suite: 'lan', metric: 'duplicate numbers', value: duplicates, unit: 'count', target: '0', ok: duplicates === 0 },
    ];
  } finally {
    await office.close();
    dir.remove();
  }
};
