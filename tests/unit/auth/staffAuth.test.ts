import { afterEach, describe, expect, it } from 'vitest';
import { callerFromToken } from '../../../src/main/auth/credentials';
import { OfficeHarness } from '../../helpers/officeHarness';

let h: OfficeHarness;
afterEach(() => h.close());

const LOCAL = { role: null, via: 'lan', local: true } as const;
const REMOTE = { role: null, via: 'lan', local: false } as const;

async function setUpOffice() {
  h = new OfficeHarness();
  const boss = await h.callAsync('auth.setup', { name: 'Kepala Dinas', pin: '482915' }, LOCAL);
  const supervisor = callerFromToken(h.store, boss.token, h.clock.now(), 'lan');
  await h.callAsync('staff.create', { name: 'Maria', role: 'counter', pin: '604172' }, supervisor);
  return { supervisor };
}

describe('first-run setup', () => {
  it('is only possible on the office PC itself, and only once', async () => {
    h = new OfficeHarness();
    expect((await h.failAsync('auth.setup', { name: 'X', pin: '482915' }, REMOTE)).status).toBe(403);
    expect(h.call('auth.status', {}, REMOTE).needsSetup).toBe(true);
    const out = await h.callAsync('auth.setup', { name: 'Kepala Dinas', pin: '482915' }, LOCAL);
    expect(out.session).toMatchObject({ role: 'supervisor', staffName: 'Kepala Dinas' });
    expect(h.call('auth.status', {}, REMOTE).needsSetup).toBe(false);
    expect((await h.failAsync('auth.setup', { name: 'Y', pin: '739152' }, LOCAL)).error.code).toBe('wrong_state');
  });

  it('refuses a trivial PIN with a clear reason', async () => {
    h = new OfficeHarness();
    const out = await h.failAsync('auth.setup', { name: 'Kepala', pin: '1234' }, LOCAL);
    expect(out.status).toBe(400);
    expect(out.error.problems?.[0]).toMatch(/^pin: is too easy to guess/);
  });

  it('stores PINs only as slow argon2id hashes', async () => {
    await setUpOffice();
    const rows = h.store.db.prepare('SELECT pin_hash FROM staff').all() as { pin_hash: string }[];
    for (const r of rows) expect(r.pin_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2/);
    expect(JSON.stringify(rows)).not.toContain('604172');
  });
});

describe('signing in', () => {
  it('gives a counter session bound to the chosen counter', async () => {
    await setUpOffice();
    const out = await h.callAsync('auth.signIn', { counter: 2, pin: '604172' }, REMOTE);
    expect(out.session).toMatchObject({ role: 'counter', counter: 2, staffName: 'Maria' });
    const caller = callerFromToken(h.store, out.token, h.clock.now(), 'lan');
    h.call('counters.open', { counter: 2 }, caller);
    expect(h.fail('counters.open', { counter: 1 }, caller).status).toBe(403);
  });

  it('records which staff member called a ticket', async () => {
    await setUpOffice();
    const out = await h.callAsync('auth.signIn', { counter: 1, pin: '604172' }, REMOTE);
    const caller = callerFromToken(h.store, out.token, h.clock.now(), 'lan');
    h.call('counters.open', { counter: 1 }, caller);
    const t = h.issue('KTP');
    h.call('counters.callNext', { counter: 1 }, caller);
    const staffId = h.call('staff.list', {}).find((s) => s.name === 'Maria')?.id;
    expect(h.store.ticketEvents.forTicket(t.id).find((e) => e.type === 'called')?.staffId).toBe(staffId);
  });

  it('lets only supervisors sign in as supervisor', async () => {
    await setUpOffice();
    expect((await h.failAsync('auth.signIn', { counter: null, pin: '604172' }, REMOTE)).error.code).toBe('wrong_pin');
    const boss = await h.callAsync('auth.signIn', { counter: null, pin: '482915' }, REMOTE);
    expect(boss.session.role).toBe('supervisor');
  });

  it('locks a counter after five wrong PINs, keeps other counters open, and unlocks after five minutes', async () => {
    await setUpOffice();
    for (let i = 1; i <= 4; i++) {
      const out = await h.failAsync('auth.signIn', { counter: 1, pin: '111222' }, REMOTE);
      expect(out.error.code).toBe('wrong_pin');
      expect(out.error.message).toContain(`${5 - i} attempt(s) left`);
    }
    expect((await h.failAsync('auth.signIn', { counter: 1, pin: '111222' }, REMOTE)).error.code).toBe('locked');
    // Locked: even the right PIN is refused, and the lock survives a restart.
    h.reopen();
    const locked = await h.failAsync('auth.signIn', { counter: 1, pin: '604172' }, REMOTE);
    expect(locked.status).toBe(429);
    expect((await h.callAsync('auth.signIn', { counter: 2, pin: '604172' }, REMOTE)).session.counter).toBe(2);
    h.clock.advance(5);
    expect((await h.callAsync('auth.signIn', { counter: 1, pin: '604172' }, REMOTE)).session.counter).toBe(1);
  });

  it('expires a counter session after 12 hours and ends it on sign-out', async () => {
    await setUpOffice();
    const a = await h.callAsync('auth.signIn', { counter: 1, pin: '604172' }, REMOTE);
    h.clock.advance(12 * 60 + 1);
    expect(callerFromToken(h.store, a.token, h.clock.now(), 'lan').role).toBeNull();
    const b = await h.callAsync('auth.signIn', { counter: 1, pin: '604172' }, REMOTE);
    const caller = callerFromToken(h.store, b.token, h.clock.now(), 'lan');
    h.call('auth.signOut', {}, caller);
    expect(callerFromToken(h.store, b.token, h.clock.now(), 'lan').role).toBeNull();
  });
});

describe('staff management', () => {
  it('refuses a PIN another staff member already uses', async () => {
    const { supervisor } = await setUpOffice();
    const out = await h.failAsync('staff.create', { name: 'Yosef', role: 'counter', pin: '604172' }, supervisor);
    expect(out.error.problems).toEqual(['pin: is already in use']);
    expect(h.call('staff.list', {}, supervisor)).toHaveLength(2);
  });

  it('ends the sessions of a disabled staff member and never disables the last supervisor', async () => {
    const { supervisor } = await setUpOffice();
    const maria = await h.callAsync('auth.signIn', { counter: 1, pin: '604172' }, REMOTE);
    const mariaId = h.call('staff.list', {}, supervisor).find((s) => s.name === 'Maria')!.id;
    h.call('staff.disable', { staffId: mariaId }, supervisor);
    expect(callerFromToken(h.store, maria.token, h.clock.now(), 'lan').role).toBeNull();
    const bossId = h.call('staff.list', {}, supervisor).find((s) => s.role === 'supervisor')!.id;
    expect(h.fail('staff.disable', { staffId: bossId }, supervisor).error.code).toBe('wrong_state');
  });

  it('is for supervisors only', async () => {
    await setUpOffice();
    const maria = await h.callAsync('auth.signIn', { counter: 1, pin: '604172' }, REMOTE);
    const caller = callerFromToken(h.store, maria.token, h.clock.now(), 'lan');
    expect(h.fail('staff.list', {}, caller).status).toBe(403);
  });
});

describe('pairing a display', () => {
  it('gives the device its token once, after a supervisor enters the code', async () => {
    const { supervisor } = await setUpOffice();
    const req = h.call('devices.pairRequest', { role: 'display', label: 'TV ruang tunggu' }, REMOTE);
    expect(req.code).toMatch(/^\d{6}$/);
    expect(h.call('devices.pairStatus', { requestId: req.requestId }, REMOTE)).toEqual({ status: 'pending', token: null });
    expect(h.fail('devices.approve', { code: req.code }, REMOTE).status).toBe(401);
    expect(h.call('devices.approve', { code: req.code }, supervisor)).toEqual({ role: 'display', label: 'TV ruang tunggu' });
    const done = h.call('devices.pairStatus', { requestId: req.requestId }, REMOTE);
    expect(done.status).toBe('approved');
    const display = callerFromToken(h.store, done.token!, h.clock.now(), 'lan');
    expect(display.role).toBe('display');
    expect(h.call('devices.pairStatus', { requestId: req.requestId }, REMOTE).status).toBe('expired');
    // The display may read the queue but not act on it.
    h.call('queue.snapshot', {}, display);
    expect(h.fail('counters.open', { counter: 1 }, display).status).toBe(403);
    const [device] = h.call('devices.list', {}, supervisor);
    h.call('devices.revoke', { id: device!.id }, supervisor);
    expect(callerFromToken(h.store, done.token!, h.clock.now(), 'lan').role).toBeNull();
  });

  it('expires a code after ten minutes', async () => {
    const { supervisor } = await setUpOffice();
    const req = h.call('devices.pairRequest', { role: 'kiosk', label: 'Kiosk 2' }, REMOTE);
    h.clock.advance(11);
    expect(h.fail('devices.approve', { code: req.code }, supervisor).status).toBe(404);
    expect(h.call('devices.pairStatus', { requestId: req.requestId }, REMOTE).status).toBe('expired');
  });
});
