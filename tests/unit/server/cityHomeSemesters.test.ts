import { describe, expect, it } from 'vitest';
import { semestersUpTo } from '../../../src/server/services/cityHome';

describe("the public page's IKM trend by SKM semester", () => {
  it('gives the last four half-years, oldest first, the current one cut at today', () => {
    expect(semestersUpTo('2026-11-30')).toEqual([
      { year: 2025, half: 1, from: '2025-01-01', to: '2025-06-30' },
      { year: 2025, half: 2, from: '2025-07-01', to: '2025-12-31' },
      { year: 2026, half: 1, from: '2026-01-01', to: '2026-06-30' },
      { year: 2026, half: 2, from: '2026-07-01', to: '2026-11-30' },
    ]);
  });

  it('counts June in the first half and July in the second', () => {
    expect(semestersUpTo('2026-06-30').at(-1)).toEqual({ year: 2026, half: 1, from: '2026-01-01', to: '2026-06-30' });
    expect(semestersUpTo('2026-07-01').map((s) => `${s.year}/${s.half}`)).toEqual(['2025/1', '2025/2', '2026/1', '2026/2']);
  });
});
