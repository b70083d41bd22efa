import { describe, expect, it } from 'vitest';
import type { PrintReport } from '../../../src/shared/api/schemas';
import type { IssuedTicket } from '../../../src/renderer/src/screens/kiosk/issuedTicket';
import { spokenConfirmation } from '../../../src/renderer/src/screens/kiosk/spokenConfirmation';

const printed: PrintReport = { outcome: 'printed', confirmed: true, voided: false, printer: { state: 'ok', detail: 'printer ready' } };

function ticket(patch: Partial<IssuedTicket>): IssuedTicket {
  return {
    label: 'A-012',
    serviceName: { id: 'KTP-el', en: 'ID card' },
    aheadCount: 3,
    estimatedWaitMinutes: 15,
    print: printed,
    ...patch,
  } as IssuedTicket;
}

describe('spokenConfirmation (what voice guidance says once a number is issued)', () => {
  it('says the number in words, the service, the people ahead, the wait, the paper and where to wait', () => {
    expect(spokenConfirmation('id', ticket({}))).toBe(
      'Nomor antrian Anda A dua belas, untuk layanan KTP-el. Antrian di depan Anda: 3. Perkiraan waktu tunggu: sekitar 15 menit. ' +
        'Silakan ambil tiket Anda. Silakan duduk di ruang tunggu. Nomor Anda akan dipanggil dengan suara dan tampil di layar televisi.',
    );
  });

  it('says "you are next" without a wait, in English too', () => {
    expect(spokenConfirmation('en', ticket({ aheadCount: 0, estimatedWaitMinutes: 0 }))).toMatch(
      /^Your number is A twelve, for ID card\. You are next\. .*Please take a seat in the waiting area\./,
    );
  });

  it('says only that the number was cancelled when the paper failed under the void policy', () => {
    const said = spokenConfirmation('id', ticket({ print: { ...printed, outcome: 'failed', confirmed: false, voided: true } }));
    expect(said).toMatch(/dibatalkan/);
    expect(said).not.toMatch(/ruang tunggu/);
  });
});
