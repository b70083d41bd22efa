import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseOfficeConfig } from '../../../src/shared/config/officeConfig';
import { OfficeHarness } from '../../helpers/officeHarness';
import { oeboboConfig } from '../booking/bookingFixtures';
import { BACKENDS, CityServerHarness } from '../server/cityServerHarness';
import { FaultProxy } from './faultProxy';

/**
 * The office's live snapshot reaching the city with its sync cycle: at most once a minute, nothing while
 * the city is out of reach (and nothing kept for later), and the snapshot's tickets open at the city by
 * their phone codes. Kelurahan Oebobo, Monday 30 November 2026 in Kupang (UTC+8).
 */
const KUPANG = (hhmm: string, seconds = 0) => Date.UTC(2026, 10, 30, Number(hhmm.slice(0, 2)) - 8, Number(hhmm.slice(3)), seconds);

const config = (() => {
  const parsed = parseOfficeConfig(oeboboConfig());
  if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
  return parsed.config;
})();

describe.each(BACKENDS)("the office's live snapshot reaching the city (%s)", (backend) => {
  let city: CityServerHarness;
  let proxy: FaultProxy;
  let h: OfficeHarness;
  const at = (ms: number) => {
    h.clock.set(ms);
    city.nowMs = ms;
  };
  const sync = () => h.callAsync('sync.pushNow', {});
  const ktp = async () => {
    const offices = ((await (await fetch(`${city.url}/api/public/v1/busy`)).json()) as { offices: { officeId: string; receivedAt: number; services: { code: string; waiting: number }[] }[] }).offices;
    const o = offices.find((x) => x.officeId === 'kel-oebobo');
    return o && { receivedAt: o.receivedAt, waiting: o.services.find((s) => s.code === 'KTP')?.waiting };
  };

  beforeAll(async () => {
    city = await CityServerHarness.start(backend, KUPANG('07:40'));
    proxy = await new FaultProxy(city.url).start();
    await city.createOffice('kel-oebobo', 'Kelurahan Oebobo');
    h = new OfficeHarness(config, KUPANG('07:40'));
    await h.callAsync('sync.enrol', { serverUrl: proxy.url, code: await city.enrolmentCode('kel-oebobo') });
  }, 30_000);
  afterAll(async () => {
    h?.close();
    await proxy?.close();
    await city?.close();
  });

  it('sends the queue with the first cycle that gets through, and its tickets open at the city by their codes', async () => {
    at(KUPANG('08:00'));
    h.openCounters(1);
    const tickets = [h.issue('KTP'), h.issue('KTP'), h.issue('KTP')];
    expect((await sync()).ok).toBe(true);
    expect(await ktp()).toEqual({ receivedAt: KUPANG('08:00'), waiting: 3 });

    const code = h.core.phoneCodeOf(tickets[2]!.id);
    expect(code).toMatch(/^[0-9A-Z]{13}$/);
    const page = await (await fetch(`${city.url}/t/${code}`)).text();
    expect(page).toContain(tickets[2]!.label);
    expect(page).toContain('2 orang di depan Anda');
    expect(page).toContain('data baru saja');
  });

  it('sends at most once a minute, however many cycles run', async () => {
    at(KUPANG('08:00', 30));
    h.issue('KTP');
    expect((await sync()).ok).toBe(true);
    expect(await ktp()).toEqual({ receivedAt: KUPANG('08:00'), waiting: 3 });
    at(KUPANG('08:00', 59));
    expect((await sync()).ok).toBe(true);
    expect(await ktp()).toEqual({ receivedAt: KUPANG('08:00'), waiting: 3 });
    at(KUPANG('08:01'));
    expect((await sync()).ok).toBe(true);
    expect(await ktp()).toEqual({ receivedAt: KUPANG('08:01'), waiting: 4 });
  });

  it('sends nothing while the city is out of reach, and the queue as it is then once it is back', async () => {
    proxy.offline = true;
    at(KUPANG('08:05'));
    h.issue('KTP');
    expect((await sync()).error?.code).toBe('network');
    at(KUPANG('08:07'));
    expect((await sync()).error?.code).toBe('network');
    expect(await ktp()).toEqual({ receivedAt: KUPANG('08:01'), waiting: 4 });

    proxy.offline = false;
    at(KUPANG('08:08'));
    h.issue('KTP');
    expect((await sync()).ok).toBe(true);
    expect(await ktp()).toEqual({ receivedAt: KUPANG('08:08'), waiting: 6 });
  });
});
