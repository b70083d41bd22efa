import { describe, expect, it } from 'vitest';
import { eventForZone } from '../../../src/main/lan/zoneEvents';
import type { LoketEvent } from '../../../src/shared/api/events';
import type { CounterView, QueueSnapshot, TicketView } from '../../../src/shared/api/schemas';
import { displayZoneView, snapshotOfServices, zoneServiceCodes } from '../../../src/shared/config/displayZones';
import { mppConfig } from '../../helpers/mppConfig';

const zoned = mppConfig({
  display: {
    recentCalls: 6,
    zones: [
      { id: 'lantai-1', name: { id: 'Lantai 1', en: 'Ground floor' }, agencies: ['DUKCAPIL'] },
      { id: 'lantai-2', name: { id: 'Lantai 2', en: 'First floor' }, agencies: ['SAMSAT'] },
    ],
  },
  agencies: [
    { id: 'DUKCAPIL', name: { id: 'Dinas Dukcapil', en: 'Civil Registry' }, shortName: 'Dukcapil' },
    { id: 'SAMSAT', name: { id: 'Samsat Kota Kupang', en: 'Vehicle Tax Office' }, shortName: 'Samsat', runningText: { id: 'Bawa STNK asli.', en: 'Bring the vehicle papers.' } },
  ],
});

function ticket(serviceCode: string): TicketView {
  return {
    id: `t-${serviceCode}`,
    label: 'A-001',
    serviceCode,
    serviceName: { id: serviceCode, en: serviceCode },
    priorityReason: null,
    state: 'called',
    serviceDate: '2026-12-03',
    issuedAt: 1,
    calledAt: 2,
    startedAt: null,
    endedAt: null,
    counterNumber: 1,
    recallCount: 0,
  };
}

function counter(number: number, services: string[]): CounterView {
  return { number, name: `Loket ${number}`, services, state: 'open', pauseReason: null, stateSince: 1, current: null };
}

const called = (serviceCode: string): LoketEvent => ({
  type: 'ticket.called',
  seq: 1,
  payload: { callId: 1, ticket: ticket(serviceCode), counterNumber: 1, counterName: 'Loket 1', recall: false },
});

describe('zoneServiceCodes', () => {
  it("gives a zone its agencies' services", () => {
    expect([...(zoneServiceCodes(zoned, 'lantai-1') ?? [])]).toEqual(['KTP', 'KK']);
    expect([...(zoneServiceCodes(zoned, 'lantai-2') ?? [])]).toEqual(['PKB']);
  });

  it('gives the whole building to a display without a zone, and to every display of an office without zones', () => {
    expect(zoneServiceCodes(zoned, undefined)).toBeNull();
    expect(zoneServiceCodes(zoned, null)).toBeNull();
    expect(zoneServiceCodes(mppConfig({ display: { recentCalls: 6 } }), 'lantai-1')).toBeNull();
  });

  it('gives nothing to a zone the configuration no longer lists: its TV must not become a building TV', () => {
    expect(zoneServiceCodes(zoned, 'lantai-9')?.size).toBe(0);
    expect(displayZoneView(zoned, 'lantai-9')).toEqual({ id: 'lantai-9', name: { id: 'lantai-9', en: 'lantai-9' }, agencies: [], runningText: null });
  });

  it("uses the running text of a zone's only agency", () => {
    expect(displayZoneView(zoned, 'lantai-2').runningText).toEqual({ id: 'Bawa STNK asli.', en: 'Bring the vehicle papers.' });
    expect(displayZoneView(zoned, 'lantai-1').runningText).toBeNull();
  });
});

describe('eventForZone', () => {
  const floor1 = zoneServiceCodes(zoned, 'lantai-1');

  it("passes the zone's calls and drops other zones' calls and finished tickets", () => {
    expect(eventForZone(called('KTP'), floor1)).toEqual(called('KTP'));
    expect(eventForZone(called('PKB'), floor1)).toBeNull();
    const finished: LoketEvent = { type: 'ticket.finished', seq: 2, payload: { ticket: ticket('PKB'), counterNumber: 3 } };
    expect(eventForZone(finished, floor1)).toBeNull();
  });

  it("trims a queue change to the zone's services, and drops it when none is left", () => {
    const changed: LoketEvent = { type: 'queue.changed', seq: 3, payload: { serviceCodes: ['KK', 'PKB'] } };
    expect(eventForZone(changed, floor1)).toEqual({ type: 'queue.changed', seq: 3, payload: { serviceCodes: ['KK'] } });
    expect(eventForZone({ ...changed, payload: { serviceCodes: ['PKB'] } }, floor1)).toBeNull();
  });

  it("keeps counters serving the zone, and every event that names no service", () => {
    expect(eventForZone({ type: 'counter.changed', seq: 4, payload: { counter: counter(3, ['PKB']) } }, floor1)).toBeNull();
    expect(eventForZone({ type: 'counter.changed', seq: 4, payload: { counter: counter(1, ['KTP']) } }, floor1)).not.toBeNull();
    const settings: LoketEvent = { type: 'config.changed', seq: 5, payload: { by: 'Maria' } };
    expect(eventForZone(settings, floor1)).toBe(settings);
  });

  it('passes everything to the whole building', () => {
    expect(eventForZone(called('PKB'), null)).toEqual(called('PKB'));
  });
});

describe('snapshotOfServices', () => {
  it("shows a zone's services and the counters serving them", () => {
    const snapshot: QueueSnapshot = {
      serviceDate: '2026-12-03',
      services: ['KTP', 'KK', 'PKB'].map((code) => ({ code, name: { id: code, en: code }, waiting: [ticket(code)], held: [] })),
      counters: [counter(1, ['KTP', 'KK']), counter(3, ['PKB'])],
    };
    const floor2 = snapshotOfServices(snapshot, zoneServiceCodes(zoned, 'lantai-2'));
    expect(floor2.services.map((s) => s.code)).toEqual(['PKB']);
    expect(floor2.counters.map((c) => c.number)).toEqual([3]);
    expect(snapshotOfServices(snapshot, null)).toBe(snapshot);
  });
});
