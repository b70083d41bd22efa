import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROTOCOL_VERSION, SYNC_PATHS } from '../../../src/shared/sync/protocol';
import { BACKENDS, CityServerHarness } from './cityServerHarness';

const publicKey = () => generateKeyPairSync('ed25519').publicKey.export({ format: 'der', type: 'spki' }).toString('base64');
const enrolBody = (code: string, replicaId = randomUUID()) => ({ protocol: PROTOCOL_VERSION, code, replicaId, publicKey: publicKey(), label: 'kios' });
const ROW = [{ date: '2026-11-30', metric: 'tickets.issued.KTP.regular', value: 1 }];

describe.each(BACKENDS)('enrolment, rotation and revocation on %s', (backend) => {
  let city: CityServerHarness;

  beforeAll(async () => {
    city = await CityServerHarness.start(backend);
    await city.createOffice('kel-oebobo', 'Kelurahan Oebobo');
  }, 30_000);
  afterAll(() => city.close());

  it('stores only hashes: neither the code nor the token appears in the database', async () => {
    const code = await city.enrolmentCode('kel-oebobo');
    const r = await city.post(SYNC_PATHS.enrol, enrolBody(code));
    expect(r.status).toBe(200);
    expect(r.json.office).toEqual({ id: 'kel-oebobo', name: 'Kelurahan Oebobo' });
    expect(r.json.token.length).toBeGreaterThanOrEqual(43);
    const dump = JSON.stringify([
      await city.db.query('SELECT * FROM kiosks'),
      await city.db.query('SELECT * FROM enrolment_codes'),
    ]);
    expect(dump).not.toContain(r.json.token);
    expect(dump).not.toContain(code.replace(/-/g, ''));
  });

  it('uses a code once; a retry by the same replica (a lost reply) gets a fresh token', async () => {
    const code = await city.enrolmentCode('kel-oebobo');
    const body = enrolBody(code);
    const first = await city.post(SYNC_PATHS.enrol, body);
    const retry = await city.post(SYNC_PATHS.enrol, body);
    expect(retry.status).toBe(200);
    expect(retry.json.kioskId).toBe(first.json.kioskId);
    const other = await city.post(SYNC_PATHS.enrol, enrolBody(code));
    expect([other.status, other.json.error.code]).toEqual([403, 'enrolment_code_invalid']);
    const stale = await city.push({ token: first.json.token, kioskId: '', replicaId: body.replicaId, privateKeyPem: '' }, ROW, 1);
    expect(stale.status).toBe(401);
  });

  it('refuses an expired code and a key that is not Ed25519', async () => {
    const code = await city.enrolmentCode('kel-oebobo');
    const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 }).publicKey.export({ format: 'der', type: 'spki' }).toString('base64');
    const badKey = await city.post(SYNC_PATHS.enrol, { ...enrolBody(code), publicKey: rsa.slice(0, 200) });
    expect(badKey.status).toBe(400);
    city.nowMs += 15 * 86_400_000;
    try {
      const late = await city.post(SYNC_PATHS.enrol, enrolBody(code));
      expect([late.status, late.json.error.code]).toEqual([403, 'enrolment_code_invalid']);
    } finally {
      city.nowMs -= 15 * 86_400_000;
    }
  });

  it('rotates a token on the administrator\'s request: the old one works until the new one is first used', async () => {
    const kiosk = await city.enrol('kel-oebobo');
    expect((await city.push(kiosk, ROW, 1)).json.rotateToken).toBe(false);
    const page = await city.admin(`/admin/kiosks/${kiosk.kioskId}/rotate`, {});
    expect(page.status).toBe(200);
    expect((await city.push(kiosk, ROW, 2)).json.rotateToken).toBe(true);
    const rotated = await city.post(SYNC_PATHS.rotate, {}, kiosk.token);
    expect(rotated.status).toBe(200);
    expect((await city.push(kiosk, ROW, 3)).status).toBe(200);
    const next = { ...kiosk, token: rotated.json.token as string };
    const used = await city.push(next, ROW, 4);
    expect(used.status).toBe(200);
    expect(used.json.rotateToken).toBe(false);
    const old = await city.push(kiosk, ROW, 5);
    expect([old.status, old.json.error.code]).toEqual([401, 'reenrol_required']);
  });

  it('tells a revoked kiosk to re-enrol; re-enrolling the same replica keeps its counts, once', async () => {
    const kiosk = await city.enrol('kel-oebobo');
    await city.push(kiosk, [{ date: '2026-11-30', metric: 'tickets.issued.KK.regular', value: 7 }], 3);
    expect((await city.admin(`/admin/kiosks/${kiosk.kioskId}/revoke`, {})).status).toBe(200);
    const refused = await city.push(kiosk, ROW, 4);
    expect([refused.status, refused.json.error.code]).toEqual([401, 'reenrol_required']);
    expect(refused.json.error.message).toMatch(/revoked/);
    const again = await city.enrol('kel-oebobo', kiosk.replicaId);
    expect(again.kioskId).toBe(kiosk.kioskId);
    expect((await city.push(again, [{ date: '2026-11-30', metric: 'tickets.issued.KK.regular', value: 7 }], 3)).status).toBe(200);
    const dash = await city.dashboard('2026-11-30', '2026-11-30');
    const office = dash.offices.find((o: { officeId: string }) => o.officeId === 'kel-oebobo');
    expect(office.issued).toBeGreaterThanOrEqual(7);
    expect(await city.counters(kiosk.replicaId)).toContainEqual({ date: '2026-11-30', metric: 'tickets.issued.KK.regular', value: 7 });
  });

  it('keeps the admin pages behind sign-in', async () => {
    const res = await fetch(`${city.url}/admin/dashboard`, { redirect: 'manual' });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/admin/signin');
    const api = await fetch(`${city.url}/admin/api/dashboard`);
    expect(api.status).toBe(401);
  });
});
