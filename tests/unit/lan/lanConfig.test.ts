import { describe, expect, it } from 'vitest';
import { bodyLimitFor, PUBLIC_BODY_LIMIT } from '../../../src/main/lan/bodyLimits';
import { api, METHOD_NAMES } from '../../../src/shared/api/contract';
import { parseOfficeConfig } from '../../../src/shared/config/officeConfig';
import { testConfigInput } from '../../helpers/testConfig';

describe('the lan section of the office configuration', () => {
  const withNames = (hostNames: unknown) => parseOfficeConfig({ ...testConfigInput(), lan: { hostNames } });

  it('is optional and takes host names and IP addresses', () => {
    expect(parseOfficeConfig(testConfigInput()).ok).toBe(true);
    const result = withNames(['loket.kantor.local', 'KANTOR-PC', '192.168.1.10', 'fe80::1']);
    expect(result.ok && result.config.lan?.hostNames).toEqual(['loket.kantor.local', 'KANTOR-PC', '192.168.1.10', 'fe80::1']);
  });

  it('names the wrong entry: a URL, a port, a path, a wildcard or a bad address', () => {
    for (const bad of ['http://loket.local', 'loket.local:5170', 'loket.local/kiosk', '*.kantor.local', '999.1.1.1', '']) {
      const result = withNames(['loket.local', bad]);
      expect(result.ok ? [] : result.problems, bad).toEqual([
        'lan.hostNames[1]: must be a host name such as "loket.kantor.local" or an IP address such as "192.168.1.10", without "http://", port or path',
      ]);
    }
    const unknown = parseOfficeConfig({ ...testConfigInput(), lan: { hostnames: [] } });
    expect(unknown.ok ? [] : unknown.problems.join('\n')).toMatch(/^lan/m);
  });
});

describe('the LAN body limits', () => {
  it('give methods without a credential a small limit, derived from the contract', () => {
    for (const method of METHOD_NAMES) {
      if (api[method].roles === 'public') expect(bodyLimitFor(method), method).toBe(PUBLIC_BODY_LIMIT);
      else expect(bodyLimitFor(method), method).toBeGreaterThanOrEqual(64 * 1024);
    }
    expect(bodyLimitFor('auth.setup')).toBe(4096);
    expect(bodyLimitFor('settings.update')).toBeGreaterThan(bodyLimitFor('staff.create'));
  });
});
