import { describe, expect, it } from 'vitest';
import { loadOfficeConfig } from '../../../src/main/config/loadConfig';

/** The running text of a shipped office says the same hours as its opening hours (issue 15: "Senin–Kamis" on a 24/7 demo). */
describe('the demo office', () => {
  it('is open around the clock and its running text says so, in both languages', () => {
    const config = loadOfficeConfig('resources/office.demo.json');
    for (const spans of Object.values(config.office.openingHours)) expect(spans).toEqual(['00:00-24:00']);
    const text = config.display.runningText;
    expect(text?.id).toContain('setiap hari, 24 jam');
    expect(text?.en).toContain('every day, 24 hours');
    // No weekday hours that the office does not keep.
    for (const words of [text?.id ?? '', text?.en ?? '']) expect(words).not.toMatch(/Senin|Jumat|Mon|Fri|08[.:]00/);
  });
});
