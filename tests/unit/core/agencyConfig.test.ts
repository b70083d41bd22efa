import { describe, expect, it } from 'vitest';
import { parseOfficeConfig, type OfficeConfigInput } from '../../../src/shared/config/officeConfig';
import { mppConfigInput } from '../../helpers/mppConfig';
import { testConfigInput } from '../../helpers/testConfig';

/** The test building (civil registry and Samsat, a zone for Samsat), changed by `change` before parsing. */
function mpp(change: (cfg: OfficeConfigInput) => void = () => {}): OfficeConfigInput {
  const cfg = mppConfigInput();
  change(cfg);
  return cfg;
}

function problems(raw: unknown): string[] {
  const r = parseOfficeConfig(raw);
  return r.ok ? [] : r.problems;
}

describe('agencies in the office configuration', () => {
  it('accepts a building of agencies, and a configuration without them as before', () => {
    const building = parseOfficeConfig(mpp());
    expect(building.ok && building.config.agencies?.map((a) => a.id)).toEqual(['DUKCAPIL', 'SAMSAT']);
    expect(building.ok && building.config.services.find((s) => s.code === 'PKB')?.agency).toBe('SAMSAT');
    const single = parseOfficeConfig(testConfigInput());
    expect(single.ok && single.config.agencies).toBeUndefined();
  });

  it("refuses a counter that serves another agency's service, naming the field", () => {
    const p = problems(mpp((cfg) => (cfg.counters[1] = { number: 2, name: 'Loket 2', services: ['PKB', 'KK'], agency: 'SAMSAT' })));
    expect(p).toEqual([expect.stringMatching(/^counters\[1\]\.services\[1\]: "KK" is a service of DUKCAPIL; counter 2 belongs to SAMSAT/)]);
  });

  it('refuses a ticket prefix used twice in the building, across agencies', () => {
    const p = problems(mpp((cfg) => (cfg.services[2] = { ...cfg.services[2], prefix: 'A' } as OfficeConfigInput['services'][number])));
    expect(p).toEqual([expect.stringMatching(/^services\[2\]\.prefix: "A" is already the prefix of KTP/)]);
  });

  it('refuses a display zone naming an unknown agency, naming the field', () => {
    const p = problems(mpp((cfg) => cfg.display?.zones?.[0]?.agencies.push('IMIGRASI')));
    expect(p).toEqual([expect.stringMatching(/^display\.zones\[0\]\.agencies\[1\]: "IMIGRASI" is not an agency of this building/)]);
  });

  it('asks every service and counter to name its agency once agencies are listed', () => {
    const p = problems(
      mpp((cfg) => {
        delete cfg.services[0]?.agency;
        cfg.counters[0] = { ...cfg.counters[0], agency: 'BPJS' } as OfficeConfigInput['counters'][number];
      }),
    );
    expect(p).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^services\[0\]\.agency: the configuration lists agencies/),
        expect.stringMatching(/^counters\[0\]\.agency: "BPJS" is not an agency of this building/),
      ]),
    );
  });

  it('refuses an agency named where none are listed, an agency listed twice or running nothing, and a logo that is a path', () => {
    const single = testConfigInput() as OfficeConfigInput;
    (single.services[0] as { agency?: string }).agency = 'DUKCAPIL';
    expect(problems(single)).toEqual([expect.stringMatching(/^services\[0\]\.agency: names agency "DUKCAPIL", but the configuration lists no agencies/)]);

    const p = problems(
      mpp((cfg) => {
        cfg.agencies?.push({ id: 'SAMSAT', name: { id: 'Lagi', en: 'Again' }, shortName: 'Lagi' });
        cfg.agencies?.push({ id: 'BPJS', name: { id: 'BPJS Kesehatan', en: 'Health insurance' }, shortName: 'BPJS', logo: '../../etc/passwd' });
      }),
    );
    expect(p).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^agencies\[2\]\.id: agency "SAMSAT" is listed twice/),
        expect.stringMatching(/^agencies\[3\]\.id: agency "BPJS" runs no service/),
        expect.stringMatching(/^agencies\[3\]\.logo: must be a file name in the "logos" folder/),
      ]),
    );
  });
});
