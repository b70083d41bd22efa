import type { Language } from '../../shared/i18n/languages';

/** The fixed words of a ticket in each language. */
export interface TicketWords {
  queueNumber: string;
  priority: string;
  peopleAhead: string;
  people: (count: number) => string;
  estimatedWait: string;
  minutes: (count: number | null) => string;
  waitInstruction: string;
  /** What the QR code is for when it holds "LOKET:<id>" (no public address): the office's rating tablet. */
  scanQr: string;
  /** What the QR code is for when it opens the ticket's phone page (lan.publicUrl set). */
  scanQrPhone: string;
  /** The label of the phone code printed under that QR code, for a rating tablet. */
  phoneCode: string;
  reprintMark: string;
  /** Before a booked ticket's code: "Booking K7QM-3ZPA". */
  booking: string;
  /** A booked slot's time as read in the language ("10.30", "10:30"). */
  slotTime: (hhmm: string) => string;
}

const WORDS: Record<Language, TicketWords> = {
  id: {
    queueNumber: 'Nomor Antrian',
    priority: 'Prioritas',
    peopleAhead: 'Antrian di depan Anda',
    people: (count) => `${count} orang`,
    estimatedWait: 'Perkiraan waktu tunggu',
    minutes: (count) => (count === null ? '-' : count < 1 ? '< 1 menit' : `+/- ${count} menit`),
    waitInstruction: 'Silakan menunggu panggilan',
    scanQr: 'Pindai di tablet penilaian kantor ini',
    scanQrPhone: 'Pindai dengan ponsel (Wi-Fi kantor) untuk status & penilaian',
    phoneCode: 'Kode',
    reprintMark: 'CETAK ULANG',
    booking: 'Booking',
    slotTime: (hhmm) => `pukul ${hhmm.replace(':', '.')}`,
  },
  en: {
    queueNumber: 'Queue Number',
    priority: 'Priority',
    peopleAhead: 'People ahead of you',
    people: (count) => (count === 1 ? '1 person' : `${count} people`),
    estimatedWait: 'Estimated wait',
    minutes: (count) => (count === null ? '-' : count < 1 ? '< 1 min' : `approx. ${count} min`),
    waitInstruction: 'Please wait for your number',
    scanQr: "Scan at this office's rating tablet",
    scanQrPhone: 'Scan with your phone (office Wi-Fi) for status & rating',
    phoneCode: 'Code',
    reprintMark: 'REPRINT',
    booking: 'Booking',
    slotTime: (hhmm) => `at ${hhmm}`,
  },
};

export function ticketWords(language: Language): TicketWords {
  return WORDS[language];
}
