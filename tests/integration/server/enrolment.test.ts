import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshToken, signRotation } from '../../../src/main/sync/kioskToken';
import { PROTOCOL_VERSION, SYNC_PATHS } from '../../../src/shared/sync/protocol';
import { BACKENDS, CityServerHarness, type TestKiosk } from './cityServerHarness';
import { hashToken } from '../../../src/main/auth/tokens';

const publicKey = () => generateKeyPairSync('ed25519').publicKey.export({ format: 'der', type: 'spki' }).toString('base64');
/** An enrolment request and the token the kiosk chose for it. */
function enrolRequest(code: string, replicaId: string = randomUUID()) {
  const token = freshToken();
  return { token, body: { protocol: PROTOCOL_VERSION, code, replicaId, requestId: randomUUID(), tokenHash: hashToken(token), publicKey: publicKey(), label: 'kios' } };
}
const enrolBody = (code: string, replicaId?: string) => enrolRequest(code, replicaId).body;
const asKiosk = (token: string, replicaId: string): TestKiosk => ({ token, kioskId: '', replicaId, privateKeyPem: '' });
/** A rotation request, signed with `privateKeyPem` (the kiosk's own key, or another one). */
function rotation(kiosk: TestKiosk, privateKeyPem = kiosk.privateKeyPem) {
  const token = freshToken();
  const requestId = randomUUID();
  const tokenHash = hashToken(token);
  return { token, body: { protocol: PROTOCOL_VERSION, requestId, tokenHash, signature: signRotation(privateKeyPem, kiosk.replicaId, requestId, tokenHash) } };
}
const ROW = [{ date: '2026-11-30', metric: 'tickets.issued.KTP.regular', value: 1 }];

describe.each(BACKENDS)('enrolment, rotation and revocation on %s', (backend) => {
  let city: CityServerHarness;
  const countKiosks = async () => (await city.db.query('SELECT id FROM kiosks')).length;

  beforeAll(async () => {
    city = await CityServerHarness.start(backend);
    await city.createOffice('kel-oebobo', 'Kelurahan Oebobo');
  }, 30_000);
  afterAll(() => city.close());

  it('stores only hashes: neither the code nor the token appears in the database, and the token never travels', async () => {
    const code = await city.enrolmentCode('kel-oebobo');
    const { token, body } = enrolRequest(code);
    const r = await city.post(SYNC_PATHS.enrol, body);
    expect(r.status).toBe(200);
    expect(r.json).toEqual({
      ok: true,
      requestId: body.requestId,
      kioskId: expect.any(String),
      office: { id: 'kel-oebobo', name: 'Kelurahan Oebobo' },
      // The city's booking public key (SPKI DER of an Ed25519 key), for checking bookings offline.
      bookingKey: expect.stringMatching(/^MCowBQYDK2VwAyEA[A-Za-z0-9+/]{43}=$/),
    });
    const dump = JSON.stringify([
      await city.db.query('SELECT * FROM kiosks'),
      await city.db.query('SELECT * FROM enrolment_codes'),
    ]);
    expect(dump).not.toContain(token);
    expect(dump).not.toContain(code.replace(/-/g, ''));
    expect((await city.push(asKiosk(token, body.replicaId), ROW, 1)).status).toBe(200);
  });

  it("refuses a code made for another office than the kiosk's configured one, and the code stays good for the right kiosk", async () => {
    const code = await city.enrolmentCode('kel-oebobo');
    const kiosksBefore = await countKiosks();
    const wrong = await city.post(SYNC_PATHS.enrol, { ...enrolBody(code), officeId: 'dukcapil-kupang' });
    expect([wrong.status, wrong.json.error.code]).toEqual([409, 'wrong_office']);
    expect(wrong.json.error.message).toMatch(/made for office "kel-oebobo".*configured as office "dukcapil-kupang"/);
    expect(await countKiosks()).toBe(kiosksBefore);
    const right = await city.post(SYNC_PATHS.enrol, { ...enrolBody(code), officeId: 'kel-oebobo' });
    expect(right.status).toBe(200);
  });

  it('answers copies of one enrolment arriving at the same moment the same, never with an error', async () => {
    // Repeated: the copies race for the code's row and the kiosk's replica; each race must end in one kiosk.
    for (let round = 0; round < 8; round++) {
      const { body } = enrolRequest(await city.enrolmentCode('kel-oebobo'));
      const answers = await Promise.all([1, 2, 3].map(() => city.post(SYNC_PATHS.enrol, body)));
      expect(answers.map((a) => a.status)).toEqual([200, 200, 200]);
      expect(new Set(answers.map((a) => a.json.kioskId)).size).toBe(1);
    }
  }, 30_000);

  it('answers a duplicated enrolment (the same request twice) the same, and the token stays alive', async () => {
    const code = await city.enrolmentCode('kel-oebobo');
    const { token, body } = enrolRequest(code);
    const [first, copy] = await Promise.all([city.post(SYNC_PATHS.enrol, body), city.post(SYNC_PATHS.enrol, body)]);
    expect([first.status, copy.status]).toEqual([200, 200]);
    expect(copy.json).toEqual(first.json);
    const again = await city.post(SYNC_PATHS.enrol, body);
    expect(again.json).toEqual(first.json);
    expect((await city.push(asKiosk(token, body.replicaId), ROW, 1)).status).toBe(200);
    // The code is spent for any other installation.
    const other = await city.post(SYNC_PATHS.enrol, enrolBody(code));
    expect([other.status, other.json.error.code]).toEqual([403, 'enrolment_code_invalid']);
  });

  it('lets the same replica enrol again with its code when the reply was lost and the kiosk starts afresh: the new token works, the lost one not', async () => {
    const code = await city.enrolmentCode('kel-oebobo');
    const lost = enrolRequest(code);
    await city.post(SYNC_PATHS.enrol, lost.body);
    const retry = enrolRequest(code, lost.body.replicaId);
    const answer = await city.post(SYNC_PATHS.enrol, retry.body);
    expect(answer.status).toBe(200);
    expect((await city.push(asKiosk(retry.token, lost.body.replicaId), ROW, 1)).status).toBe(200);
    expect((await city.push(asKiosk(lost.token, lost.body.replicaId), ROW, 2)).status).toBe(401);
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

  it("rotates a token on the administrator's request: the old one works until the new one is first used", async () => {
    const kiosk = await city.enrol('kel-oebobo');
    expect((await city.push(kiosk, ROW, 1)).json.rotateToken).toBe(false);
    const page = await city.admin(`/admin/kiosks/${kiosk.kioskId}/rotate`, {});
    expect(page.status).toBe(200);
    expect((await city.push(kiosk, ROW, 2)).json.rotateToken).toBe(true);
    const { token, body } = rotation(kiosk);
    const rotated = await city.post(SYNC_PATHS.rotate, body, kiosk.token);
    expect(rotated.json).toEqual({ ok: true, requestId: body.requestId });
    expect((await city.push(kiosk, ROW, 3)).status).toBe(200);
    const used = await city.push({ ...kiosk, token }, ROW, 4);
    expect(used.status).toBe(200);
    expect(used.json.rotateToken).toBe(false);
    const old = await city.push(kiosk, ROW, 5);
    expect([old.status, old.json.error.code]).toEqual([401, 'reenrol_required']);
  });

  it('answers a duplicated rotation the same, and keeps asking after a lost reply until the new token is used', async () => {
    const kiosk = await city.enrol('kel-oebobo');
    await city.admin(`/admin/kiosks/${kiosk.kioskId}/rotate`, {});
    const { token, body } = rotation(kiosk);
    const [first, copy] = await Promise.all([city.post(SYNC_PATHS.rotate, body, kiosk.token), city.post(SYNC_PATHS.rotate, body, kiosk.token)]);
    expect([first.status, copy.status]).toEqual([200, 200]);
    // The reply was lost: the kiosk still holds the old token, and the city still asks for the rotation.
    expect((await city.push(kiosk, ROW, 1)).json.rotateToken).toBe(true);
    const retried = await city.post(SYNC_PATHS.rotate, body, kiosk.token);
    expect(retried.json).toEqual({ ok: true, requestId: body.requestId });
    const used = await city.push({ ...kiosk, token }, ROW, 2);
    expect([used.status, used.json.rotateToken]).toEqual([200, false]);
  });

  it('refuses a rotation not signed with the kiosk\'s own key: a leaked token alone cannot take the kiosk over', async () => {
    const kiosk = await city.enrol('kel-oebobo');
    const thief = generateKeyPairSync('ed25519').privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
    const { token, body } = rotation(kiosk, thief);
    const refused = await city.post(SYNC_PATHS.rotate, body, kiosk.token);
    expect([refused.status, refused.json.error.code]).toEqual([422, 'bad_signature']);
    expect((await city.post(SYNC_PATHS.rotate, {}, kiosk.token)).status).toBe(400);
    expect((await city.push({ ...kiosk, token }, ROW, 1)).status).toBe(401);
    expect((await city.push(kiosk, ROW, 2)).status).toBe(200);
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
