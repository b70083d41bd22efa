import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Caller } from '../../../src/main/auth/caller';
import type { OfficeConfigInput } from '../../../src/shared/config/officeConfig';
import { OfficeHarness } from '../../helpers/officeHarness';
import { testConfigInput } from '../../helpers/testConfig';

let h: OfficeHarness;
afterEach(() => h.close());

const BOSS: Caller = { role: 'supervisor', via: 'lan', session: { tokenHash: 'x', staffId: 1, staffName: 'Ibu Kepala', expiresAt: 0 } };

/** The test office's configuration as a supervisor would edit it, with one change applied. */
function edited(change: (c: Record<string, any>) => void): OfficeConfigInput {
  const c = testConfigInput() as Record<string, any>;
  change(c);
  return c as OfficeConfigInput;
}

describe('settings edited in the supervisor screen', () => {
  it('applies a new quota at once, saves it to the data folder and logs who changed what', () => {
    h = new OfficeHarness();
    h.call('settings.update', { config: edited((c) => (c.services[0].dailyQuota = 1)) }, BOSS);
    h.issue('KTP');
    expect(h.call('office.overview', {}).services[0]).toMatchObject({ code: 'KTP', availability: 'full', quota: 1 });
    const saved = JSON.parse(readFileSync(join(h.dir.path, 'office.json'), 'utf8'));
    expect(saved.services[0].dailyQuota).toBe(1);
    const got = h.call('settings.get', {}, BOSS);
    expect(got.changes[0]).toMatchObject({ by: 'Ibu Kepala', summary: ['services'] });
    expect(h.events.some((e) => e.type === 'config.changed')).toBe(true);
  });

  it('validates exactly like the file and changes nothing on bad input', () => {
    h = new OfficeHarness();
    const out = h.fail('settings.update', { config: edited((c) => (c.services[0].prefix = 'a1')) }, BOSS);
    expect(out.status).toBe(400);
    expect(out.error.problems).toEqual([expect.stringMatching(/^config\.services\[0\]\.prefix: must be one or two capital letters/)]);
    expect(existsSync(join(h.dir.path, 'office.json'))).toBe(false);
  });

  it('refuses to remove a service that still has people waiting', () => {
    h = new OfficeHarness();
    h.issue('KK');
    const out = h.fail(
      'settings.update',
      {
        config: edited((c) => {
          c.services = c.services.filter((s: { code: string }) => s.code !== 'KK');
          c.counters = c.counters.map((k: { services: string[] }) => ({ ...k, services: k.services.filter((s) => s !== 'KK') }));
        }),
      },
      BOSS,
    );
    expect(out.error.code).toBe('wrong_state');
    expect(out.error.problems?.[0]).toMatch(/KK still has 1 people waiting/);
    expect(h.call('office.overview', {}).services.map((s) => s.code)).toContain('KK');
  });

  it('asks to confirm a quota below what was already issued today, then applies it', () => {
    h = new OfficeHarness();
    h.issue('KTP');
    h.issue('KTP');
    const config = edited((c) => (c.services[0].dailyQuota = 1));
    const out = h.fail('settings.update', { config }, BOSS);
    expect(out.error.code).toBe('needs_confirmation');
    expect(out.error.problems?.[0]).toMatch(/dailyQuota: 1 is below the 2 numbers already taken today/);
    expect(h.call('office.overview', {}).services[0]?.quota).toBeNull();
    h.call('settings.update', { config, confirm: true }, BOSS);
    expect(h.call('office.overview', {}).services[0]?.quota).toBe(1);
  });

  it('is for supervisors only', () => {
    h = new OfficeHarness();
    expect(h.fail('settings.update', { config: edited(() => undefined) }, { role: 'counter', counter: 1, via: 'lan' }).status).toBe(403);
  });
});

describe('the configuration a start uses', () => {
  it('is the working copy in the data folder once the supervisor has saved one, else LOKET_CONFIG', async () => {
    const { configToStart, workingConfigPath } = await import('../../../src/main/config/workingConfig');
    h = new OfficeHarness();
    expect(configToStart(h.dir.path, 'resources/office.example.json')).toBe('resources/office.example.json');
    h.call('settings.update', { config: edited((c) => (c.office.name = 'Kantor Baru')) }, BOSS);
    expect(configToStart(h.dir.path, 'resources/office.example.json')).toBe(workingConfigPath(h.dir.path));
  });
});
