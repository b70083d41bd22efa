import { describe, expect, it } from 'vitest';
import { planAnnouncement } from '../../../src/shared/voice/announcement';

/** In a Mal Pelayanan Publik a call names the counter's agency after the counter (issue #18 point 3). */
describe('planAnnouncement with the agency', () => {
  it('says the agency\'s short name last: "nomor A-012, silakan ke loket 3, Dukcapil"', () => {
    const plan = planAnnouncement({ ticketLabel: 'A-012', counterNumber: 3, counterName: 'Loket 3', agencyName: 'Dukcapil', language: 'id' });
    expect(plan.text).toBe('Nomor antrian A dua belas, silakan ke loket tiga, Dukcapil.');
  });

  it('keeps the recorded clips without the agency: they cannot say a free-form name', () => {
    const withAgency = planAnnouncement({ ticketLabel: 'A-012', counterNumber: 3, agencyName: 'Dukcapil', language: 'id' });
    const without = planAnnouncement({ ticketLabel: 'A-012', counterNumber: 3, language: 'id' });
    expect(withAgency.clips).toEqual(without.clips);
    expect(withAgency.clips.at(-1)).toBe('tiga');
  });

  it('says a counter name and then the agency, and a recall as such', () => {
    const plan = planAnnouncement({ ticketLabel: 'F-001', counterNumber: 21, counterName: 'Meja Informasi', agencyName: 'Samsat', recall: true, language: 'id' });
    expect(plan.text).toBe('Panggilan ulang. Nomor antrian F satu, silakan ke loket dua puluh satu, Meja Informasi, Samsat.');
  });

  it('says the agency once when the counter name already carries it', () => {
    const plan = planAnnouncement({ ticketLabel: 'F-001', counterNumber: 21, counterName: 'Loket 21 Samsat', agencyName: 'Samsat', language: 'id' });
    expect(plan.text).toBe('Nomor antrian F satu, silakan ke loket dua puluh satu, Samsat.');
  });

  it('says it in English too', () => {
    const plan = planAnnouncement({ ticketLabel: 'D-007', counterNumber: 12, agencyName: 'Imigrasi', language: 'en' });
    expect(plan.text).toBe('Number D seven, please go to counter twelve, Imigrasi.');
  });

  it('says nothing more for an empty name (a one-agency office passes none)', () => {
    expect(planAnnouncement({ ticketLabel: 'A-1', counterNumber: 2, agencyName: '  ', language: 'id' }).text).toBe('Nomor antrian A satu, silakan ke loket dua.');
  });
});
