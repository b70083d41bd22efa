import { generateKeyPairSync } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Caller } from '../../../src/main/auth/caller';
import { publicKeyText } from '../../../src/main/update/releaseSignature';
import { parseOfficeConfig, type OfficeConfigInput } from '../../../src/shared/config/officeConfig';
import { OfficeHarness } from '../../helpers/officeHarness';
import { testConfig, testConfigInput } from '../../helpers/testConfig';

const BOSS: Caller = { role: 'supervisor', via: 'lan', session: { tokenHash: 'x', staffId: 1, staffName: 'Ibu Kepala', expiresAt: 0 } };
const key = publicKeyText(generateKeyPairSync('ed25519').publicKey);
const otherKey = publicKeyText(generateKeyPairSync('ed25519').publicKey);

let h: OfficeHarness | undefined;
afterEach(() => {
  h?.close();
  h = undefined;
});

describe('update.publicKey in the office configuration', () => {
  it('takes the key as release:sign prints it, and is optional', () => {
    const withKey = parseOfficeConfig(testConfigInput({ update: { publicKey: key } }));
    expect(withKey.ok && withKey.config.update).toEqual({ publicKey: key });
    const without = parseOfficeConfig(testConfigInput());
    expect(without.ok && without.config.update).toBeUndefined();
  });

  it('names the field when the key is not one', () => {
    const message =
      'update.publicKey: must be the city\'s release public key: 44 base64 characters ending in "=", as printed by npm run release:sign -- --generate-key';
    for (const publicKey of ['', 'AAAA', `${key.slice(0, 43)}`, '-----BEGIN PUBLIC KEY-----']) {
      const result = parseOfficeConfig(testConfigInput({ update: { publicKey } }));
      expect(result.ok ? [] : result.problems).toEqual([message]);
    }
    const extra = parseOfficeConfig(testConfigInput({ update: { publicKey: key, url: 'http://x' } }));
    expect(extra.ok ? [] : extra.problems).toEqual([expect.stringMatching(/^update: /)]);
  });

  it('cannot be set or changed from Pengaturan (a guessed PIN must not swap the key), and survives other changes', () => {
    h = new OfficeHarness();
    const set = h.fail('settings.update', { config: { ...testConfigInput(), update: { publicKey: key } } }, BOSS);
    expect(set.status).toBe(400);
    expect(set.error.problems).toEqual(['config.update.publicKey: only the configuration file on this PC can change the release key']);
    expect(existsSync(join(h.dir.path, 'office.json'))).toBe(false);
    h.close();

    h = new OfficeHarness(testConfig({ update: { publicKey: key } }));
    const swap = h.fail('settings.update', { config: { ...testConfigInput(), update: { publicKey: otherKey } } }, BOSS);
    expect(swap.error.problems).toEqual(['config.update.publicKey: only the configuration file on this PC can change the release key']);
    const removed = h.fail('settings.update', { config: testConfigInput() }, BOSS);
    expect(removed.error.problems).toEqual(['config.update.publicKey: only the configuration file on this PC can change the release key']);
    const config = { ...testConfigInput({ update: { publicKey: key } }), language: 'en' } as OfficeConfigInput;
    expect(h.call('settings.update', { config }, BOSS).config.update).toEqual({ publicKey: key });
  });
});
