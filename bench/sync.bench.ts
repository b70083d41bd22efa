import { generateKeyPairSync, randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { FileSecretStore } from '../src/main/sync/secretStore';
import { SyncClient } from '../src/main/sync/syncClient';
import { Store } from '../src/main/store/store';
import { startCityServer } from '../src/server/cityServer';
import { migrate } from '../src/server/db/migrate';
import { openPgDatabase } from '../src/server/db/pgDatabase';
import { createEnrolmentCode, enrolKiosk } from '../src/server/services/enrolment';
import { officesRepo } from '../src/server/store/officesRepo';
import { PROTOCOL_VERSION, SYNC_PATHS } from '../src/shared/sync/protocol';
import { percentile, type BenchRow, type BenchSuite } from './table';
import { freshToken } from '../src/main/sync/kioskToken';
import { hashToken } from '../src/main/auth/tokens';

const PG_URL = process.env.LOKET_BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const KIOSKS = 1000;
const ROUNDS = 3;
const ROWS_PER_PUSH = 60;
const CATCH_UP_DAYS = 30;
const SERVICES = ['KTP', 'KK', 'AKTA', 'KIA', 'PINDAH', 'IZIN'];
const TODAY = new Date().toISOString().slice(0, 10);

/** A realistic day of one office: every counter family for six services (about 400 rows). */
function dayMetrics(): string[] {
  const names: string[] = [];
  for (const s of SERVICES) {
    for (const outcome of ['issued', 'served', 'no_show', 'cancelled', 'unserved_at_close']) for (const r of ['regular', 'lansia', 'disabilitas']) names.push(`tickets.${outcome}.${s}.${r}`);
    names.push(`wait.sum_s.${s}`, `wait.count.${s}`, `service.sum_s.${s}`, `service.count.${s}`, `skm.respondents.${s}`);
    for (const b of ['le5', 'le10', 'le15', 'le30', 'le60', 'le120', 'gt120']) names.push(`wait.hist.${s}.${b}`);
    for (const f of ['very-unhappy', 'unhappy', 'happy', 'very-happy']) names.push(`quick.${s}.${f}`);
    for (let u = 1; u <= 9; u++) for (let score = 1; score <= 4; score++) names.push(`skm.answers.${s}.U${u}.${score}`);
  }
  return names;
}

function daysBefore(date: string, n: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) - n * 86_400_000).toISOString().slice(0, 10);
}

async function withDatabase<T>(fn: (url: string) => Promise<T>): Promise<T> {
  const name = `loket_bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: PG_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(PG_URL);
  url.pathname = `/${name}`;
  try {
    return await fn(url.toString());
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}

export const suite: BenchSuite = () =>
  withDatabase(async (url) => {
    const db = await openPgDatabase({ connectionString: url, maxConnections: 40, maxWaiting: 100_000 });
    await migrate(db);
    const server = await startCityServer({ db, host: '127.0.0.1', port: 0, timeZone: 'Asia/Makassar', adminPassword: 'bench-password-1234' });
    const dir = mkdtempSync(join(tmpdir(), 'loket-sync-bench-'));
    try {
      await db.transaction((tx) => officesRepo.insert(tx, { id: 'bench', name: 'Bench office' }));
      const publicKey = generateKeyPairSync('ed25519').publicKey.export({ format: 'der', type: 'spki' }).toString('base64');
      const kiosks: { token: string; replicaId: string }[] = [];
      for (let i = 0; i < KIOSKS; i++) {
        const { code } = await createEnrolmentCode(db, 'bench', new Date());
        const replicaId = randomUUID();
        const token = freshToken();
        await enrolKiosk(db, { protocol: PROTOCOL_VERSION, code, replicaId, requestId: randomUUID(), tokenHash: hashToken(token), publicKey, label: `k${i}` }, new Date());
        kiosks.push({ token, replicaId });
      }
      const metrics = dayMetrics();

      // Ingest: every kiosk pushes ROUNDS batches, all kiosks at once.
      const latencies: number[] = [];
      let failures = 0;
      const started = performance.now();
      await Promise.all(
        kiosks.map(async (k, i) => {
          for (let round = 1; round <= ROUNDS; round++) {
            const rows = Array.from({ length: ROWS_PER_PUSH }, (_, j) => ({ date: TODAY, metric: metrics[(i + j * 7) % metrics.length] as string, value: round * (j + 1) }));
            const t0 = performance.now();
            const res = await fetch(`${server.url}${SYNC_PATHS.push}`, {
              method: 'POST',
              headers: { 'content-type': 'application/json', authorization: `Bearer ${k.token}` },
              body: JSON.stringify({ protocol: PROTOCOL_VERSION, replicaId: k.replicaId, through: round, sentAt: Date.now(), rows }),
            });
            await res.arrayBuffer();
            latencies.push(performance.now() - t0);
            if (res.status !== 200) failures++;
          }
        }),
      );
      const seconds = (performance.now() - started) / 1000;
      if (failures > 0) throw new Error(`sync bench: ${failures} pushes failed`);

      // Catch-up: a real kiosk store with 30 days of counters, pushed by the real sync client.
      const store = Store.open(join(dir, 'kiosk'));
      const names = metrics;
      store.transaction(() => {
        for (let d = CATCH_UP_DAYS; d >= 1; d--) {
          const date = daysBefore(TODAY, d);
          for (let i = 0; i < names.length; i += 5) store.daily.add(names.slice(i, i + 5).map((metric) => ({ serviceDate: date, metric, delta: 1 + (i % 13) })));
        }
      });
      const sync = new SyncClient(store, new FileSecretStore(join(dir, 'kiosk')), { now: () => Date.now() });
      const { code } = await createEnrolmentCode(db, 'bench', new Date());
      await sync.enrol({ serverUrl: server.url, code, label: 'van' });
      const pending = sync.status().rowsPending;
      const t0 = performance.now();
      const outcome = await sync.pushNow();
      const catchUpMs = performance.now() - t0;
      await sync.close();
      store.close();
      if (!outcome.ok || outcome.pushedRows !== pending) throw new Error(`sync bench: catch-up pushed ${outcome.pushedRows} of ${pending}`);

      const p99 = percentile(latencies, 99);
      const rows: BenchRow[] = [
        { suite: 'sync', metric: `ingest: ${KIOSKS} kiosks × ${ROUNDS} pushes of ${ROWS_PER_PUSH} rows, concurrently (PostgreSQL)`, value: latencies.length / seconds, unit: 'batches/s' },
        { suite: 'sync', metric: 'ingest: push latency p50', value: percentile(latencies, 50), unit: 'ms' },
        { suite: 'sync', metric: 'ingest: push latency p99', value: p99, unit: 'ms' },
        { suite: 'sync', metric: `catch-up: ${CATCH_UP_DAYS} days offline, ${pending} rows`, value: catchUpMs, unit: 'ms', target: '< 2000 ms', ok: catchUpMs < 2000 },
      ];
      return rows;
    } finally {
      await server.close();
      await db.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
