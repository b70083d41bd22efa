import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadOfficeConfig } from '../../../src/main/config/loadConfig';
import { parseOfficeConfig } from '../../../src/shared/config/officeConfig';
import { testConfigInput } from '../../helpers/testConfig';

function problems(raw: unknown): string[] {
  const r = parseOfficeConfig(raw);
  return r.ok ? [] : r.problems;
}

describe('the office configuration', () => {
  it.each(['resources/office.example.json', 'resources/office.demo.json'])('accepts the shipped %s and fills the defaults', (path) => {
    const config = loadOfficeConfig(path);
    expect(config.office.timeZone).toBe('Asia/Makassar');
    expect(config.services.map((s) => s.code)).toContain('KTP');
    expect(config.priority.policy).toEqual({ mode: 'priority-first' });
  });

  it('defaults the time zone to Asia/Makassar', () => {
    const raw = testConfigInput();
    delete (raw.office as Record<string, unknown>).timeZone;
    const r = parseOfficeConfig(raw);
    expect(r.ok && r.config.office.timeZone).toBe('Asia/Makassar');
  });

  it('names every wrong field', () => {
    const raw = testConfigInput({
      services: [
        { code: 'KTP', name: { id: 'KTP-el', en: 'ID' }, prefix: 'a1', dailyQuota: 0 },
        { code: 'KTP', name: { id: 'Dua', en: 'Two' }, prefix: 'B', openingHours: { mon: ['15:00-08:00'] } },
      ],
      counters: [{ number: 1, name: 'Loket 1', services: ['KTP', 'PASPOR'] }],
    });
    (raw.office as Record<string, unknown>).timeZone = 'Asia/Kupang';
    const p = problems(raw);
    expect(p).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^office\.timeZone: is not an IANA time zone/),
        expect.stringMatching(/^services\[0\]\.prefix: must be one or two capital letters/),
        expect.stringMatching(/^services\[0\]\.dailyQuota: must be at least 1/),
        expect.stringMatching(/^services\[1\]\.openingHours\.mon\[0\]: the range ends before it starts/),
      ]),
    );
  });

  it('checks the cross references between services and counters', () => {
    const p = problems(
      testConfigInput({
        services: [
          { code: 'KTP', name: { id: 'KTP-el', en: 'ID' }, prefix: 'A' },
          { code: 'KTP', name: { id: 'Dua', en: 'Two' }, prefix: 'A' },
          { code: 'KK', name: { id: 'KK', en: 'KK' }, prefix: 'K' },
        ],
        counters: [
          { number: 1, name: 'Loket 1', services: ['KTP', 'PASPOR'] },
          { number: 1, name: 'Loket 1b', services: ['KTP'] },
        ],
      }),
    );
    expect(p).toEqual(
      expect.arrayContaining([
        'services[1].code: "KTP" is used by another service',
        'services[1].prefix: "A" is already the prefix of KTP; numbers would be ambiguous',
        'services[2].code: no counter serves "KK"; its visitors would never be called',
        'counters[1].number: counter 1 is listed twice',
        'counters[0].services[1]: "PASPOR" is not a service code of this office',
      ]),
    );
  });

  it('refuses unknown fields, so a typo is not silently ignored', () => {
    const raw = testConfigInput();
    (raw as Record<string, unknown>).langauge = 'en';
    expect(problems(raw).join('\n')).toMatch(/langauge/);
  });

  it('stops the start with the file name when the file is missing or not JSON', () => {
    const dir = mkdtempSync(join(tmpdir(), 'loket-cfg-'));
    expect(() => loadOfficeConfig(join(dir, 'nope.json'))).toThrow(/does not exist.*LOKET_CONFIG/);
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{ "office": ');
    const err = (() => {
      try {
        loadOfficeConfig(bad);
      } catch (e) {
        return e;
      }
    })();
    expect(err).toBeInstanceOf(ConfigError);
    expect((err as ConfigError).message).toContain(bad);
    expect((err as ConfigError).problems[0]).toMatch(/not valid JSON/);
  });
});
