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

/** An office database as Loket before migration 14 left it: phone answers kept with the phone's address. */
function databaseWithPhoneAddresses(dir: string): void {
  const db = new Database(join(dir, 'loket.sqlite'));
  try {
    for (const m of MIGRATIONS.filter((x) => x.version <= 13)) db.exec(m.sql);
    db.pragma('user_version = 13');
    const quick = db.prepare(`INSERT INTO quick_ratings (at, service_date, face, service_code, source, channel) VALUES (1, '2026-11-30', 'happy', 'KTP', ?, ?)`);
    quick.run('phone:10.0.0.31', 'phone');
    quick.run('phone:fe80::1c2b:3ff:fe4d:5e6f', 'phone');
    quick.run('Tablet lobi', 'tablet');
    // A tablet whose name happens to start like a phone's source is a device name, not an address: kept.
    quick.run('phone:lobi', 'tablet');
    db.prepare(
      `INSERT INTO surveys (at, service_date, service_code, u1, u2, u3, u4, u5, u6, u7, u8, u9, answers_key, source, channel)
       VALUES (1, '2026-11-30', 'KTP', 3, 3, 3, 3, 3, 3, 3, 3, 3, '333333333', ?, 'phone')`,
    ).run('phone:10.0.0.31');
  } finally {
    db.close();
  }
}

describe('migration 14 (no address with phone answers)', () => {
  it("blanks the phone's address of answers already stored, and only theirs", () => {
    const dir = makeTempDir('loket-phone-source-');
    cleanups.push(dir.remove);
    databaseWithPhoneAddresses(dir.path);
    const store = Store.open(dir.path);
    cleanups.unshift(() => store.close());
    expect(store.db.prepare('SELECT source, channel FROM quick_ratings ORDER BY id').all()).toEqual([
      { source: 'phone', channel: 'phone' },
      { source: 'phone', channel: 'phone' },
      { source: 'Tablet lobi', channel: 'tablet' },
      { source: 'phone:lobi', channel: 'tablet' },
    ]);
    expect(store.db.prepare('SELECT source FROM surveys').all()).toEqual([{ source: 'phone' }]);
  });
});
