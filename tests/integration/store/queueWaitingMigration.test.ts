import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../../src/main/store/migrations';
import { Store } from '../../../src/main/store/store';
import { makeTempDir } from '../../helpers/tempDir';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups.splice(0)) c();
});

/** An office database as Loket before migration 11 left it, with a queue waiting in it. */
function databaseBeforeQueueCounts(dir: string): void {
  const db = new Database(join(dir, 'loket.sqlite'));
  try {
    for (const m of MIGRATIONS.filter((x) => x.version <= 10)) db.exec(m.sql);
    db.pragma('user_version = 10');
    const insert = db.prepare(
      `INSERT INTO tickets (id, service_date, issued_service, prefix, number, service_code, priority_reason, state,
         queue_front, enqueued_at, enqueue_seq, issued_at)
       VALUES (?, '2026-11-30', ?, 'A', ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const rows: [string, string | null, string, number][] = [
      ['KTP', null, 'waiting', 0],
      ['KTP', null, 'waiting', 0],
      ['KTP', 'lansia', 'waiting', 0],
      ['KTP', null, 'waiting', 1],
      ['KTP', null, 'done', 0],
      ['KK', 'hamil', 'waiting', 0],
      ['KK', null, 'called', 0],
    ];
    rows.forEach(([service, reason, state, front], i) => insert.run(`t${i}`, service, i + 1, service, reason, state, front, i, i + 1, i));
  } finally {
    db.close();
  }
}

describe('migration 11 (queue counts)', () => {
  it('counts the queue an existing database already holds, class by class, and keeps counting after', () => {
    const dir = makeTempDir('loket-queue-counts-');
    cleanups.push(dir.remove);
    databaseBeforeQueueCounts(dir.path);
    const store = Store.open(dir.path);
    cleanups.unshift(() => store.close());
    expect(store.tickets.waitingByClass('2026-11-30', 'KTP')).toEqual({ front: 1, priority: 1, regular: 2 });
    expect(store.tickets.waitingByClass('2026-11-30', 'KK')).toEqual({ front: 0, priority: 1, regular: 0 });
    expect(Object.fromEntries(store.tickets.waitingCounts('2026-11-30'))).toEqual({ KTP: 4, KK: 1 });

    store.tickets.update('t0', { state: 'called' });
    store.tickets.update('t6', { state: 'waiting' });
    expect(Object.fromEntries(store.tickets.waitingCounts('2026-11-30'))).toEqual({ KTP: 3, KK: 2 });
    expect(store.tickets.firstWaiting('2026-11-30', 'KTP')?.id).toBe('t3');
    expect(store.tickets.oldestRegularWaiting('2026-11-30', 'KTP')?.id).toBe('t1');
  });
});
