import type { TicketLanguage } from './ticket-data';

/** The fixed words of a ticket in each language. */
export interface TicketWords {
  queueNumber: string;
  priority: string;
  peopleAhead: string;
  people: (count: number) => string;
  estimatedWait: string;
  minutes: (count: number | null) => string;
  waitInstruction: string;
  scanQr: string;
}

const WORDS: Record<TicketLanguage, TicketWords> = {
  id: {
    queueNumber: 'Nomor Antrian',
    priority: 'Prioritas',
    peopleAhead: 'Antrian di depan Anda',
    people: (count) => `${count} orang`,
    estimatedWait: 'Perkiraan waktu tunggu',
    minutes: (count) => (count === null ? '-' : count < 1 ? '< 1 menit' : `+/- ${count} menit`),
    waitInstruction: 'Silakan menunggu panggilan',
    scanQr: 'Pindai untuk status & penilaian',
  },
  en: {
    queueNumber: 'Queue Number',
    priority: 'Priority',
    peopleAhead: 'People ahead of you',
    people: (count) => (count === 1 ? '1 person' : `${count} people`),
    estimatedWait: 'Estimated wait',
    minutes: (count) => (count === null ? '-' : count < 1 ? '< 1 min' : `approx. ${count} min`),
    waitInstruction: 'Please wait for your number',
    scanQr: 'Scan for status & rating',
  },
};

export function ticketWords(language: TicketLanguage): TicketWords {
  return WORDS[language];
}
