import type { Browser, Page, Route } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../helpers/browser';
import { ServedOffice } from '../helpers/servedOffice';
import { testConfigInput } from '../helpers/testConfig';

/**
 * The counter desk and the supervisor in Chromium against the built office. Staff are created through
 * the API as on a first day: setup from the office PC itself (this test process), then staff.create.
 * Test counters: 1 serves KTP, 2 serves KTP and KK, 3 serves AKTA and KK. Every test leaves no ticket
 * waiting or at a counter, so the next one starts from an empty queue.
 */
const SUPERVISOR_PIN = '730514';
const ANA = { name: 'Ana Tefa', pin: '481526' };
const BENI = { name: 'Beni Lado', pin: '592637' };
const CITRA = { name: 'Citra Ndun', pin: '603748' };

let office: ServedOffice;
let browser: Browser;
let supervisor: string;

beforeAll(async () => {
  office = new ServedOffice(testConfigInput());
  await office.start();
  supervisor = (await office.call('auth.setup', { setupCode: office.setupCode(), name: 'Kepala Uji', pin: SUPERVISOR_PIN })).token;
  for (const clerk of [ANA, BENI, CITRA]) await office.call('staff.create', { name: clerk.name, role: 'counter', pin: clerk.pin }, supervisor);
  browser = await launchChromium();
});

// One failed test must not leave tickets that make the next one fail too.
afterEach(async () => {
  const { services, counters } = await snapshot();
  for (const { number, current } of counters) {
    if (current?.state === 'called') await office.call('tickets.noShow', { counter: number, ticketId: current.id }, supervisor);
    if (current?.state === 'serving') await office.call('tickets.finish', { counter: number, ticketId: current.id }, supervisor);
  }
  for (const t of services.flatMap((s) => [...s.waiting, ...s.held])) {
    await office.call('tickets.cancel', { ticketId: t.id, reason: 'test cleanup' }, supervisor);
  }
});

afterAll(async () => {
  await browser?.close();
  await office?.remove();
});

/** A counter PC of its own (own storage, so its own token). */
async function counterPage(): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const page = await context.newPage();
  await page.goto(`${office.url}/counter`);
  return page;
}

/** The clerk touches the counter, then their own name, then types the PIN. */
async function choose(page: Page, counter: number, clerk: { name: string }): Promise<void> {
  await page.getByTestId(`choose-counter-${counter}`).click();
  await page.getByRole('button', { name: clerk.name, exact: true }).click();
  await page.getByTestId('pin-submit').waitFor();
}

async function signIn(counter: number, clerk: { name: string; pin: string }): Promise<Page> {
  const page = await counterPage();
  await choose(page, counter, clerk);
  await page.keyboard.type(clerk.pin);
  await page.keyboard.press('Enter');
  await page.getByTestId('counter-desk').waitFor();
  await poll(() => page.getByTestId('counter-state').count()).toBe(1);
  return page;
}

/** A clerk presses a shortcut once its button shows the action is possible. */
async function press(page: Page, key: string, action: string): Promise<void> {
  await poll(() => page.getByTestId(`action-${action}`).isEnabled()).toBe(true);
  await page.keyboard.press(key);
}

/** Opens the counter with the O key unless it is open already. */
async function ensureOpen(page: Page): Promise<void> {
  if (await page.getByTestId('action-open').isEnabled()) await page.keyboard.press('o');
  await poll(() => page.getByTestId('counter-state').textContent()).toBe('Buka');
}

/** A shared office PC may be slow: conditions get 10 s to come true. */
const poll = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 10_000 });

/** The element's text now, or null while it is not on screen (never waits, so polls keep polling). */
const text = (page: Page, testId: string) => async () => (await page.getByTestId(testId).allTextContents())[0] ?? null;
const issue = (serviceCode: string) => office.call('tickets.issue', { serviceCode });
const ticket = (ticketId: string) => office.call('tickets.get', { ticketId });
const snapshot = () => office.call('queue.snapshot', {}, supervisor);
const tokenOf = (page: Page) => page.evaluate("localStorage.getItem('loket.token')") as Promise<string | null>;

async function closePage(page: Page): Promise<void> {
  await page.context().close();
}

describe('the counter desk', () => {
  it('signs in, opens the counter, calls, recalls, starts and finishes, with the keyboard', async () => {
    const page = await signIn(1, ANA);
    expect(await page.textContent('body')).toContain(`Petugas: ${ANA.name}`);
    await ensureOpen(page);

    // Issued after the desk loaded: it appears live, without a reload.
    const issued = await issue('KTP');
    await poll(text(page, 'waiting-KTP')).toBe('1 menunggu');
    await press(page, ' ', 'callNext');
    await poll(text(page, 'current-label')).toBe(issued.label);
    expect(await page.getByTestId('current-state').textContent()).toContain('Dipanggil');
    expect(await page.getByTestId('action-finish').isDisabled()).toBe(true);

    await press(page, 'r', 'recall');
    await poll(text(page, 'recall-count')).toBe('1×');
    expect((await ticket(issued.id)).recallCount).toBe(1);

    await press(page, 's', 'start');
    await poll(text(page, 'current-state')).toBe('Sedang dilayani');
    expect(await page.getByTestId('action-recall').isDisabled()).toBe(true);

    await press(page, 'f', 'finish');
    await poll(text(page, 'current-ticket')).toContain('Belum ada nomor');
    expect((await ticket(issued.id)).state).toBe('done');
    await closePage(page);
  });

  it('holds a ticket and calls it again', async () => {
    const page = await signIn(1, ANA);
    await ensureOpen(page);
    const issued = await issue('KTP');
    await poll(text(page, 'waiting-KTP')).toBe('1 menunggu');
    await press(page, 'n', 'callNext');
    await poll(text(page, 'current-label')).toBe(issued.label);
    await press(page, 'h', 'hold');
    await page.getByTestId(`resume-${issued.label}`).click();
    await poll(text(page, 'current-label')).toBe(issued.label);
    expect((await ticket(issued.id)).state).toBe('called');
    await press(page, 'x', 'noShow');
    // No-show asks first (issue 15); Enter confirms.
    await page.getByTestId('confirm-yes').click();
    await poll(async () => (await ticket(issued.id)).state).toBe('no_show');
    await closePage(page);
  });

  it('calls a specific waiting ticket with a reason; typing the reason fires no shortcut', async () => {
    const page = await signIn(1, ANA);
    await ensureOpen(page);
    const first = await issue('KTP');
    const second = await issue('KTP');
    await poll(text(page, 'waiting-KTP')).toBe('2 menunggu');
    await press(page, 'c', 'callTicket');
    await page.getByTestId(`pick-${second.label}`).click();
    await page.getByTestId('call-ticket-reason').fill('');
    await page.getByTestId('call-ticket-reason').pressSequentially('n s f x berkas lengkap');
    expect((await ticket(first.id)).state).toBe('waiting');
    await page.getByTestId('call-ticket-submit').click();
    await poll(text(page, 'current-label')).toBe(second.label);
    expect((await ticket(first.id)).state).toBe('waiting');

    await press(page, 'x', 'noShow');

    // No-show asks first (issue 15); Enter confirms.

    await page.getByTestId('confirm-yes').click();
    await poll(text(page, 'current-ticket')).toContain('Belum ada nomor');
    await press(page, ' ', 'callNext');
    await poll(text(page, 'current-label')).toBe(first.label);
    expect((await ticket(second.id)).state).toBe('no_show');
    await closePage(page);
  });

  it('gives a paused counter no calls: the button is disabled and the API refuses', async () => {
    const page = await signIn(1, ANA);
    await ensureOpen(page);
    const issued = await issue('KTP');
    await poll(text(page, 'waiting-KTP')).toBe('1 menunggu');

    await press(page, 'p', 'pause');
    await page.getByTestId('pause-ibadah').click();
    await poll(text(page, 'counter-state')).toBe('Istirahat: Ibadah');
    expect(await page.getByTestId('action-callNext').isDisabled()).toBe(true);
    // A key that called would have sent its request before the press returns (the browser reports
    // events in order), so no request by then means the key did nothing.
    const callRequests: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/api/v1/counters.callNext')) callRequests.push(request.url());
    });
    await page.keyboard.press(' ');
    expect(callRequests).toEqual([]);
    expect(await page.getByTestId('current-label').count()).toBe(0);

    const refused = await office.post('counters.callNext', { counter: 1 }, (await tokenOf(page)) ?? '');
    expect(refused.status).toBe(409);
    expect(refused.json.error.code).toBe('counter_not_open');
    expect((await ticket(issued.id)).state).toBe('waiting');

    await press(page, 'o', 'open');
    await poll(text(page, 'counter-state')).toBe('Buka');
    await press(page, ' ', 'callNext');
    await poll(text(page, 'current-label')).toBe(issued.label);
    await press(page, 'x', 'noShow');
    // No-show asks first (issue 15); Enter confirms.
    await page.getByTestId('confirm-yes').click();
    await poll(async () => (await ticket(issued.id)).state).toBe('no_show');
    await closePage(page);
  });

  it('transfers a ticket to another service, where it keeps its number', async () => {
    const desk1 = await signIn(1, ANA);
    await ensureOpen(desk1);
    const issued = await issue('KTP');
    await poll(text(desk1, 'waiting-KTP')).toBe('1 menunggu');
    await press(desk1, ' ', 'callNext');
    await poll(text(desk1, 'current-label')).toBe(issued.label);

    await press(desk1, 't', 'transfer');
    await desk1.getByTestId('transfer-front').check();
    await desk1.getByTestId('transfer-to-KK').click();
    await poll(text(desk1, 'current-ticket')).toContain('Belum ada nomor');

    const kk = (await snapshot()).services.find((s) => s.code === 'KK');
    expect(kk?.waiting[0]?.label).toBe(issued.label);
    expect(kk?.waiting[0]?.id).toBe(issued.id);

    const desk2 = await signIn(2, BENI);
    await desk2.getByTestId('queue-KK').getByTestId(`ticket-${issued.label}`).waitFor();
    await ensureOpen(desk2);
    await press(desk2, ' ', 'callNext');
    await poll(text(desk2, 'current-label')).toBe(issued.label);
    expect(await desk2.textContent('[data-testid="current-ticket"]')).toContain('Kartu Keluarga');
    await press(desk2, 's', 'start');
    await poll(text(desk2, 'current-state')).toBe('Sedang dilayani');
    await press(desk2, 'f', 'finish');
    await poll(async () => (await ticket(issued.id)).state).toBe('done');
    await closePage(desk1);
    await closePage(desk2);
  });

  it('lets exactly one of two counters racing for the last ticket have it, and tells the other', async () => {
    const desk2 = await signIn(2, BENI);
    const desk3 = await signIn(3, CITRA);
    await ensureOpen(desk2);
    await ensureOpen(desk3);
    const issued = await issue('KK');
    await poll(text(desk2, 'waiting-KK')).toBe('1 menunggu');
    await poll(text(desk3, 'waiting-KK')).toBe('1 menunggu');

    // Both requests are held until both are sent, so both buttons were pressed on a screen showing one waiting.
    const arrived: Route[] = [];
    let releaseBoth: () => void = () => undefined;
    const bothSent = new Promise<void>((resolve) => (releaseBoth = resolve));
    for (const desk of [desk2, desk3]) {
      await desk.route('**/api/v1/counters.callNext', async (route) => {
        arrived.push(route);
        if (arrived.length === 2) releaseBoth();
        await bothSent;
        await route.continue();
      });
    }
    await Promise.all([desk2.getByTestId('action-callNext').click(), desk3.getByTestId('action-callNext').click()]);
    await bothSent;

    const outcome = async (desk: Page): Promise<string> => {
      if ((await desk.getByTestId('current-label').count()) > 0) return `got ${await desk.getByTestId('current-label').textContent()}`;
      if ((await desk.getByTestId('desk-notice').count()) > 0) return `told ${await desk.getByTestId('desk-notice').textContent()}`;
      return 'pending';
    };
    await poll(async () => [await outcome(desk2), await outcome(desk3)].every((o) => o !== 'pending')).toBe(true);
    const outcomes = [await outcome(desk2), await outcome(desk3)];
    expect(outcomes.filter((o) => o === `got ${issued.label}`), outcomes.join(' | ')).toHaveLength(1);
    expect(outcomes.filter((o) => o.startsWith('told ') && o.includes('Tidak ada nomor yang menunggu')), outcomes.join(' | ')).toHaveLength(1);

    const winner = outcomes[0]?.startsWith('got') ? desk2 : desk3;
    expect((await ticket(issued.id)).counterNumber).toBe(winner === desk2 ? 2 : 3);
    await press(winner, 'x', 'noShow');
    // No-show asks first (issue 15); Enter confirms.
    await winner.getByTestId('confirm-yes').click();
    await poll(async () => (await ticket(issued.id)).state).toBe('no_show');
    await closePage(desk2);
    await closePage(desk3);
  });

  it('returns to sign-in when the session is refused (the PIN was changed)', async () => {
    const page = await signIn(2, CITRA);
    await office.call('staff.setPin', { staffId: await staffId(CITRA.name), pin: '714825' }, supervisor);
    // Any refresh now meets a 401: an event triggers one. The PC still knows its counter: the names are shown.
    const issued = await issue('KK');
    await page.getByRole('button', { name: CITRA.name, exact: true }).waitFor();
    expect(await page.textContent('body')).toContain('Sesi Anda berakhir');
    expect(await tokenOf(page)).toBeNull();
    await office.call('tickets.cancel', { ticketId: issued.id, reason: 'uji' }, supervisor);
    await closePage(page);
  });

  it('changes nothing for a request without a session', async () => {
    const issued = await issue('KTP');
    const before = await snapshot();
    const staffBefore = await office.call('staff.list', {}, supervisor);

    // From the office PC without a token the caller is only the kiosk; from elsewhere a bad token is nobody.
    const asKiosk = await office.post('counters.callNext', { counter: 1 });
    expect(asKiosk.status).toBe(403);
    const unknown = await office.post('counters.callNext', { counter: 1 }, 'not-a-real-token');
    expect(unknown.status).toBe(401);
    expect((await office.post('counters.pause', { counter: 2, reason: 'rapat' })).status).toBe(403);
    expect((await office.post('staff.create', { name: 'Penyusup', role: 'supervisor', pin: '918273' })).status).toBe(403);
    expect((await office.post('staff.create', { name: 'Penyusup', role: 'supervisor', pin: '918273' }, 'not-a-real-token')).status).toBe(401);

    expect((await ticket(issued.id)).state).toBe('waiting');
    expect((await snapshot()).counters).toEqual(before.counters);
    expect(await office.call('staff.list', {}, supervisor)).toEqual(staffBefore);
    await office.call('tickets.cancel', { ticketId: issued.id, reason: 'uji' }, supervisor);
  });
});

describe('the supervisor', () => {
  it('adds a staff member who can then sign in, and refuses a trivial PIN in plain words', async () => {
    const page = await counterPage();
    await page.goto(`${office.url}/supervisor`);
    await page.getByTestId('pin-submit').waitFor();
    await page.keyboard.type(SUPERVISOR_PIN);
    await page.keyboard.press('Enter');
    await page.getByTestId('tab-staff').click();
    await page.getByTestId('add-staff-form').waitFor();

    await page.getByTestId('staff-name').fill('Dewi Manu');
    await page.getByTestId('staff-pin').fill('1111');
    await page.getByTestId('staff-pin-again').fill('1111');
    await page.getByTestId('staff-submit').click();
    await poll(text(page, 'add-staff-notice')).toContain('terlalu mudah ditebak');

    await page.getByTestId('staff-pin').fill('826153');
    await page.getByTestId('staff-pin-again').fill('826153');
    await page.getByTestId('staff-submit').click();
    await poll(text(page, 'add-staff-notice')).toContain('Dewi Manu sudah ditambahkan');
    await poll(() => page.textContent('table')).toContain('Dewi Manu');
    const signedIn = await office.call('auth.signIn', { staffId: await staffId('Dewi Manu'), counter: 1, pin: '826153' });
    expect(signedIn.session.staffName).toBe('Dewi Manu');
    await closePage(page);
  });

  it('pairs a display by the code it shows, lists it, and revokes it', async () => {
    const request = await office.call('devices.pairRequest', { role: 'display', label: 'TV ruang tunggu' });
    const page = await counterPage();
    await page.goto(`${office.url}/supervisor`);
    await page.getByTestId('pin-submit').waitFor();
    await page.keyboard.type(SUPERVISOR_PIN);
    await page.keyboard.press('Enter');
    await page.getByTestId('tab-devices').click();
    await page.getByTestId('pair-code').fill(request.code);
    await page.getByTestId('pair-submit').click();
    await poll(text(page, 'devices-notice')).toContain('TV ruang tunggu');

    const status = await office.call('devices.pairStatus', { requestId: request.requestId });
    expect(status.status).toBe('approved');
    const [device] = await office.call('devices.list', {}, supervisor);
    expect(device?.label).toBe('TV ruang tunggu');
    await page.getByTestId(`device-${device?.id}`).getByRole('button').click();
    await page.getByTestId('confirm-yes').click();
    await poll(text(page, 'devices-notice')).toContain('dicabut');
    expect(await office.call('devices.list', {}, supervisor)).toEqual([]);
    await closePage(page);
  });
});

describe('first-run setup in the browser', () => {
  it('explains a trivial PIN, then creates the first supervisor', async () => {
    const fresh = new ServedOffice(testConfigInput());
    await fresh.start();
    try {
      const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
      await page.goto(`${fresh.url}/counter`);
      await page.getByTestId('setup-code').fill(fresh.setupCode());
      await page.getByTestId('setup-name').fill('Kepala Baru');
      await page.getByTestId('setup-pin').fill('1234');
      await page.getByTestId('setup-pin-again').fill('1234');
      await page.getByTestId('setup-submit').click();
      await poll(text(page, 'setup-error')).toContain('terlalu mudah ditebak');
      expect((await fresh.call('auth.status', {})).needsSetup).toBe(true);

      await page.getByTestId('setup-pin').fill('508317');
      await page.getByTestId('setup-pin-again').fill('508317');
      await page.getByTestId('setup-submit').click();
      await page.getByTestId('setup-done').waitFor();
      expect((await fresh.call('auth.status', {})).needsSetup).toBe(false);
      await page.close();
    } finally {
      await fresh.remove();
    }
  });
});

async function staffId(name: string): Promise<number> {
  const member = (await office.call('staff.list', {}, supervisor)).find((s) => s.name === name);
  if (!member) throw new Error(`no staff member ${name}`);
  return member.id;
}

// Last in the file: the wrong PINs make this browser's address wait, which must not slow the tests above.
describe('sign-in refusals', () => {
  it('says how many tries are left, makes the device wait after two wrong PINs, and opens nothing meanwhile', async () => {
    const page = await counterPage();
    await choose(page, 3, ANA);
    await page.keyboard.type('135790');
    await page.keyboard.press('Enter');
    await poll(text(page, 'sign-in-error')).toBe('PIN salah, sisa 3 percobaan.');
    await page.keyboard.type('135791');
    await page.keyboard.press('Enter');
    await poll(text(page, 'sign-in-error')).toBe('PIN salah, sisa 2 percobaan. Tunggu 5 detik.');

    // Even the right PIN is not checked while the device waits.
    await page.keyboard.type(ANA.pin);
    await page.keyboard.press('Enter');
    await poll(text(page, 'sign-in-error')).toMatch(/^Tunggu [1-5] detik lalu coba lagi\.$/);
    expect(await page.getByTestId('counter-desk').count()).toBe(0);
    expect(await tokenOf(page)).toBeNull();
    await closePage(page);
  });
});
