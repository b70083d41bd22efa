import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { issueSchema } from '../../../src/shared/api/errorParams';
import { OfficeHarness } from '../../helpers/officeHarness';
import { testConfig } from '../../helpers/testConfig';

/** A refused settings save names each field problem as an English line and as a rule the screen translates. */

let h: OfficeHarness;
beforeEach(() => {
  h = new OfficeHarness();
});
afterEach(() => h.close());

describe('settings.update refusals', () => {
  it('an invalid time zone comes back with its field and rule next to the English line', () => {
    const config = testConfig();
    const out = h.fail('settings.update', { config: { ...config, office: { ...config.office, timeZone: 'Mars/Olympus' } }, confirm: false });
    expect(out.status).toBe(400);
    expect(out.error.problems).toEqual(['config.office.timeZone: is not an IANA time zone (Kupang is "Asia/Makassar")']);
    expect(out.error.issues).toEqual([{ field: 'config.office.timeZone', rule: 'not_time_zone' }]);
    for (const issue of out.error.issues ?? []) expect(issueSchema.parse(issue)).toEqual(issue);
  });

  it('cross-field rules carry the figures their words need', () => {
    const config = testConfig();
    const services = config.services.map((s) => (s.code === 'KK' ? { ...s, prefix: 'A' } : s));
    const out = h.fail('settings.update', { config: { ...config, services }, confirm: false });
    expect(out.error.issues).toContainEqual({ field: 'config.services[1].prefix', rule: 'duplicate_prefix', params: { prefix: 'A', service: 'KTP' } });
  });

  it('a risky change lists its consequences as rules with params', () => {
    h.openCounters(3);
    h.issue('AKTA');
    h.issue('AKTA');
    const config = testConfig();
    const services = config.services.map((s) => (s.code === 'AKTA' ? { ...s, dailyQuota: 1 } : s));
    const out = h.fail('settings.update', { config: { ...config, services }, confirm: false });
    expect(out.error.code).toBe('needs_confirmation');
    expect(out.error.problems).toEqual([expect.stringMatching(/^services\.AKTA\.dailyQuota: 1 is below the 2 numbers/)]);
    expect(out.error.issues).toEqual([{ field: 'services.AKTA.dailyQuota', rule: 'quota_below_issued', params: { service: 'AKTA', quota: 1, issued: 2 } }]);
  });
});
