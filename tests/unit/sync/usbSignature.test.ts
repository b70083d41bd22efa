import { createPublicKey, generateKeyPairSync, verify } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { signUsbFile } from '../../../src/main/sync/usbExport';
import { usbFileEnvelope, usbFilePayload } from '../../../src/shared/sync/usbFile';

const keys = generateKeyPairSync('ed25519');
const pem = keys.privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
const spki = keys.publicKey.export({ format: 'der', type: 'spki' });
const payload = {
  replicaId: '6f1c2a9e-3b4d-4e5f-8a7b-9c0d1e2f3a4b',
  kioskId: 'a1b2c3d4e5f6',
  createdAt: Date.UTC(2026, 10, 30),
  through: 42,
  rows: [{ date: '2026-11-30', metric: 'tickets.issued.KTP.regular', value: 12 }],
};

function check(content: string): boolean {
  const env = usbFileEnvelope.parse(JSON.parse(content));
  const key = createPublicKey({ key: spki, format: 'der', type: 'spki' });
  return verify(null, Buffer.from(env.payload, 'base64'), key, Buffer.from(env.signature, 'base64'));
}

describe('the signed USB file', () => {
  it('verifies with the enrolled public key and round-trips its payload', () => {
    const file = signUsbFile(payload, pem);
    expect(check(file.content)).toBe(true);
    const env = usbFileEnvelope.parse(JSON.parse(file.content));
    expect(usbFilePayload.parse(JSON.parse(Buffer.from(env.payload, 'base64').toString('utf8')))).toEqual(payload);
    expect(file.fileName).toMatch(/^loket-a1b2c3d4e5f6-20261130-000000-42\.loket\.json$/);
  });

  it('fails for a changed value, a changed signature or another kiosk\'s key', () => {
    const file = signUsbFile(payload, pem);
    const env = JSON.parse(file.content);
    const changed = Buffer.from(env.payload, 'base64').toString('utf8').replace('"value":12', '"value":120');
    expect(check(JSON.stringify({ ...env, payload: Buffer.from(changed).toString('base64') }))).toBe(false);
    const sig = Buffer.from(env.signature, 'base64');
    sig[0] = (sig[0] ?? 0) ^ 1;
    expect(check(JSON.stringify({ ...env, signature: sig.toString('base64') }))).toBe(false);
    const other = generateKeyPairSync('ed25519').privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
    expect(check(signUsbFile(payload, other).content)).toBe(false);
  });
});
