import { describe, expect, it } from 'vitest';
import { isUnsurCode, SCORES, UNSUR, UNSUR_CODES } from '../../../src/shared/skm';

describe('unsur data', () => {
  it('lists the nine unsur in code order', () => {
    expect(UNSUR_CODES).toEqual(['U1', 'U2', 'U3', 'U4', 'U5', 'U6', 'U7', 'U8', 'U9']);
    expect(UNSUR.map((u) => u.code)).toEqual([...UNSUR_CODES]);
    expect(SCORES).toEqual([1, 2, 3, 4]);
  });

  it('keeps the regulation names, with Pengaduan as U9 and Sarana as U8', () => {
    expect(UNSUR.map((u) => u.name.id)).toEqual([
      'Persyaratan',
      'Sistem, Mekanisme, dan Prosedur',
      'Waktu Penyelesaian',
      'Biaya/Tarif',
      'Produk Spesifikasi Jenis Pelayanan',
      'Kompetensi Pelaksana',
      'Perilaku Pelaksana',
      'Sarana dan prasarana',
      'Penanganan Pengaduan, Saran dan Masukan',
    ]);
  });

  it('asks every question in the official form, with an English translation', () => {
    for (const unsur of UNSUR) {
      expect(unsur.question.id).toMatch(/^Bagaimana pendapat Saudara tentang .+\?$/);
      expect(unsur.question.en).toMatch(/^What is your opinion of .+\?$/);
    }
    expect(UNSUR[2]?.question.id).toBe('Bagaimana pendapat Saudara tentang kecepatan waktu dalam memberikan pelayanan?');
  });

  it('orders the four labels from score 1 (worst) to 4 (best)', () => {
    expect(UNSUR.map((u) => u.labels.map((l) => l.id))).toEqual([
      ['Tidak sesuai', 'Kurang sesuai', 'Sesuai', 'Sangat sesuai'],
      ['Tidak mudah', 'Kurang mudah', 'Mudah', 'Sangat mudah'],
      ['Tidak cepat', 'Kurang cepat', 'Cepat', 'Sangat cepat'],
      ['Sangat mahal', 'Cukup mahal', 'Murah', 'Gratis'],
      ['Tidak sesuai', 'Kurang sesuai', 'Sesuai', 'Sangat sesuai'],
      ['Tidak kompeten', 'Kurang kompeten', 'Kompeten', 'Sangat kompeten'],
      ['Tidak sopan dan ramah', 'Kurang sopan dan ramah', 'Sopan dan ramah', 'Sangat sopan dan ramah'],
      ['Buruk', 'Cukup', 'Baik', 'Sangat Baik'],
      ['Tidak ada', 'Ada tetapi tidak berfungsi', 'Berfungsi kurang maksimal', 'Dikelola dengan baik'],
    ]);
    for (const unsur of UNSUR) for (const label of unsur.labels) expect(label.en.length).toBeGreaterThan(0);
    expect(UNSUR[3]?.labels[3].en).toBe('Free');
  });

  it('recognises only U1–U9 as codes', () => {
    expect(isUnsurCode('U9')).toBe(true);
    expect(isUnsurCode('U10')).toBe(false);
    expect(isUnsurCode('u1')).toBe(false);
  });
});
