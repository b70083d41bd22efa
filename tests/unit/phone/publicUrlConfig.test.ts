import { describe, expect, it } from 'vitest';
import { parseOfficeConfig } from '../../../src/shared/config/officeConfig';
import { officeHostNames } from '../../../src/main/office';
import { testConfig, testConfigInput } from '../../helpers/testConfig';

const withLan = (lan: unknown) => parseOfficeConfig(testConfigInput({ lan }));

describe('lan.publicUrl', () => {
  it('takes this office PC as phones on the office Wi-Fi reach it, without a trailing slash', () => {
    for (const [given, kept] of [
      ['http://192.168.1.10:5170/', 'http://192.168.1.10:5170'],
      ['https://loket.dukcapil.local', 'https://loket.dukcapil.local'],
      ['http://10.0.0.5', 'http://10.0.0.5'],
      ['http://[fd00::5]:5170', 'http://[fd00::5]:5170'],
    ] as const) {
      const result = withLan({ publicUrl: given });
      expect(result.ok && result.config.lan?.publicUrl, given).toBe(kept);
    }
  });

  it('refuses anything else, naming the field', () => {
    for (const bad of ['192.168.1.10:5170', 'ftp://192.168.1.10', 'http://8.8.8.8:5170', 'http://192.168.1.10:5170/loket', 'http://a:b@192.168.1.10', 'http://192.168.1.10/?x=1', 'not a url']) {
      const result = withLan({ publicUrl: bad });
      expect(result.ok, bad).toBe(false);
      if (!result.ok) expect(result.problems.join('\n'), bad).toContain('lan.publicUrl');
    }
  });

  it('lets lan hold the public address alone, and the office answers to its host', () => {
    const config = testConfig({ lan: { publicUrl: 'http://192.168.1.10:5170' } });
    expect(config.lan).toEqual({ hostNames: [], publicUrl: 'http://192.168.1.10:5170' });
    expect(officeHostNames(config)).toEqual(['192.168.1.10']);
    expect(officeHostNames(testConfig({ lan: { hostNames: ['loket.local'], publicUrl: 'http://[fd00::5]:5170' } }))).toEqual(['loket.local', 'fd00::5']);
    expect(officeHostNames(testConfig())).toEqual([]);
  });
});
