import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FileSecretStore } from '../src/main/sync/secretStore';
import { SyncClient } from '../src/main/sync/syncClient';
import { Store } from '../src/main/store/store';
import { addDays } from '../src/shared/time/localTime';
import { startCityServer } from '../src/server/cityServer';
import { migrate } from '../src/server/db/migrate';
import { openPgDatabase } from '../src/server/db/pgDatabase';
import { createEnrolmentCode } from '../src/server/services/enrolment';
import { officesRepo } from '../src/server/store/officesRepo';
import { withBenchDatabase } from './benchDatabase';
import { officeDayMetrics } from './officeDay';
import type { BenchRow, BenchSuite } from './table';

const CATCH_UP_DAYS = 30;
const TODAY = new Date().toISOString().slice(0, 10);

/** A kiosk's catch-up after a month offline, with the real sync client (ingest at scale: province.bench.ts). */
export const suite: BenchSuite = () =>
  withBenchDatabase(async (url) => {
    const db = await openPgDatabase({ connectionString: url });
    await migrate(db);
    const server = await startCityServer({ db, host: '127.0.0.1', port: 0, timeZone: 'Asia/Makassar', adminPassword: 'bench-password-1234' });
    const dir = mkdtempSync(join(tmpdir(), 'loket-sync-bench-'));
    try {
      await db.transaction((tx) => officesRepo.insert(tx, { id: 'bench', name: 'Bench office' }));

      // Catch-up: a real kiosk store with 30 days of counters, pushed by the real sync client.
      const store = Store.open(join(dir, 'kiosk'));
      const names = officeDayMetrics();
      store.transaction(() => {
        for (let d = CATCH_UP_DAYS; d >= 1; d--) {
          const date = addDays(TODAY, -d);
          for (let i = 0; i < names.length; i += 5) store.daily.add(names.slice(i, i + 5).map((metric) => ({ serviceDate: date, metric, delta: 1 + (i % 13) })));
        }
      });
      const sync = new SyncClient(store, new FileSecretStore(join(dir, 'kiosk')), { now: () => Date.now() });
      const { code } = await createEnrolmentCode(db, 'bench', new Date());
      await sync.enrol({ serverUrl: server.url, code, label: 'van' });
      // Days from before the enrolment wait for the supervisor's word on their date; given before the clock starts.
      const enrolledOn = sync.status().clock.enrolledOn ?? '';
      const held = store.db.prepare('SELECT DISTINCT service_date AS date FROM daily_counters WHERE service_date < ?').all(enrolledOn) as { date: string }[];
      sync.confirmDates({ dates: held.map((d) => d.date), action: 'send' }, 'bench');
      const pending = sync.status().rowsPending;
      const t0 = performance.now();
      const outcome = await sync.pushNow();
      const catchUpMs = performance.now() - t0;
      await sync.close();
      store.close();
      if (!outcome.ok || outcome.pushedRows !== pending) throw new Error(`sync bench: catch-up pushed ${outcome.pushedRows} of ${pending}`);

      const rows: BenchRow[] = [
        { suite: 'sync', metric: `catch-up: ${CATCH_UP_DAYS} days offline, ${pending} rows`, value: catchUpMs, unit: 'ms', target: '< 2000 ms', ok: catchUpMs < 2000 },
      ];
      return rows;
    } finally {
      await server.close();
      await db.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
