import { describe, expect, it } from 'vitest';
import type { OfficeOverview, ServiceOverview } from '../../../src/shared/api/schemas';
import { agencyShortName, servicesOfZone, type DisplayZone } from '../../../src/renderer/src/screens/display/displayZone';

function service(code: string, agency: string | null): ServiceOverview {
  return {
    code,
    name: { id: code, en: code },
    hint: null,
    prefix: code.slice(0, 1),
    availability: 'open',
    waiting: 2,
    priorityOffered: false,
    quota: null,
    issuedToday: 3,
    opensAt: null,
    agency,
  };
}

const services = [service('KTP', 'DUKCAPIL'), service('PKB', 'SAMSAT'), service('PASPOR', 'IMIGRASI')];
const agencies: OfficeOverview['agencies'] = [
  { id: 'DUKCAPIL', name: { id: 'Dinas Dukcapil', en: 'Civil Registry' }, shortName: 'Dukcapil', logoUrl: null },
  { id: 'SAMSAT', name: { id: 'Samsat', en: 'Vehicle Tax Office' }, shortName: 'Samsat', logoUrl: null },
];
const floor1: DisplayZone = { id: 'lantai-1', name: { id: 'Lantai 1', en: 'Ground floor' }, agencies: ['DUKCAPIL', 'IMIGRASI'], runningText: null };

describe('servicesOfZone', () => {
  it("lists only the zone's agencies' services as waiting", () => {
    expect(servicesOfZone(services, floor1).map((s) => s.code)).toEqual(['KTP', 'PASPOR']);
  });

  it('lists every service on a TV of the whole building', () => {
    expect(servicesOfZone(services, null)).toBe(services);
  });

  it('lists nothing for a zone the office no longer knows (no agencies)', () => {
    expect(servicesOfZone(services, { ...floor1, agencies: [] })).toEqual([]);
  });
});

describe('agencyShortName', () => {
  it("names the agency running the call's service", () => {
    expect(agencyShortName({ services, agencies }, 'PKB')).toBe('Samsat');
    expect(agencyShortName({ services, agencies }, 'KTP')).toBe('Dukcapil');
  });

  it('names none in a one-agency office, before the overview has loaded, or for an unknown service', () => {
    expect(agencyShortName({ services: [service('KTP', null)], agencies: [] }, 'KTP')).toBeUndefined();
    expect(agencyShortName(null, 'KTP')).toBeUndefined();
    expect(agencyShortName({ services, agencies }, 'XYZ')).toBeUndefined();
  });
});
