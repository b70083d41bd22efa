import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Caller } from '../../../src/main/auth/caller';
import { hashPin } from '../../../src/main/auth/pinHash';
import { PIN_CHECK_QUEUE, PIN_CHECKS_AT_ONCE } from '../../../src/main/auth/pinVerifier';
import { OfficeHarness } from '../../helpers/officeHarness';

/** Every argon2 verification the office runs, counted through the real pinHash module. */
const checked = vi.hoisted(() => ({ pins: [] as string[] }));
vi.mock('../../../src/main/auth/pinHash', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../src/main/auth/pinHash')>();
  return {
    ...actual,
    verifyPin: (pinHash: string, pin: string) => {
      checked.pins.push(pin);
      return actual.verifyPin(pinHash, pin);
    },
  };
});

const BOSS_PIN = '482915';
const MARIA_PIN = '604172';
const WRONG = ['111222', '222333', '333444', '444555', '555666', '666777', '777888'];

let h: OfficeHarness;
let bossId: number;
let mariaId: number;

beforeEach(async () => {
  h = new OfficeHarness();
  const now = h.clock.now();
  bossId = h.store.staff.insert('Ibu Kepala', 'supervisor', await hashPin(BOSS_PIN), now);
  mariaId = h.store.staff.insert('Maria', 'counter', await hashPin(MARIA_PIN), now);
  checked.pins.length = 0;
});
afterEach(() => h.close());

const from = (source: string): Caller => ({ role: null, via: 'lan', source });

function sessionCount(): number {
  return (h.store.db.prepare('SELECT COUNT(*) AS n FROM sessions').get() as { n: number }).n;
}

function staffRows(): unknown[] {
  return h.store.db.prepare('SELECT * FROM staff ORDER BY id').all();
}

describe('a burst of simultaneous sign-ins', () => {
  it('checks no more PINs than the account has attempts left, and the right PIN after the lock opens nothing', async () => {
    // 300 requests at once from 300 hosts, the right PIN at position 7.
    const pins = Array.from({ length: 300 }, (_, i) => (i === 6 ? MARIA_PIN : `9${String(i).padStart(5, '0')}`));
    const results = await Promise.all(
      pins.map((pin, i) => h.dispatcher.dispatch('auth.signIn', { staffId: mariaId, counter: 1, pin }, from(`10.1.${i >> 8}.${i & 255}`))),
    );
    expect(checked.pins).toHaveLength(5);
    expect(checked.pins).not.toContain(MARIA_PIN);
    expect(results.filter((r) => r.ok)).toHaveLength(0);
    expect(results[6]).toMatchObject({ ok: false, status: 429, error: { code: 'locked', params: { attemptsLeft: 0 } } });
    expect(sessionCount()).toBe(0);
  });

  it('after earlier failures, checks only the attempts that are left', async () => {
    for (const [i, pin] of WRONG.slice(0, 3).entries()) await h.dispatcher.dispatch('auth.signIn', { staffId: mariaId, counter: 1, pin }, from(`10.2.0.${i}`));
    checked.pins.length = 0;
    const results = await Promise.all(
      Array.from({ length: 300 }, (_, i) => h.dispatcher.dispatch('auth.signIn', { staffId: mariaId, counter: 2, pin: i === 5 ? MARIA_PIN : '918273' }, from(`10.3.${i >> 8}.${i & 255}`))),
    );
    expect(checked.pins).toHaveLength(2);
    expect(results.filter((r) => r.ok)).toHaveLength(0);
    expect(sessionCount()).toBe(0);
  });

  it('from one host checks two PINs, then makes that host wait', async () => {
    const results = await Promise.all(
      Array.from({ length: 300 }, (_, i) => h.dispatcher.dispatch('auth.signIn', { staffId: mariaId, counter: 1, pin: i === 10 ? MARIA_PIN : '918273' }, from('10.4.0.1'))),
    );
    expect(checked.pins).toHaveLength(2);
    expect(results[10]).toMatchObject({ ok: false, error: { code: 'locked', params: { retryAfterSeconds: 5 } } });
    // The account itself was not locked by this one host.
    expect((await h.callAsync('auth.signIn', { staffId: mariaId, counter: 1, pin: MARIA_PIN }, from('10.4.0.2'))).session.staffName).toBe('Maria');
  });

  it('checks at most a few PINs at once office-wide and tells the rest to come back in a few seconds', async () => {
    // Thirty accounts, one request each from its own host: nobody is locked, but the queue is short.
    const ids: number[] = [];
    const hash = await hashPin('918273');
    for (let i = 0; i < 30; i++) ids.push(h.store.staff.insert(`Petugas ${i}`, 'counter', hash, h.clock.now()));
    const results = await Promise.all(ids.map((id, i) => h.dispatcher.dispatch('auth.signIn', { staffId: id, counter: 1, pin: '918273' }, from(`10.5.0.${i}`))));
    const busy = results.filter((r) => !r.ok && r.error.code === 'locked');
    const room = PIN_CHECKS_AT_ONCE + PIN_CHECK_QUEUE;
    expect(results.filter((r) => r.ok)).toHaveLength(room);
    expect(busy).toHaveLength(30 - room);
    expect(busy[0]).toMatchObject({ error: { params: { retryAfterSeconds: 5 } } });
    expect(checked.pins).toHaveLength(room);
    // A refusal for a full queue costs the account nothing: its owner signs in right after.
    const refusedId = ids[results.findIndex((r) => !r.ok)]!;
    expect(h.store.signinGuards.get(refusedId).failures).toBe(0);
    expect(h.security.recent().events.filter((e) => e.kind === 'limit_reached')).toHaveLength(30 - room);
  });
});

describe('whose PIN it is', () => {
  it('checks the PIN only against the chosen account, so a supervisor PIN at a counter and a counter PIN as supervisor are plain wrong PINs', async () => {
    const atCounter = await h.dispatcher.dispatch('auth.signIn', { staffId: mariaId, counter: 1, pin: BOSS_PIN }, from('10.6.0.1'));
    const asSupervisor = await h.dispatcher.dispatch('auth.signIn', { staffId: bossId, counter: null, pin: MARIA_PIN }, from('10.6.0.2'));
    const plainWrong = await h.dispatcher.dispatch('auth.signIn', { staffId: mariaId, counter: 1, pin: '918273' }, from('10.6.0.3'));
    for (const refused of [atCounter, asSupervisor]) {
      expect(refused).toMatchObject({ ok: false, status: 401, error: { code: 'wrong_pin' } });
      // Word for word what any wrong PIN gets: nothing about another account.
      if (!refused.ok && !plainWrong.ok) expect(refused.error).toEqual(plainWrong.error);
    }
    expect(checked.pins).toEqual([BOSS_PIN, MARIA_PIN, '918273']);
    expect(sessionCount()).toBe(0);
  });

  it('refuses the supervisor account at a counter and a counter account as supervisor without checking any PIN', async () => {
    expect(await h.dispatcher.dispatch('auth.signIn', { staffId: bossId, counter: 1, pin: BOSS_PIN }, from('10.7.0.1'))).toMatchObject({ ok: false, status: 403 });
    expect(await h.dispatcher.dispatch('auth.signIn', { staffId: mariaId, counter: null, pin: MARIA_PIN }, from('10.7.0.2'))).toMatchObject({ ok: false, status: 403 });
    expect(checked.pins).toEqual([]);
    expect(sessionCount()).toBe(0);
  });
});

describe('lockout', () => {
  it('belongs to the account: five wrong PINs at three counters lock it at every counter', async () => {
    for (const [i, pin] of WRONG.slice(0, 5).entries()) {
      await h.dispatcher.dispatch('auth.signIn', { staffId: mariaId, counter: (i % 3) + 1, pin }, from(`10.8.0.${i}`));
    }
    for (const counter of [1, 2, 3]) {
      expect(await h.dispatcher.dispatch('auth.signIn', { staffId: mariaId, counter, pin: MARIA_PIN }, from('10.8.1.1'))).toMatchObject({
        ok: false,
        error: { code: 'locked' },
      });
    }
    // Another account is not affected.
    expect(await h.dispatcher.dispatch('auth.signIn', { staffId: bossId, counter: null, pin: BOSS_PIN }, from('10.8.1.1'))).toMatchObject({ ok: true });
  });

  it('stops a failing host before it can lock the account, while another host still signs in', async () => {
    const attacker = from('10.9.0.66');
    const results = [];
    for (const pin of WRONG) {
      results.push(await h.dispatcher.dispatch('auth.signIn', { staffId: mariaId, counter: 1, pin }, attacker));
      h.clock.advance(1);
    }
    expect(results.map((r) => (r.ok ? 'ok' : r.error.code))).toEqual(['wrong_pin', 'wrong_pin', 'wrong_pin', 'locked', 'locked', 'locked', 'locked']);
    expect(results[3]).toMatchObject({ error: { params: { retryAfterSeconds: 15 * 60 } } });
    expect(checked.pins).toHaveLength(4);
    // The account has four failures, not five: Maria signs in from her own counter PC.
    expect((await h.callAsync('auth.signIn', { staffId: mariaId, counter: 2, pin: MARIA_PIN }, from('10.9.0.2'))).session.staffName).toBe('Maria');
    // And once the host's lock ends, the account's old failures are gone: it still cannot lock the account alone.
    h.clock.advance(15);
    for (const pin of WRONG.slice(0, 4)) {
      expect((await h.dispatcher.dispatch('auth.signIn', { staffId: mariaId, counter: 1, pin }, attacker)).ok).toBe(false);
      h.clock.advance(1);
    }
    expect(h.store.signinGuards.get(mariaId).lockedUntil).toBeNull();
  });

  it('slows a host after two failures: it waits before its next PIN', async () => {
    const host = from('10.10.0.1');
    await h.dispatcher.dispatch('auth.signIn', { staffId: mariaId, counter: 1, pin: WRONG[0] }, host);
    const second = await h.dispatcher.dispatch('auth.signIn', { staffId: mariaId, counter: 1, pin: WRONG[1] }, host);
    expect(second).toMatchObject({ ok: false, error: { code: 'wrong_pin', params: { attemptsLeft: 2, retryAfterSeconds: 5 } } });
    expect(await h.dispatcher.dispatch('auth.signIn', { staffId: mariaId, counter: 1, pin: MARIA_PIN }, host)).toMatchObject({
      ok: false,
      error: { code: 'locked', params: { retryAfterSeconds: 5 } },
    });
    expect(checked.pins).toHaveLength(2);
    h.clock.set(h.clock.now() + 5_000);
    expect(await h.dispatcher.dispatch('auth.signIn', { staffId: mariaId, counter: 1, pin: MARIA_PIN }, host)).toMatchObject({ ok: true });
  });

  it('survives a restart', async () => {
    for (const [i, pin] of WRONG.slice(0, 5).entries()) await h.dispatcher.dispatch('auth.signIn', { staffId: bossId, counter: null, pin }, from(`10.11.0.${i}`));
    h.reopen();
    expect(await h.dispatcher.dispatch('auth.signIn', { staffId: bossId, counter: null, pin: BOSS_PIN }, from('10.11.1.1'))).toMatchObject({
      ok: false,
      status: 429,
      error: { params: { retryAfterSeconds: 300 } },
    });
    h.clock.advance(5);
    expect(await h.dispatcher.dispatch('auth.signIn', { staffId: bossId, counter: null, pin: BOSS_PIN }, from('10.11.1.1'))).toMatchObject({ ok: true });
  });

  it('forgets failures ten minutes after the first, and a right PIN clears them', async () => {
    for (const [i, pin] of WRONG.slice(0, 4).entries()) await h.dispatcher.dispatch('auth.signIn', { staffId: mariaId, counter: 1, pin }, from(`10.12.0.${i}`));
    h.clock.advance(10);
    const after = await h.dispatcher.dispatch('auth.signIn', { staffId: mariaId, counter: 1, pin: WRONG[4] }, from('10.12.1.1'));
    expect(after).toMatchObject({ ok: false, error: { code: 'wrong_pin', params: { attemptsLeft: 3 } } });
    expect(h.store.signinGuards.get(mariaId).failures).toBe(1);
    await h.callAsync('auth.signIn', { staffId: mariaId, counter: 1, pin: MARIA_PIN }, from('10.12.1.2'));
    expect(h.store.signinGuards.get(mariaId)).toEqual({ failures: 0, windowStartedAt: null, lockedUntil: null });
  });
});

describe('every refusal', () => {
  it('goes to the security log with its source and time, the account failures to the audit, and changes nothing else', async () => {
    const staffBefore = staffRows();
    const attacker = from('10.13.0.66');
    await h.dispatcher.dispatch('auth.signIn', { staffId: mariaId, counter: 1, pin: WRONG[0] }, attacker); // wrong PIN
    await h.dispatcher.dispatch('auth.signIn', { staffId: bossId, counter: 2, pin: BOSS_PIN }, from('10.13.0.67')); // wrong role
    await h.dispatcher.dispatch('auth.signIn', { staffId: mariaId, counter: 1, pin: WRONG[1] }, attacker); // wrong PIN
    await h.dispatcher.dispatch('auth.signIn', { staffId: mariaId, counter: 1, pin: WRONG[2] }, attacker); // source slowed
    for (const [i, pin] of WRONG.slice(3, 6).entries()) await h.dispatcher.dispatch('auth.signIn', { staffId: mariaId, counter: 1, pin }, from(`10.13.1.${i}`));
    await h.dispatcher.dispatch('auth.signIn', { staffId: mariaId, counter: 1, pin: MARIA_PIN }, from('10.13.2.1')); // account locked

    // One entry per source (the log folds a source's refusals together), each with its count and time.
    const events = Object.fromEntries(h.security.recent().events.map((e) => [e.source, e]));
    expect(Object.keys(events).sort()).toEqual(['10.13.0.66', '10.13.0.67', '10.13.1.0', '10.13.1.1', '10.13.1.2', '10.13.2.1']);
    expect(Object.values(events).every((e) => e.kind === 'signin_refused' && e.at === h.clock.now())).toBe(true);
    expect(events['10.13.0.66']).toMatchObject({ count: 3, detail: expect.stringContaining('Wait 5 second(s)') });
    expect(events['10.13.0.67']!.detail).toContain('counter accounts only');
    expect(events['10.13.1.0']!.detail).toContain('Wrong PIN');
    expect(events['10.13.2.1']!.detail).toContain('locked');

    const audit = h.store.audit.recent(50).filter((a) => a.action === 'signin.failed');
    expect(audit.map((a) => a.actor).sort()).toEqual(['10.13.0.66', '10.13.0.66', '10.13.1.0', '10.13.1.1', '10.13.1.2']);
    expect(audit[0]!.detail).toMatchObject({ staffId: mariaId, staffName: 'Maria' });
    expect(sessionCount()).toBe(0);
    expect(staffRows()).toEqual(staffBefore);
  });
});
