import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { OfficeHarness } from '../../helpers/officeHarness';
import type { SyncClient } from '../../../src/main/sync/syncClient';
import { BACKENDS, CityServerHarness } from '../server/cityServerHarness';
import { kioskCounters, officeWork, syncClientFor } from './kioskSync';

describe.each(BACKENDS)('the USB file on %s', (backend) => {
  let city: CityServerHarness | undefined;
  let h: OfficeHarness | undefined;
  let sync: SyncClient | undefined;
  afterEach(async () => {
    await sync?.close();
    await city?.close();
    h?.close();
  });

  it('carries the pending counts to the import page, idempotently, and a tampered file is refused', async () => {
    city = await CityServerHarness.start(backend);
    await city.createOffice('van', 'Mobil Pelayanan Keliling');
    h = new OfficeHarness();
    sync = syncClientFor(h);
    await sync.enrol({ serverUrl: city.url, code: await city.enrolmentCode('van') });
    h.openCounters(1, 2, 3);
    for (let round = 0; round < 30; round++) officeWork(h, round);

    const file = sync.exportFile(`${h.dir.path}/usb`);
    expect(file.rows).toBe(kioskCounters(h).length);
    expect(file.writtenTo && readFileSync(file.writtenTo, 'utf8')).toBe(file.content);

    const envelope = JSON.parse(file.content);
    const payload = JSON.parse(Buffer.from(envelope.payload, 'base64').toString('utf8'));
    payload.rows[0].value += 100;
    const tampered = JSON.stringify({ ...envelope, payload: Buffer.from(JSON.stringify(payload)).toString('base64') });
    const refused = await city.importFile(tampered);
    expect([refused.status, refused.json.error.code]).toEqual([422, 'bad_signature']);
    expect(await city.counters(sync.status().replicaId)).toEqual([]);

    const first = await city.importFile(file.content);
    expect(first.status).toBe(200);
    expect(first.json).toMatchObject({ rows: file.rows, applied: file.rows });
    const second = await city.importFile(file.content);
    expect(second.json).toMatchObject({ applied: 0, unchanged: file.rows });
    expect(await city.counters(sync.status().replicaId)).toEqual(kioskCounters(h));

    // Back in Kupang with network: the same rows pushed again change nothing, later ones add up.
    for (let round = 30; round < 40; round++) officeWork(h, round);
    expect((await sync.pushNow()).error).toBeNull();
    expect(await city.counters(sync.status().replicaId)).toEqual(kioskCounters(h));
    const audit = await city.admin('/admin/import');
    expect(audit.text).toContain('ditolak');
    expect(audit.text).toContain('diimpor');
  }, 30_000);

  it('says why an old file or a revoked kiosk\'s file is refused, instead of "not signed in" or "damaged"', async () => {
    city = await CityServerHarness.start(backend);
    await city.createOffice('van', 'Mobil Pelayanan Keliling');
    h = new OfficeHarness();
    sync = syncClientFor(h);
    const enrolment = await sync.enrol({ serverUrl: city.url, code: await city.enrolmentCode('van') });
    h.openCounters(1, 2, 3);
    for (let round = 0; round < 10; round++) officeWork(h, round);
    const beforeReenrolment = sync.exportFile(`${h.dir.path}/usb`).content;

    // Enrolled again (a new key): the old file no longer verifies, and the answer says what to do.
    await sync.enrol({ serverUrl: city.url, code: await city.enrolmentCode('van') });
    const old = await city.importFile(beforeReenrolment);
    expect([old.status, old.json.error.code]).toEqual([422, 'bad_signature']);
    expect(old.json.error.message).toMatch(/enrolled with on .*a file made before that enrolment needs a new export/);
    expect(old.json.error.pesan).toContain('buat berkas baru di kios');

    // Revoked: the administrator is told so (409), not sent back to the sign-in (401).
    expect((await city.admin(`/admin/kiosks/${enrolment.kioskId}/revoke`, {})).status).toBe(200);
    const revoked = await city.importFile(sync.exportFile(`${h.dir.path}/usb`).content);
    expect([revoked.status, revoked.json.error.code]).toEqual([409, 'kiosk_revoked']);
    expect(revoked.json.error.pesan).toContain('daftarkan ulang');
    expect(await city.counters(sync.status().replicaId)).toEqual([]);
  }, 30_000);
});
