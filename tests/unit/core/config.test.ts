import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findJsonSyntaxError } from '../../../src/main/config/jsonSyntax';
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
    expect((err as ConfigError).problems).toEqual([
      'the file is not valid JSON at line 1, column 13: the file ends too early (a closing "}", "]" or quote is missing, or the file was cut off)',
    ]);
  });

  it('reads a file saved with a byte-order mark (Windows Notepad), in UTF-8 or UTF-16', () => {
    const dir = mkdtempSync(join(tmpdir(), 'loket-cfg-'));
    const json = JSON.stringify(testConfigInput({ office: { ...(testConfigInput().office as object), name: 'Kantor Camat Oebobo – Kupang' } }), null, 2);
    const utf8 = join(dir, 'utf8-bom.json');
    writeFileSync(utf8, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(json, 'utf8')]));
    expect(loadOfficeConfig(utf8).office.name).toBe('Kantor Camat Oebobo – Kupang');
    const utf16 = join(dir, 'utf16-bom.json');
    writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(json, 'utf16le')]));
    expect(loadOfficeConfig(utf16).office.name).toBe('Kantor Camat Oebobo – Kupang');
    const utf16be = join(dir, 'utf16be.json');
    writeFileSync(utf16be, Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(json, 'utf16le').swap16()]));
    expect(() => loadOfficeConfig(utf16be)).toThrow(/saved as UTF-16 big-endian; save it as UTF-8/);
  });

  it('finds a syntax error exactly when JSON.parse does, for each punctuation mark (and every 8th letter) cut from or doubled in the example', () => {
    const text = readFileSync('resources/office.example.json', 'utf8');
    const fails = (t: string) => {
      try {
        JSON.parse(t);
        return false;
      } catch {
        return true;
      }
    };
    const disagreements: number[] = [];
    for (let i = 0; i < text.length; i++) {
      if (/[A-Za-z ]/.test(text.charAt(i)) && i % 8 !== 0) continue;
      for (const variant of [text.slice(0, i) + text.slice(i + 1), text.slice(0, i) + text.charAt(i) + text.slice(i)]) {
        if ((findJsonSyntaxError(variant) !== null) !== fails(variant)) disagreements.push(i);
      }
    }
    expect(disagreements).toEqual([]);
  });

  it.each([
    ['a missing value', '{\n  "office": {\n    "id": }\n}\n', 'line 3, column 11: found "}" where a value was expected'],
    ['a trailing comma', '{\n  "language": "id",\n}', 'line 3, column 1: a comma before "}" (remove the last comma)'],
    ['a missing comma', '{\n  "language": "id"\n  "services": []\n}', 'line 3, column 3: expected "," or "}" but found a double quote (a comma may be missing)'],
    ['a Windows path', '{\n\t"sync": { "exportFolders": ["D:\\Loket"] }\n}', 'line 2, column 33: "\\L" is not a JSON escape (write "\\\\" for a backslash, e.g. in a Windows path)'],
    ['single quotes', "{ 'language': 'id' }", 'line 1, column 3: expected a name in double quotes but found a single quote (names and texts need double quotes)'],
    ['a comment', '// kantor\n{}', 'line 1, column 1: found a "/" (comments are not allowed in JSON) where a value was expected'],
    ['text after the end', '{}\n\n}', 'line 3, column 1: found "}" after the end of the document'],
    ['a file cut off', '{\n  "office": { "name": "Kantor', 'line 2, column 30: the file ends too early (a closing "}", "]" or quote is missing, or the file was cut off)'],
    ['an empty file', '', 'line 1, column 1: the file ends too early (a closing "}", "]" or quote is missing, or the file was cut off)'],
  ])('names the line and column of %s', (_, text, where) => {
    const dir = mkdtempSync(join(tmpdir(), 'loket-cfg-'));
    const file = join(dir, 'office.json');
    writeFileSync(file, `\ufeff${text}`);
    expect(() => loadOfficeConfig(file)).toThrow(new ConfigError(file, [`the file is not valid JSON at ${where}`]));
  });
});
