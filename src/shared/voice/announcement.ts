/**
 * Plans one spoken call: the sentence the office voice says (speech.audio, with the counter's configured
 * name) and the recorded clip sequence that says the call by number when the office voice cannot.
 */
import type { Language } from '../i18n/languages';
import { englishNumberText } from './englishNumberWords';
import { PHRASE_CLIPS, letterClipId } from './clipIds';
import { assertSpokenNumber, numberText, numberWords } from './numberWords';
import { parseTicketLabel, type SpokenTicket } from './ticketLabel';

export interface AnnouncementRequest {
  /** As printed, e.g. "A-112" or "KK-007". */
  ticketLabel: string;
  counterNumber: number;
  /** Said by the office voice after the number; the recorded clips cannot say free-form names. */
  counterName?: string;
  /**
   * In a Mal Pelayanan Publik, the short name of the counter's agency, said last ("…, silakan ke loket
   * tiga, Dukcapil"). Only the office voice says it: the recorded clips cannot say free-form names.
   */
  agencyName?: string;
  /** A repeated call for a visitor who has not come yet. */
  recall?: boolean;
  language: Language;
}

export interface Announcement {
  ticketLabel: string;
  counterNumber: number;
  language: Language;
  /** Voice-pack clip ids in play order, the chime first; only the chime for 'en', which has no recorded words. */
  clips: readonly string[];
  /** The full sentence the office voice says after the chime. */
  text: string;
}

function assertCounterNumber(n: number): void {
  assertSpokenNumber(n);
  if (n < 1) throw new RangeError(`Counter number must be 1 or more, got ${n}`);
}

function indonesianClips(ticket: SpokenTicket, counterNumber: number, recall: boolean): string[] {
  return [
    PHRASE_CLIPS.chime,
    ...(recall ? [PHRASE_CLIPS.recall] : []),
    PHRASE_CLIPS.ticketNumber,
    ...ticket.letters.map(letterClipId),
    ...numberWords(ticket.number),
    PHRASE_CLIPS.goTo,
    PHRASE_CLIPS.counter,
    ...numberWords(counterNumber),
  ];
}

/**
 * What the name adds to "loket <number>": a name that only repeats "Loket 3" / "Counter 3" would be said
 * twice, so it is left out, and "Loket 6 Informasi" adds only "Informasi".
 */
function extraCounterName(counterName: string | undefined, counterNumber: number): string | null {
  const name = (counterName ?? '').trim().replace(new RegExp(`^(loket|counter)\\s*0*${counterNumber}(?!\\d)[\\s,.:·-]*`, 'i'), '');
  return name === '' ? null : name;
}

function sentence(parts: { lead: string | null; ticket: string; goTo: string; names: readonly (string | null)[] }): string {
  const place = [parts.goTo, ...parts.names.filter((n): n is string => n !== null)].join(', ');
  const call = `${parts.ticket}, ${place}.`;
  return parts.lead === null ? call : `${parts.lead}. ${call}`;
}

function ticketWords(ticket: SpokenTicket, language: Language): string {
  return [...ticket.letters, language === 'en' ? englishNumberText(ticket.number) : numberText(ticket.number)].join(' ');
}

/** A printed ticket number as the office voice says it: "A-012" → "A dua belas" ("A twelve"). */
export function spokenTicketLabel(label: string, language: Language): string {
  return ticketWords(parseTicketLabel(label), language);
}

export function planAnnouncement(request: AnnouncementRequest): Announcement {
  const ticket = parseTicketLabel(request.ticketLabel);
  assertCounterNumber(request.counterNumber);
  const recall = request.recall === true;
  const name = extraCounterName(request.counterName, request.counterNumber);
  const agency = request.agencyName?.trim() || null;
  // "Loket 3 Dukcapil" already says the agency: said once.
  const names = [name, agency !== null && name?.toLowerCase().includes(agency.toLowerCase()) ? null : agency];
  const base = { ticketLabel: request.ticketLabel, counterNumber: request.counterNumber, language: request.language };

  if (request.language === 'en') {
    const text = sentence({
      lead: recall ? 'Repeat call' : null,
      ticket: `Number ${ticketWords(ticket, 'en')}`,
      goTo: `please go to counter ${englishNumberText(request.counterNumber)}`,
      names,
    });
    return { ...base, clips: [PHRASE_CLIPS.chime], text };
  }

  const text = sentence({
    lead: recall ? 'Panggilan ulang' : null,
    ticket: `Nomor antrian ${ticketWords(ticket, 'id')}`,
    goTo: `silakan ke loket ${numberText(request.counterNumber)}`,
    names,
  });
  return { ...base, clips: indonesianClips(ticket, request.counterNumber, recall), text };
}
