import { describe, expect, it } from 'vitest';
import type { QueueSnapshot, TicketView } from '../../../src/shared/api/schemas';
import { findTicket } from '../../../src/renderer/src/screens/supervisor/system/findTicket';

function ticket(label: string, id: string, state: TicketView['state']): TicketView {
  return {
    id,
    label,
    serviceCode: 'KTP',
    serviceName: { id: 'KTP-el', en: 'ID card' },
    priorityReason: null,
    state,
    serviceDate: '2026-03-14',
    issuedAt: 0,
    calledAt: null,
    startedAt: null,
    endedAt: null,
    counterNumber: null,
    recallCount: 0,
  };
}

const waiting = ticket('A-017', '00000000-0000-4000-8000-00000000a017', 'waiting');
const held = ticket('A-005', '00000000-0000-4000-8000-00000000a005', 'held');
const serving = ticket('B-112', '00000000-0000-4000-8000-00000000b112', 'serving');

const snapshot: QueueSnapshot = {
  serviceDate: '2026-03-14',
  services: [{ code: 'KTP', name: { id: 'KTP-el', en: 'ID card' }, waiting: [waiting], held: [held] }],
  counters: [
    { number: 1, name: 'Loket 1', services: ['KTP'], state: 'open', pauseReason: null, stateSince: 0, current: serving },
    { number: 2, name: 'Loket 2', services: ['KTP'], state: 'open', pauseReason: null, stateSince: 0, current: null },
  ],
};

describe('findTicket (Sistem › Cetak ulang nomor)', () => {
  it('finds a waiting number however it is typed', () => {
    for (const typed of ['A-017', 'a-017', 'A017', 'a17', 'A 17', ' A-17 ']) expect(findTicket(snapshot, typed)).toBe(waiting);
  });

  it('finds held tickets and the tickets at counters', () => {
    expect(findTicket(snapshot, 'A-005')).toBe(held);
    expect(findTicket(snapshot, 'b112')).toBe(serving);
  });

  it('finds a ticket by its scanned QR code', () => {
    expect(findTicket(snapshot, `LOKET:${serving.id}`)).toBe(serving);
    expect(findTicket(snapshot, `loket:${waiting.id.toUpperCase()}`)).toBe(waiting);
  });

  it('finds nothing for numbers no longer (or never) in the office, nor for an empty entry', () => {
    expect(findTicket(snapshot, 'A-170')).toBeNull();
    expect(findTicket(snapshot, 'B-017')).toBeNull();
    expect(findTicket(snapshot, '17')).toBeNull();
    expect(findTicket(snapshot, '  ')).toBeNull();
  });
});
