import { describe, expect, it } from 'vitest';
import { liveSnapshotRequest, type LiveSnapshotRequest } from '../../../src/shared/sync/liveSnapshot';
import { describeIssues } from '../../../src/shared/validation/describeIssues';

const HASH = 'a'.repeat(64);
const good = (): LiveSnapshotRequest => ({
  officeId: 'kel-oebobo',
  serviceDay: '2026-11-30',
  takenAt: Date.UTC(2026, 10, 30, 1, 0),
  expiresAt: Date.UTC(2026, 10, 30, 16, 0),
  services: [{ code: 'KTP', name: { id: 'KTP-el', en: 'ID card' }, open: true, waiting: 4, estimatedWaitMinutes: 18.5 }],
  tickets: [{ codeHash: HASH, label: 'A-004', serviceCode: 'KTP', state: 'waiting', aheadCount: 3, estimatedWaitMinutes: 14, counterNumber: null, counterName: null }],
});

/** The problems of a body, each naming its field, as the city's 400 answers them. */
const problems = (body: unknown): string[] => {
  const r = liveSnapshotRequest.safeParse(body);
  return r.success ? [] : describeIssues(r.error);
};

describe('the live snapshot an office sends the city', () => {
  it('accepts a snapshot of services and hashed phone codes', () => {
    expect(problems(good())).toEqual([]);
    expect(problems({ ...good(), tickets: [] })).toEqual([]);
  });

  it('takes a hash, never a phone code, and no field it does not know (a name)', () => {
    const t = good().tickets[0]!;
    expect(problems({ ...good(), tickets: [{ ...t, codeHash: '7K3MQ9XA2BWRT' }] })).toEqual(['tickets[0].codeHash: must be the hex SHA-256 of a phone code']);
    expect(problems({ ...good(), tickets: [{ ...t, codeHash: HASH.toUpperCase() }] })[0]).toMatch(/^tickets\[0\]\.codeHash/);
    expect(problems({ ...good(), tickets: [{ ...t, name: 'Budi' }] })[0]).toMatch(/^tickets\[0\]/);
    expect(problems({ ...good(), phoneCodes: ['7K3MQ9XA2BWRT'] })[0]).toMatch(/^\(root\)/);
  });

  it('refuses what no queue can hold, naming the field', () => {
    const t = good().tickets[0]!;
    const s = good().services[0]!;
    expect(problems({ ...good(), serviceDay: '30-11-2026' })).toEqual(['serviceDay: must be a date YYYY-MM-DD']);
    expect(problems({ ...good(), tickets: [{ ...t, state: 'done' }] })[0]).toMatch(/^tickets\[0\]\.state/);
    expect(problems({ ...good(), tickets: [{ ...t, aheadCount: -1 }] })[0]).toMatch(/^tickets\[0\]\.aheadCount/);
    expect(problems({ ...good(), services: [{ ...s, waiting: 1.5 }] })[0]).toMatch(/^services\[0\]\.waiting/);
    expect(problems({ ...good(), services: [{ ...s, estimatedWaitMinutes: 24 * 60 + 1 }] })[0]).toMatch(/^services\[0\]\.estimatedWaitMinutes/);
    expect(problems({ ...good(), expiresAt: good().takenAt })).toEqual(['expiresAt: must be after takenAt']);
  });

  it('refuses a code hash or a service twice', () => {
    const t = good().tickets[0]!;
    expect(problems({ ...good(), tickets: [t, { ...t, label: 'A-005' }] })).toEqual(['tickets: a code hash appears twice']);
    expect(problems({ ...good(), services: [good().services[0], good().services[0]] })).toEqual(['services: a service appears twice']);
  });
});
