import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Caller } from '../../../src/main/auth/caller';
import { BookingListImport } from '../../../src/main/sync/bookingListImport';
import type { CityServer } from '../../../src/server/cityServer';
import { parseOfficeConfig } from '../../../src/shared/config/officeConfig';
import { OfficeHarness } from '../../helpers/officeHarness';
import { makeTempDir } from '../../helpers/tempDir';
import { ADMIN_PASSWORD, BACKENDS, CityServerHarness } from '../server/cityServerHarness';
import { startInstance } from '../server/instances';
import { FaultProxy } from '../sync/faultProxy';
import { bookableOffice, oeboboConfig } from './bookingFixtures';

/**
 * The van's booking lists on its USB stick, against a real city server: the city administrator downloads
 * the file for the van, the van, cut off from the city, loads it from the stick into its real SQLite store,
 * and the kiosk then checks a typed code in and refuses the cancelled one. The van stops at Desa Oelnasi
 * on Wednesday 2 December and Desa Baumata on Friday 4 December 2026 (Kupang, UTC+8).
 */
const KUPANG = (day: number, hhmm: string) => Date.UTC(2026, 11, day, Number(hhmm.slice(0, 2)) - 8, Number(hhmm.slice(3)));
const VAN = 'keliling-kupang';
const KIOSK: Caller = { role: 'kiosk', via: 'test' };

const vanInput = (stick: string) =>
  oeboboConfig({
    office: { ...oeboboConfig().office, id: VAN, name: 'Mobil Keliling Kupang' },
    booking: {
      stops: [
        { date: '2026-12-02', hours: '09:00-12:00', place: 'Desa Oelnasi, balai desa' },
        { date: '2026-12-04', hours: '09:00-12:00', place: 'Desa Baumata, kantor desa' },
        { date: '2026-11-20', hours: '09:00-12:00', place: 'Desa Penfui, sudah lewat' },
      ],
    },
    sync: { exportFolders: [stick] },
  });

describe.each(BACKENDS)('the booking lists a van carries on its USB stick (%s)', (backend) => {
  let city: CityServerHarness;
  let pub: CityServer;
  let proxy: FaultProxy;
  let h: OfficeHarness;
  let cookie = '';
  const stick = makeTempDir('loket-stick-');
  const elsewhere = makeTempDir('loket-home-');
  const codes: Record<string, string> = {};
  let residents = 0;

  async function book(key: string, serviceCode: string, day: string, slot: string): Promise<void> {
    const res = await fetch(`${pub.url}/api/public/v1/bookings`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': `198.51.100.${++residents}` },
      body: JSON.stringify({ officeId: VAN, serviceCode, day, slot }),
    });
    const json = (await res.json()) as { code: string };
    expect(res.status, JSON.stringify(json)).toBe(200);
    codes[key] = json.code;
  }

  /** The admin's download, as the browser gets it from the office page's button. */
  async function download(officeId: string): Promise<{ status: number; fileName: string; content: string }> {
    const res = await fetch(`${city.url}/admin/offices/${officeId}/booking-list`, { headers: { cookie } });
    const fileName = /filename="([^"]+)"/.exec(res.headers.get('content-disposition') ?? '')?.[1] ?? '';
    return { status: res.status, fileName, content: await res.text() };
  }

  /** Downloaded and copied to the stick; its path there. */
  async function onStick(officeId = VAN): Promise<string> {
    const file = await download(officeId);
    expect(file.status, file.content).toBe(200);
    writeFileSync(join(stick.path, file.fileName), file.content);
    return join(stick.path, file.fileName);
  }

  const lists = () => h.store.db.prepare('SELECT code, day, cancelled_at FROM booking_list ORDER BY day, code').all();
  const refusal = async (code: string) => (await h.failAsync('booking.checkIn', { code }, KIOSK)).error;

  beforeAll(async () => {
    city = await CityServerHarness.start(backend, KUPANG(1, '07:40'));
    pub = await startInstance(city.db, { now: () => city.nowMs, trustedProxies: 1 });
    proxy = await new FaultProxy(city.url).start();
    const parsed = parseOfficeConfig(vanInput(stick.path));
    if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
    await bookableOffice(city, vanInput(stick.path));
    await bookableOffice(city, oeboboConfig());
    h = new OfficeHarness(parsed.config, KUPANG(1, '07:40'));
    await h.callAsync('sync.enrol', { serverUrl: proxy.url, code: await city.enrolmentCode(VAN) });
    const signIn = await fetch(`${city.url}/admin/signin`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ username: 'admin', password: ADMIN_PASSWORD }),
      redirect: 'manual',
    });
    cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  }, 30_000);
  afterAll(async () => {
    h?.close();
    await proxy?.close();
    await pub?.close();
    await city?.close();
    stick.remove();
    elsewhere.remove();
  });

  it("offers the download on the van's admin page, only to a signed-in administrator", async () => {
    expect((await city.admin(`/admin/offices/${VAN}`)).text).toContain(`action="/admin/offices/${VAN}/booking-list"`);
    const anonymous = await fetch(`${city.url}/admin/offices/${VAN}/booking-list`, { redirect: 'manual' });
    expect(anonymous.status).toBe(303);
    expect(anonymous.headers.get('location')).toBe('/admin/signin');
    expect((await download('no-such-office')).status).toBe(404);
  });

  it('brings the bookings and cancellations of its coming stops to a van cut off from the city; a typed code checks in, the cancelled one is refused', async () => {
    city.nowMs = KUPANG(1, '08:00');
    await book('kept', 'KTP', '2026-12-02', '09:00');
    await book('cancelled', 'KTP', '2026-12-02', '09:30');
    await book('friday', 'AKTA', '2026-12-04', '10:00');
    const cancel = await fetch(`${pub.url}/api/public/v1/bookings/${codes.cancelled}/cancel`, { method: 'POST', headers: { 'x-forwarded-for': '198.51.100.200' } });
    expect(cancel.status).toBe(200);

    // The van leaves: from here on it reaches nothing.
    proxy.offline = true;
    city.nowMs = KUPANG(1, '17:00');
    const path = await onStick();
    expect(path.endsWith(`loket-booking-${VAN}-20261201-090000.booking.json`)).toBe(true);

    h.clock.set(KUPANG(1, '17:30'));
    expect(await h.callAsync('bookings.usbFiles', {})).toMatchObject({ files: [{ path, fileName: `loket-booking-${VAN}-20261201-090000.booking.json` }] });
    expect(await h.callAsync('bookings.importUsbFile', { path })).toEqual({
      ok: true,
      fileName: `loket-booking-${VAN}-20261201-090000.booking.json`,
      createdAt: KUPANG(1, '17:00'),
      days: [
        { day: '2026-12-02', bookings: 2, cancelled: 1 },
        { day: '2026-12-04', bookings: 1, cancelled: 0 },
      ],
      newerKept: [],
    });
    expect(lists()).toEqual(
      [
        { code: codes.kept, day: '2026-12-02', cancelled_at: null },
        { code: codes.cancelled, day: '2026-12-02', cancelled_at: KUPANG(1, '08:00') },
        { code: codes.friday, day: '2026-12-04', cancelled_at: null },
      ].sort((a, b) => (a.day + a.code).localeCompare(b.day + b.code)),
    );

    h.clock.set(KUPANG(2, '08:50'));
    const typed = `${codes.kept!.slice(0, 4)}-${codes.kept!.slice(4)}`;
    expect(await h.callAsync('booking.checkIn', { code: typed }, KIOSK)).toMatchObject({ label: 'A-001', booking: { code: codes.kept, day: '2026-12-02', slot: '09:00' } });
    expect(await refusal(codes.cancelled!)).toMatchObject({ code: 'booking_refused', params: { reason: 'cancelled', slot: '09:30' } });
    expect(h.call('bookings.day', {})).toMatchObject({ day: '2026-12-02', pulledAt: KUPANG(1, '17:00'), cityKeyKnown: true });
    expect(proxy.offline).toBe(true);
  });

  it("refuses another office's file, a changed one and an older one, saying why and changing nothing", async () => {
    const before = lists();
    const pulledBefore = h.store.bookings.pulledAt('2026-12-04');
    proxy.offline = false;
    city.nowMs = KUPANG(1, '16:00');
    const oebobo = await onStick('kel-oebobo');
    expect(await h.callAsync('bookings.importUsbFile', { path: oebobo })).toMatchObject({ ok: false, reason: 'other_office', officeId: 'kel-oebobo' });

    const older = await onStick();
    expect(await h.callAsync('bookings.importUsbFile', { path: older })).toMatchObject({ ok: false, reason: 'too_old' });

    const genuine = readFileSync(older, 'utf8');
    const env = JSON.parse(genuine) as { payload: string };
    const text = Buffer.from(env.payload, 'base64').toString('utf8').replace(/"cancelledAt":\d+/g, '"cancelledAt":null');
    const forged = join(stick.path, `loket-booking-${VAN}-20261201-100000.booking.json`);
    writeFileSync(forged, JSON.stringify({ ...JSON.parse(genuine), payload: Buffer.from(text).toString('base64') }));
    expect(await h.callAsync('bookings.importUsbFile', { path: forged })).toMatchObject({ ok: false, reason: 'bad_signature' });

    expect(lists()).toEqual(before);
    expect(h.store.bookings.pulledAt('2026-12-04')).toBe(pulledBefore);
  });

  it('keeps a day the office pulled after the file was made, and loads the others', async () => {
    city.nowMs = KUPANG(1, '18:00');
    await book('late', 'AKTA', '2026-12-04', '10:30');
    const path = await onStick();
    h.store.transaction(() => h.store.bookings.replaceDay('2026-12-04', [], KUPANG(1, '18:30')));
    expect(await h.callAsync('bookings.importUsbFile', { path })).toMatchObject({ ok: true, days: [{ day: '2026-12-02', bookings: 2, cancelled: 1 }], newerKept: ['2026-12-04'] });
    expect(lists().filter((r: any) => r.day === '2026-12-04')).toEqual([]);
  });

  it('reads only booking list files on the stick or in the export folders: another folder, a link out, another name are refused', async () => {
    const path = await onStick();
    const outside = join(elsewhere.path, 'loket-booking-keliling-kupang-20261201-120000.booking.json');
    writeFileSync(outside, readFileSync(path));
    const link = join(stick.path, 'loket-booking-keliling-kupang-20261201-130000.booking.json');
    symlinkSync(outside, link);
    const renamed = join(stick.path, 'daftar.json');
    writeFileSync(renamed, readFileSync(path));
    for (const p of [outside, link, renamed, 'loket-booking-keliling-kupang-20261201-120000.booking.json']) {
      expect((await h.failAsync('bookings.importUsbFile', { path: p })).error.code, p).toBe('bad_request');
    }
    const found = await h.callAsync('bookings.usbFiles', {});
    expect(found.files.map((f) => f.fileName)).not.toContain('daftar.json');
  });

  it('finds files at the top of a removable medium, judged by where a path really leads', async () => {
    const media = makeTempDir('loket-media-');
    try {
      const usb = join(media.path, 'USB');
      mkdirSync(usb);
      const file = join(usb, 'loket-booking-keliling-kupang-20261201-140000.booking.json');
      writeFileSync(file, readFileSync(await onStick()));
      const outside = join(elsewhere.path, 'loket-booking-keliling-kupang-20261201-150000.booking.json');
      writeFileSync(outside, readFileSync(file));
      symlinkSync(outside, join(usb, 'loket-booking-keliling-kupang-20261201-150000.booking.json'));
      const lists = new BookingListImport(h.store, {
        folders: () => [],
        officeId: () => VAN,
        today: () => '2026-12-01',
        removableRoots: async () => [usb],
        removableRootOf: async (real) => (real === usb || real.startsWith(`${usb}/`) ? usb : null),
      });
      const found = await lists.files();
      expect(found.folders).toEqual([usb]);
      // A link is not listed; asked for anyway, it is judged by where it leads.
      expect(found.files.map((f) => f.fileName)).toEqual(['loket-booking-keliling-kupang-20261201-140000.booking.json']);
      expect(await lists.importFile(file)).toMatchObject({ ok: true });
      await expect(lists.importFile(join(usb, 'loket-booking-keliling-kupang-20261201-150000.booking.json'))).rejects.toThrow(/neither on removable media nor in a configured export folder/);
    } finally {
      media.remove();
    }
  });
});
