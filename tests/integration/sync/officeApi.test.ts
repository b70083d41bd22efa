import { statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { OfficeHarness } from '../../helpers/officeHarness';
import { BACKENDS, CityServerHarness } from '../server/cityServerHarness';

describe.each(BACKENDS)('the supervisor\'s sync methods on %s', (backend) => {
  let city: CityServerHarness | undefined;
  let h: OfficeHarness | undefined;
  afterEach(async () => {
    await city?.close();
    h?.close();
  });

  it('enrols, pushes, shows status, and after revocation tells the supervisor to re-enrol', async () => {
    city = await CityServerHarness.start(backend);
    await city.createOffice('test-office', 'Dinas Dukcapil');
    h = new OfficeHarness();
    expect((await h.callAsync('sync.status', {})).state).toBe('not_enrolled');
    const refused = await h.failAsync('sync.status', {}, { role: 'counter', counter: 1, via: 'test' });
    expect(refused.ok ? 0 : refused.status).toBe(403);
    const badCode = await h.failAsync('sync.enrol', { serverUrl: city.url, code: 'AAAA-BBBB-CCCC' });
    expect(badCode.ok ? '' : badCode.error.message).toMatch(/kode/i);
    // The city's refusal reaches the screen in both languages, as the city worded it.
    expect(badCode.ok ? null : badCode.error.issues).toEqual([
      { field: 'serverUrl', rule: 'city_refused', params: { pesan: expect.stringMatching(/kode/i), message: expect.stringMatching(/code/i) } },
    ]);
    const notUrl = await h.failAsync('sync.enrol', { serverUrl: 'kota kupang', code: 'AAAA-BBBB-CCCC' });
    expect(notUrl.ok ? null : [notUrl.error.code, notUrl.error.issues]).toEqual(['bad_request', [{ field: 'serverUrl', rule: 'not_url', params: { url: 'kota kupang' } }]]);
    const unreachable = await h.failAsync('sync.enrol', { serverUrl: 'http://127.0.0.1:9', code: 'AAAA-BBBB-CCCC' });
    expect(unreachable.ok ? null : unreachable.error.issues).toMatchObject([{ rule: 'city_unreachable', params: { server: 'http://127.0.0.1:9' } }]);

    const status = await h.callAsync('sync.enrol', { serverUrl: `${city.url}/`, code: await city.enrolmentCode('test-office'), label: 'Kios lobi' });
    expect(status).toMatchObject({ enrolled: true, office: { id: 'test-office', name: 'Dinas Dukcapil' }, serverUrl: city.url });
    expect(statSync(join(h.dir.path, 'city-sync.secret.json')).mode & 0o777).toBe(0o600);

    h.openCounters(1);
    h.issue('KTP');
    h.issue('KK', 'hamil');
    expect((await h.callAsync('sync.status', {})).rowsPending).toBeGreaterThan(0);
    const pushed = await h.callAsync('sync.pushNow', {});
    expect(pushed).toMatchObject({ ok: true, rowsPending: 0, error: null });
    expect((await city.dashboard('2026-11-30', '2026-11-30')).offices[0].issued).toBe(2);

    await city.admin(`/admin/kiosks/${status.kioskId}/revoke`, {});
    h.issue('KTP');
    const after = await h.callAsync('sync.pushNow', {});
    expect(after.ok).toBe(false);
    const shown = await h.callAsync('sync.status', {});
    expect(shown.state).toBe('reenrol_required');
    expect(shown.lastError).toMatchObject({ code: 'reenrol_required', status: 401 });
    expect(shown.lastError?.pesan).toMatch(/daftarkan ulang/);
    expect(shown.rowsPending).toBeGreaterThan(0);

    const file = await h.callAsync('sync.exportFile', {});
    expect(file.writtenTo).toBeNull();
    expect(file.rows).toBe(shown.rowsPending);
  }, 30_000);
});
