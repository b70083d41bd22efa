import { describe, expect, it } from 'vitest';
import type { CallView, TicketView } from '../../../src/shared/api/schemas';
import { callFromEvent, mergeCalls, withRecent } from '../../../src/renderer/src/screens/display/recentCalls';

function ticket(id: string, label: string): TicketView {
  return {
    id,
    label,
    serviceCode: 'KTP',
    serviceName: { id: 'KTP-el', en: 'ID card' },
    priorityReason: null,
    state: 'called',
    serviceDate: '2026-11-30',
    issuedAt: 1,
    calledAt: 2,
    startedAt: null,
    endedAt: null,
    counterNumber: 1,
    recallCount: 0,
  };
}

function callOf(callId: number, ticketId: string, label: string, recall = false): CallView {
  return { callId, ticket: ticket(ticketId, label), counterNumber: 1, counterName: 'Loket 1', at: callId, recall };
}

describe('mergeCalls', () => {
  it('orders newest first and keeps at most the limit', () => {
    const merged = mergeCalls([callOf(1, 't1', 'A-001'), callOf(3, 't3', 'A-003')], [callOf(2, 't2', 'A-002'), callOf(4, 't4', 'A-004')], 3);
    expect(merged.map((c) => c.callId)).toEqual([4, 3, 2]);
  });

  it('lists a recalled ticket once, at the place of its recall', () => {
    const merged = mergeCalls([callOf(2, 't2', 'A-002'), callOf(1, 't1', 'A-001')], [callOf(3, 't1', 'A-001', true)], 10);
    expect(merged.map((c) => [c.callId, c.ticket.label, c.recall])).toEqual([
      [3, 'A-001', true],
      [2, 'A-002', false],
    ]);
  });

  it('does not duplicate a call that arrives twice', () => {
    const once = callOf(5, 't5', 'B-005');
    expect(mergeCalls([once], [once], 10)).toHaveLength(1);
  });
});

describe('withRecent', () => {
  it("drops calls the office no longer lists (yesterday's) but keeps pushed calls newer than its answer", () => {
    const current = [callOf(9, 'old', 'A-099'), callOf(12, 't12', 'A-003')];
    const recent = [callOf(11, 't11', 'A-002'), callOf(10, 't10', 'A-001')];
    expect(withRecent(current, recent, 10).map((c) => c.callId)).toEqual([12, 11, 10]);
  });

  it('keeps the screen as it is when the office lists no call and nothing was pushed', () => {
    expect(withRecent([], [], 5)).toEqual([]);
  });
});

describe('callFromEvent', () => {
  it('takes the call time from the ticket, or the arrival time without one', () => {
    const payload = { callId: 7, ticket: ticket('t7', 'A-007'), counterNumber: 3, counterName: 'Loket 3', recall: false };
    expect(callFromEvent(payload, 99)).toEqual({ ...payload, at: 2 });
    expect(callFromEvent({ ...payload, ticket: { ...payload.ticket, calledAt: null } }, 99).at).toBe(99);
  });
});
