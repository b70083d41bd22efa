import type { TicketPrintData } from '../../../src/main/printer/ticket-data';

/** 5 May 2025 09:41 in Makassar (WITA, UTC+8). */
export const ISSUED_AT = Date.UTC(2025, 4, 5, 1, 41);

export function sampleTicket(overrides: Partial<TicketPrintData> = {}): TicketPrintData {
  return {
    officeName: 'Kantor Kecamatan Sukamaju',
    serviceName: 'Perekaman KTP Elektronik',
    ticketLabel: 'A-017',
    issuedAtMs: ISSUED_AT,
    timeZone: 'Asia/Makassar',
    peopleAhead: 3,
    estimatedWaitMinutes: 12,
    qrPayload: 'http://192.168.1.10:8080/t/2025-05-05/A-017?k=9f3a',
    footerLines: ['Terima kasih atas kunjungan Anda'],
    language: 'id',
    ...overrides,
  };
}
