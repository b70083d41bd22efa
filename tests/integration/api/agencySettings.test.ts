import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Caller } from '../../../src/main/auth/caller';
import type { MethodInput } from '../../../src/shared/api/contract';
import { priorityPolicyAt } from '../../../src/shared/config/agencyOfService';
import { mppConfig } from '../../helpers/mppConfig';
import { OfficeHarness } from '../../helpers/officeHarness';

/**
 * settings.updateAgency on a real office over a real SQLite file and a real working configuration file:
 * Samsat's supervisor changes Samsat's part only; saved, applied live and audited like settings.update;
 * another agency's things and the building's rules are refused with the field named, and nothing changes.
 */
const BUILDING: Caller = { role: 'supervisor', via: 'test' };
const SAMSAT: Caller = {
  role: 'supervisor',
  via: 'test',
  agency: 'SAMSAT',
  session: { tokenHash: 'x', staffId: 7, staffName: 'Kepala Samsat', expiresAt: Number.MAX_SAFE_INTEGER },
};

let h: OfficeHarness;
beforeEach(() => {
  h = new OfficeHarness(mppConfig());
});
afterEach(() => h.close());

/** Samsat's part as its supervisor reads it, ready to send back. */
function samsatPart(): MethodInput<'settings.updateAgency'>['config'] {
  const { config } = h.call('settings.get', {}, SAMSAT);
  return {
    services: config.services.map(({ agency: _a, ...s }) => s),
    counters: config.counters.map(({ agency: _a, ...c }) => c),
    priorityPolicy: config.agencies?.[0]?.priorityPolicy,
  };
}

/** The working configuration file as saved so far (written on the first save). */
function savedFile(): string {
  const { savedTo } = h.call('settings.get', {}, BUILDING);
  try {
    return readFileSync(savedTo, 'utf8');
  } catch {
    return '(not written)';
  }
}

describe('an agency supervisor changes its own settings', () => {
  it("saves Samsat's target wait and priority rule to the file, applies them live and logs who did it", async () => {
    const part = samsatPart();
    const before = h.core.officeConfig;
    const out = await h.callAsync(
      'settings.updateAgency',
      { agency: 'SAMSAT', config: { ...part, services: part.services.map((s) => ({ ...s, targetWaitMinutes: 25 })), priorityPolicy: { mode: 'ratio', priorityPerRegular: 2 } }, confirm: false },
      SAMSAT,
    );
    // Answered as Samsat reads the settings: its part only.
    expect(out.config.services.map((s) => [s.code, s.targetWaitMinutes])).toEqual([['PKB', 25]]);
    expect(out.config.agencies?.map((a) => a.id)).toEqual(['SAMSAT']);

    const file = JSON.parse(savedFile()) as ReturnType<typeof mppConfig>;
    expect(file.services.find((s) => s.code === 'PKB')?.targetWaitMinutes).toBe(25);
    expect(file.agencies?.find((a) => a.id === 'SAMSAT')?.priorityPolicy).toEqual({ mode: 'ratio', priorityPerRegular: 2 });
    // Nothing of Dukcapil's or of the building's changed.
    expect(file.services.filter((s) => s.code !== 'PKB')).toEqual(before.services.filter((s) => s.code !== 'PKB'));
    expect(file.agencies?.find((a) => a.id === 'DUKCAPIL')).toEqual(before.agencies?.find((a) => a.id === 'DUKCAPIL'));
    expect(file.priority).toEqual(before.priority);

    const live = h.core.officeConfig;
    expect(live.services.find((s) => s.code === 'PKB')?.targetWaitMinutes).toBe(25);
    expect(priorityPolicyAt(live, { agency: 'SAMSAT' })).toEqual({ mode: 'ratio', priorityPerRegular: 2 });
    expect(priorityPolicyAt(live, { agency: 'DUKCAPIL' })).toEqual(before.priority.policy);
    expect(h.events).toContainEqual(expect.objectContaining({ type: 'config.changed', payload: { by: 'Kepala Samsat' } }));

    const log = h.call('settings.get', {}, BUILDING).changes;
    expect(log[0]).toEqual(expect.objectContaining({ by: 'Kepala Samsat', summary: ['agencies', 'services'] }));
  });

  it("refuses another agency, or Dukcapil's services and counters inside Samsat's part, with 403 and the file untouched", async () => {
    h.call('settings.update', { config: { ...h.core.officeConfig, services: h.core.officeConfig.services.map((s) => ({ ...s, targetWaitMinutes: 16 })) }, confirm: false }, BUILDING);
    const bytes = savedFile();
    const config = h.core.officeConfig;

    const dukcapil = h.call('settings.get', {}, BUILDING).config;
    const otherAgency = await h.failAsync(
      'settings.updateAgency',
      {
        agency: 'DUKCAPIL',
        config: { services: dukcapil.services.filter((s) => s.agency === 'DUKCAPIL').map(({ agency: _a, ...s }) => ({ ...s, targetWaitMinutes: 90 })), counters: [] },
      },
      SAMSAT,
    );
    expect([otherAgency.status, otherAgency.error.code]).toEqual([403, 'forbidden']);

    const part = samsatPart();
    const ktp = part.services.map((s) => ({ ...s, code: 'KTP', prefix: 'A', dailyQuota: 1 }));
    const smuggled = await h.failAsync('settings.updateAgency', { agency: 'SAMSAT', config: { ...part, services: [...part.services, ...ktp] } }, SAMSAT);
    expect(smuggled.status).toBe(403);
    expect(smuggled.error.issues).toEqual([{ field: 'config.services[1].code', rule: 'not_agency_service', params: { code: 'KTP', agency: 'SAMSAT' } }]);

    const counter = await h.failAsync('settings.updateAgency', { agency: 'SAMSAT', config: { ...part, counters: [...part.counters, { number: 1, name: 'Loket Samsat', services: ['PKB'] }] } }, SAMSAT);
    expect(counter.status).toBe(403);
    expect(counter.error.issues).toEqual([{ field: 'config.counters[1].number', rule: 'not_agency_counter', params: { number: 1, agency: 'SAMSAT' } }]);

    expect(savedFile()).toBe(bytes);
    expect(h.core.officeConfig).toEqual(config);
  });

  it('refuses a prefix another agency already uses, naming the field, with 400 and nothing changed', async () => {
    h.call('settings.update', { config: { ...h.core.officeConfig, services: h.core.officeConfig.services.map((s) => ({ ...s, targetWaitMinutes: 16 })) }, confirm: false }, BUILDING);
    const bytes = savedFile();
    const config = h.core.officeConfig;
    const part = samsatPart();
    // "A" is KTP's (Dukcapil), listed before PKB; "B" is KK's: either way the problem is at Samsat's field.
    for (const prefix of ['A', 'B']) {
      const out = await h.failAsync('settings.updateAgency', { agency: 'SAMSAT', config: { ...part, services: part.services.map((s) => ({ ...s, prefix })) } }, SAMSAT);
      expect([out.status, out.error.code]).toEqual([400, 'bad_request']);
      expect(out.error.issues).toEqual([{ field: 'config.services[0].prefix', rule: 'duplicate_prefix', params: { prefix, service: prefix === 'A' ? 'KTP' : 'KK' } }]);
    }
    // A counter of Samsat's serving Dukcapil's KTP breaks the building's agency rule: named at the counter's service.
    const mixed = await h.failAsync('settings.updateAgency', { agency: 'SAMSAT', config: { ...part, counters: part.counters.map((c) => ({ ...c, services: ['PKB', 'KTP'] })) } }, SAMSAT);
    expect(mixed.error.issues).toEqual([{ field: 'config.counters[0].services[1]', rule: 'counter_other_agency', params: { code: 'KTP', owner: 'DUKCAPIL', agency: 'SAMSAT' } }]);
    // Leaving its service or counter out would remove it: the building's business.
    const leftOut = await h.failAsync('settings.updateAgency', { agency: 'SAMSAT', config: { ...part, counters: [] } }, SAMSAT);
    expect(leftOut.error.issues).toEqual([{ field: 'config.counters', rule: 'agency_counter_left_out', params: { number: 3 } }]);
    expect(savedFile()).toBe(bytes);
    expect(h.core.officeConfig).toEqual(config);
  });

  it('asks to confirm a quota below what Samsat already issued today, at its field, then saves it', async () => {
    h.issue('PKB');
    h.issue('PKB');
    const part = samsatPart();
    const lower = { agency: 'SAMSAT', config: { ...part, services: part.services.map((s) => ({ ...s, dailyQuota: 1 })) } };
    const out = await h.failAsync('settings.updateAgency', lower, SAMSAT);
    expect([out.status, out.error.code]).toEqual([409, 'needs_confirmation']);
    expect(out.error.issues).toEqual([{ field: 'config.services[0].dailyQuota', rule: 'quota_below_issued', params: { service: 'PKB', quota: 1, issued: 2 } }]);
    await h.callAsync('settings.updateAgency', { ...lower, confirm: true }, SAMSAT);
    expect(h.core.officeConfig.services.find((s) => s.code === 'PKB')?.dailyQuota).toBe(1);
  });

  it("lets the building's supervisor change an agency's part too", async () => {
    const part = samsatPart();
    await h.callAsync('settings.updateAgency', { agency: 'SAMSAT', config: { ...part, runningText: { id: 'Bayar pajak tepat waktu', en: 'Pay on time' } } }, BUILDING);
    expect(h.core.officeConfig.agencies?.find((a) => a.id === 'SAMSAT')?.runningText).toEqual({ id: 'Bayar pajak tepat waktu', en: 'Pay on time' });
    expect((await h.failAsync('settings.updateAgency', { agency: 'PAJAK', config: part }, BUILDING)).error.code).toBe('not_found');
  });
});
