import { describe, expect, it } from 'vitest';
import { planAnnouncement, spokenTicketLabel } from '../../../src/shared/voice/announcement';
import { sentences } from '../../../src/shared/voice/sentences';
import { parseTicketLabel } from '../../../src/shared/voice/ticketLabel';

describe('planAnnouncement (id)', () => {
  it('plans "A-112" at counter 3', () => {
    const plan = planAnnouncement({ ticketLabel: 'A-112', counterNumber: 3, language: 'id' });
    expect(plan.clips).toEqual([
      'chime', 'nomor-antrian', 'huruf-a', 'seratus', 'dua', 'belas', 'silakan-ke', 'loket', 'tiga',
    ]);
    expect(plan.text).toBe('Nomor antrian A seratus dua belas, silakan ke loket tiga.');
  });

  it('spells every prefix letter and drops leading zeros', () => {
    const plan = planAnnouncement({ ticketLabel: 'KK-007', counterNumber: 12, language: 'id' });
    expect(plan.clips).toEqual([
      'chime', 'nomor-antrian', 'huruf-k', 'huruf-k', 'tujuh', 'silakan-ke', 'loket', 'dua', 'belas',
    ]);
    expect(plan.text).toBe('Nomor antrian K K tujuh, silakan ke loket dua belas.');
  });

  it('says "nol" for ticket zero and handles a label without prefix', () => {
    expect(planAnnouncement({ ticketLabel: 'B-000', counterNumber: 1, language: 'id' }).clips).toContain('nol');
    const plan = planAnnouncement({ ticketLabel: '045', counterNumber: 1, language: 'id' });
    expect(plan.clips).toEqual(['chime', 'nomor-antrian', 'empat', 'puluh', 'lima', 'silakan-ke', 'loket', 'satu']);
  });

  it('announces a recall as such, still ending with the counter', () => {
    const plan = planAnnouncement({ ticketLabel: 'C-020', counterNumber: 10, recall: true, language: 'id' });
    expect(plan.clips).toEqual([
      'chime', 'panggilan-ulang', 'nomor-antrian', 'huruf-c', 'dua', 'puluh', 'silakan-ke', 'loket', 'sepuluh',
    ]);
    expect(plan.text).toBe('Panggilan ulang. Nomor antrian C dua puluh, silakan ke loket sepuluh.');
  });

  it('adds a real counter name to the text but never replaces the spoken counter number', () => {
    const named = planAnnouncement({ ticketLabel: 'A-1', counterNumber: 2, counterName: 'Kependudukan', language: 'id' });
    expect(named.text).toBe('Nomor antrian A satu, silakan ke loket dua, Kependudukan.');
    expect(named.clips.slice(-2)).toEqual(['loket', 'dua']);
    const redundant = planAnnouncement({ ticketLabel: 'A-1', counterNumber: 2, counterName: 'Loket 2', language: 'id' });
    expect(redundant.text).toBe('Nomor antrian A satu, silakan ke loket dua.');
    const carrying = planAnnouncement({ ticketLabel: 'A-1', counterNumber: 6, counterName: 'Loket 6 · Informasi', language: 'id' });
    expect(carrying.text).toBe('Nomor antrian A satu, silakan ke loket enam, Informasi.');
    const other = planAnnouncement({ ticketLabel: 'A-1', counterNumber: 6, counterName: 'Loket 16', language: 'id' });
    expect(other.text).toBe('Nomor antrian A satu, silakan ke loket enam, Loket 16.');
  });

  it.each([
    [{ ticketLabel: 'A-1.5', counterNumber: 1 }, /Cannot speak ticket/],
    [{ ticketLabel: 'Ä-1', counterNumber: 1 }, /Cannot speak ticket/],
    [{ ticketLabel: '', counterNumber: 1 }, /Cannot speak ticket/],
    [{ ticketLabel: 'A-1000000', counterNumber: 1 }, /above 999999/],
    [{ ticketLabel: 'A-1', counterNumber: 0 }, /Counter number/],
    [{ ticketLabel: 'A-1', counterNumber: 2.5 }, /whole numbers/],
  ])('rejects %o', (request, error) => {
    expect(() => planAnnouncement({ ...request, language: 'id' })).toThrow(error);
  });
});

describe('planAnnouncement (en)', () => {
  it('produces English text and only the chime (no English words are recorded)', () => {
    const plan = planAnnouncement({ ticketLabel: 'A-112', counterNumber: 3, language: 'en' });
    expect(plan.text).toBe('Number A one hundred twelve, please go to counter three.');
    expect(plan.clips).toEqual(['chime']);
  });

  it('marks a recall', () => {
    const plan = planAnnouncement({ ticketLabel: 'KK-007', counterNumber: 3, recall: true, language: 'en' });
    expect(plan.text).toBe('Repeat call. Number K K seven, please go to counter three.');
  });
});

describe('parseTicketLabel', () => {
  it.each([
    ['A-112', ['A'], 112],
    ['kk-007', ['K', 'K'], 7],
    ['A112', ['A'], 112],
    [' 017 ', [], 17],
  ])('%s', (label, letters, number) => {
    expect(parseTicketLabel(label)).toEqual({ letters, number });
  });
});

describe('spokenTicketLabel', () => {
  it('says a printed number as the office voice does, without its leading zeros', () => {
    expect(spokenTicketLabel('A-012', 'id')).toBe('A dua belas');
    expect(spokenTicketLabel('KK-007', 'en')).toBe('K K seven');
  });
});

describe('sentences', () => {
  it('ends each part as a sentence once, so the voice pauses between them', () => {
    expect(sentences(['Bagaimana pelayanan kami hari ini?', ' Puas ', '', 'Sangat puas.'])).toBe('Bagaimana pelayanan kami hari ini? Puas. Sangat puas.');
  });
});
