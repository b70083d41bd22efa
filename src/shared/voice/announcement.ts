/** Plans one spoken call: the clip sequence for the recorded voice and the text for captions/speech fallback. */
import { englishNumberText } from './englishNumberWords';
import { PHRASE_CLIPS, letterClipId } from './clipIds';
import { assertSpokenNumber, numberText, numberWords } from './numberWords';
import { parseTicketLabel, type SpokenTicket } from './ticketLabel';

export type VoiceLanguage = 'id' | 'en';

export interface AnnouncementRequest {
  /** As printed, e.g. "A-112" or "KK-007". */
  ticketLabel: string;
  counterNumber: number;
  /** Shown and spoken by the speech fallback only: recorded clips cannot say free-form names. */
  counterName?: string;
  /** A repeated call for a visitor who has not come yet. */
  recall?: boolean;
  language: VoiceLanguage;
}

export interface Announcement {
  ticketLabel: string;
  counterNumber: number;
  language: VoiceLanguage;
  /** Voice-pack clip ids in play order; empty for 'en', which has no recorded pack. */
  clips: readonly string[];
  /** The full sentence, for captions and for platform speech when clips cannot play. */
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

/** A name that only repeats "Loket 3" / "Counter 3" would be said twice, so it is left out of the text. */
function extraCounterName(counterName: string | undefined): string | null {
  const name = counterName?.trim() ?? '';
  if (name === '' || /^(loket|counter)\s*\d+$/i.test(name)) return null;
  return name;
}

function sentence(parts: { lead: string | null; ticket: string; goTo: string; name: string | null }): string {
  const call = `${parts.ticket}, ${parts.goTo}${parts.name === null ? '' : `, ${parts.name}`}.`;
  return parts.lead === null ? call : `${parts.lead}. ${call}`;
}

function ticketWords(ticket: SpokenTicket, words: string): string {
  return [...ticket.letters, words].join(' ');
}

export function planAnnouncement(request: AnnouncementRequest): Announcement {
  const ticket = parseTicketLabel(request.ticketLabel);
  assertCounterNumber(request.counterNumber);
  const recall = request.recall === true;
  const name = extraCounterName(request.counterName);
  const base = { ticketLabel: request.ticketLabel, counterNumber: request.counterNumber, language: request.language };

  if (request.language === 'en') {
    const text = sentence({
      lead: recall ? 'Repeat call' : null,
      ticket: `Number ${ticketWords(ticket, englishNumberText(ticket.number))}`,
      goTo: `please go to counter ${englishNumberText(request.counterNumber)}`,
      name,
    });
    return { ...base, clips: [], text };
  }

  const text = sentence({
    lead: recall ? 'Panggilan ulang' : null,
    ticket: `Nomor antrian ${ticketWords(ticket, numberText(ticket.number))}`,
    goTo: `silakan ke loket ${numberText(request.counterNumber)}`,
    name,
  });
  return { ...base, clips: indonesianClips(ticket, request.counterNumber, recall), text };
}
