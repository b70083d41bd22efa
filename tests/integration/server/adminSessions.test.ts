import { afterEach, describe, expect, it } from 'vitest';
import { ensureFirstAdmin, sessionAdmin, SESSION_TTL_MS, signIn, signOut } from '../../../src/server/auth/adminAuth';
import { openTestDatabase } from './cityServerHarness';

const PASSWORD = 'correct horse battery staple';
const T0 = new Date(Date.UTC(2026, 10, 30, 3, 0, 0));
const later = (ms: number) => new Date(T0.getTime() + ms);

describe('admin sessions on the city server', () => {
  let drop: (() => Promise<void>) | undefined;
  afterEach(() => drop?.());

  it('expire after their lifetime, end at sign-out, and expired ones are deleted by the next sign-in', async () => {
    const test = await openTestDatabase('pglite');
    drop = test.drop;
    const { db } = test;
    await ensureFirstAdmin(db, PASSWORD);
    const stored = async () => (await db.query<{ n: number }>('SELECT count(*)::int AS n FROM admin_sessions'))[0]?.n;

    const first = await signIn(db, 'admin', PASSWORD, T0);
    const second = await signIn(db, 'admin', PASSWORD, later(60_000));
    expect(await signIn(db, 'admin', 'wrong password', T0)).toBeNull();
    expect(await sessionAdmin(db, first ?? '', later(SESSION_TTL_MS - 1))).toMatchObject({ username: 'admin' });
    expect(await sessionAdmin(db, first ?? '', later(SESSION_TTL_MS))).toBeNull();
    expect(await stored()).toBe(2);

    // A sign-in after the first session expired removes it; the second, still valid, stays.
    await signIn(db, 'admin', PASSWORD, later(SESSION_TTL_MS + 1));
    expect(await stored()).toBe(2);
    expect(await sessionAdmin(db, second ?? '', later(SESSION_TTL_MS + 1))).toMatchObject({ username: 'admin' });

    await signOut(db, second ?? '');
    expect(await sessionAdmin(db, second ?? '', later(SESSION_TTL_MS + 2))).toBeNull();
    expect(await stored()).toBe(1);
  }, 30_000);
});
