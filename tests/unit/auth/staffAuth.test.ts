import { afterEach, describe, expect, it } from 'vitest';
import { callerFromToken } from '../../../src/main/auth/credentials';
import { OfficeHarness } from '../../helpers/officeHarness';

let h: OfficeHarness;
afterEach(() => h.close());

const LOCAL = { role: null, via: 'lan', local: true, source: '127.0.0.1' } as const;
const REMOTE = { role: null, via: 'lan', local: false, source: '10.0.0.21' } as const;

async function setUpOffice() {
  h = new OfficeHarness();
  const boss = await h.callAsync('auth.setup', { setupCode: h.setupCode, name: 'Kepala Dinas', pin: '482915' }, LOCAL);
  const supervisor = callerFromToken(h.store, boss.token, h.clock.now(), 'lan');
  const maria = await h.callAsync('staff.create', { name: 'Maria', role: 'counter', pin: '604172' }, supervisor);
  const bossId = h.call('staff.list', {}, supervisor).find((s) => s.role === 'supervisor')!.id;
  return { supervisor, bossId, mariaId: maria.id };
}

describe('first-run setup', () => {
  it('is only possible on the office PC itself, and only once', async () => {
    h = new OfficeHarness();
    expect((await h.failAsync('auth.setup', { setupCode: h.setupCode, name: 'X', pin: '482915' }, REMOTE)).status).toBe(403);
    expect(h.call('auth.status', {}, REMOTE).needsSetup).toBe(true);
    const out = await h.callAsync('auth.setup', { setupCode: h.setupCode, name: 'Kepala Dinas', pin: '482915' }, LOCAL);
    expect(out.session).toMatchObject({ role: 'supervisor', staffName: 'Kepala Dinas' });
    expect(h.call('auth.status', {}, REMOTE).needsSetup).toBe(false);
    expect((await h.failAsync('auth.setup', { setupCode: h.setupCode, name: 'Y', pin: '739152' }, LOCAL)).error.code).toBe('wrong_state');
  });

  it('needs the setup code from the printed slip; a wrong one changes nothing', async () => {
    h = new OfficeHarness();
    expect(h.setupCodes).toHaveLength(1);
    const wrong = h.setupCode === '00000000' ? '11111111' : '00000000';
    const refused = await h.failAsync('auth.setup', { setupCode: wrong, name: 'Penyerang', pin: '482915' }, LOCAL);
    expect(refused).toMatchObject({ status: 403, error: { code: 'wrong_setup_code' } });
    expect(h.call('auth.status', {}, LOCAL).needsSetup).toBe(true);
    await h.callAsync('auth.setup', { setupCode: h.setupCode, name: 'Kepala Dinas', pin: '482915' }, LOCAL);
    // The spent code opens nothing, and the office asks for no new one.
    expect((await h.failAsync('auth.printSetupCode', {}, LOCAL)).error.code).toBe('wrong_state');
    expect(h.setupCodes).toHaveLength(1);
  });

  it('refuses a trivial PIN with a clear reason', async () => {
    h = new OfficeHarness();
    const out = await h.failAsync('auth.setup', { setupCode: h.setupCode, name: 'Kepala', pin: '1234' }, LOCAL);
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
  it('lists the names to choose from, by role, with ids and names only', async () => {
    const { bossId, mariaId } = await setUpOffice();
    const status = h.call('auth.status', {}, REMOTE);
    expect(status.counterStaff).toEqual([{ id: mariaId, name: 'Maria' }]);
    expect(status.supervisors).toEqual([{ id: bossId, name: 'Kepala Dinas' }]);
  });

  it('gives a counter session bound to the chosen counter', async () => {
    const { mariaId } = await setUpOffice();
    const out = await h.callAsync('auth.signIn', { staffId: mariaId, counter: 2, pin: '604172' }, REMOTE);
    expect(out.session).toMatchObject({ role: 'counter', counter: 2, staffName: 'Maria' });
    const caller = callerFromToken(h.store, out.token, h.clock.now(), 'lan');
    h.call('counters.open', { counter: 2 }, caller);
    expect(h.fail('counters.open', { counter: 1 }, caller).status).toBe(403);
  });

  it('records which staff member called a ticket', async () => {
    const { mariaId } = await setUpOffice();
    const out = await h.callAsync('auth.signIn', { staffId: mariaId, counter: 1, pin: '604172' }, REMOTE);
    const caller = callerFromToken(h.store, out.token, h.clock.now(), 'lan');
    h.call('counters.open', { counter: 1 }, caller);
    const t = h.issue('KTP');
    h.call('counters.callNext', { counter: 1 }, caller);
    expect(h.store.ticketEvents.forTicket(t.id).find((e) => e.type === 'called')?.staffId).toBe(mariaId);
  });

  it('opens the supervisor screens only to a supervisor account, and a counter only to a counter account', async () => {
    const { bossId, mariaId } = await setUpOffice();
    expect((await h.failAsync('auth.signIn', { staffId: mariaId, counter: null, pin: '604172' }, REMOTE)).status).toBe(403);
    expect((await h.failAsync('auth.signIn', { staffId: bossId, counter: 1, pin: '482915' }, REMOTE)).status).toBe(403);
    const boss = await h.callAsync('auth.signIn', { staffId: bossId, counter: null, pin: '482915' }, REMOTE);
    expect(boss.session.role).toBe('supervisor');
  });

  it('locks the account after five wrong PINs from different places, on every counter, and unlocks after five minutes', async () => {
    const { mariaId } = await setUpOffice();
    const from = (n: number) => ({ ...REMOTE, source: `10.0.0.${n}` });
    for (let i = 1; i <= 4; i++) {
      const out = await h.failAsync('auth.signIn', { staffId: mariaId, counter: (i % 3) + 1, pin: '111222' }, from(i));
      // What this place may still try: the account's attempts, or fewer when this device has failed before.
      expect(out.error).toMatchObject({ code: 'wrong_pin', params: { attemptsLeft: Math.min(5 - i, 3) } });
    }
    const fifth = await h.failAsync('auth.signIn', { staffId: mariaId, counter: 3, pin: '111222' }, from(5));
    expect(fifth.error).toMatchObject({ code: 'locked', params: { attemptsLeft: 0, retryAfterSeconds: 300 } });
    // Locked: even the right PIN is refused, at any counter and from any place, and the lock survives a restart.
    h.reopen();
    const locked = await h.failAsync('auth.signIn', { staffId: mariaId, counter: 2, pin: '604172' }, from(6));
    expect(locked.status).toBe(429);
    expect(locked.error.params).toEqual({ attemptsLeft: 0, retryAfterSeconds: 300 });
    h.clock.advance(5);
    expect((await h.callAsync('auth.signIn', { staffId: mariaId, counter: 1, pin: '604172' }, from(6))).session.counter).toBe(1);
  });

  it('lifts the lock when the supervisor sets a new PIN', async () => {
    const { supervisor, mariaId } = await setUpOffice();
    for (let i = 1; i <= 5; i++) await h.failAsync('auth.signIn', { staffId: mariaId, counter: 1, pin: '111222' }, { ...REMOTE, source: `10.0.1.${i}` });
    expect((await h.failAsync('auth.signIn', { staffId: mariaId, counter: 1, pin: '604172' }, REMOTE)).error.code).toBe('locked');
    await h.callAsync('staff.setPin', { staffId: mariaId, pin: '730514' }, supervisor);
    expect((await h.callAsync('auth.signIn', { staffId: mariaId, counter: 1, pin: '730514' }, REMOTE)).session.staffName).toBe('Maria');
  });

  it('expires a counter session after 12 hours and ends it on sign-out', async () => {
    const { mariaId } = await setUpOffice();
    const a = await h.callAsync('auth.signIn', { staffId: mariaId, counter: 1, pin: '604172' }, REMOTE);
    h.clock.advance(12 * 60 + 1);
    expect(callerFromToken(h.store, a.token, h.clock.now(), 'lan').role).toBeNull();
    const b = await h.callAsync('auth.signIn', { staffId: mariaId, counter: 1, pin: '604172' }, REMOTE);
    const caller = callerFromToken(h.store, b.token, h.clock.now(), 'lan');
    h.call('auth.signOut', {}, caller);
    expect(callerFromToken(h.store, b.token, h.clock.now(), 'lan').role).toBeNull();
  });
});

describe('staff management', () => {
  it('lets two staff members have the same PIN: sign-in names the account, so creating staff is no way to test PINs', async () => {
    const { supervisor } = await setUpOffice();
    const yosef = await h.callAsync('staff.create', { name: 'Yosef', role: 'counter', pin: '604172' }, supervisor);
    expect(h.call('staff.list', {}, supervisor)).toHaveLength(3);
    expect((await h.callAsync('auth.signIn', { staffId: yosef.id, counter: 1, pin: '604172' }, REMOTE)).session.staffName).toBe('Yosef');
  });

  it('ends the sessions of a disabled staff member, takes them off the sign-in list, and never disables the last supervisor', async () => {
    const { supervisor, bossId, mariaId } = await setUpOffice();
    const maria = await h.callAsync('auth.signIn', { staffId: mariaId, counter: 1, pin: '604172' }, REMOTE);
    h.call('staff.disable', { staffId: mariaId }, supervisor);
    expect(callerFromToken(h.store, maria.token, h.clock.now(), 'lan').role).toBeNull();
    expect(h.call('auth.status', {}, REMOTE).counterStaff).toEqual([]);
    expect((await h.failAsync('auth.signIn', { staffId: mariaId, counter: 1, pin: '604172' }, REMOTE)).status).toBe(404);
    expect(h.fail('staff.disable', { staffId: bossId }, supervisor).error.code).toBe('wrong_state');
  });

  it('is for supervisors only', async () => {
    const { mariaId } = await setUpOffice();
    const maria = await h.callAsync('auth.signIn', { staffId: mariaId, counter: 1, pin: '604172' }, REMOTE);
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
