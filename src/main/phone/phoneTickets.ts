import type { MethodOutput, ParsedInput } from '../../shared/api/contract';
import { LoketError } from '../../shared/api/errors';
import type { PhoneTicketView } from '../../shared/api/methods/phone';
import { normalizePhoneCode } from '../../shared/domain/phoneCode';
import { ticketLabel } from '../../shared/domain/ticket';
import type { OfficeCore } from '../core/officeCore';
import type { RatingSource, RatingsService } from '../core/ratings/ratingsService';
import type { TicketProgress } from '../core/ticketProgress';
import type { PhoneCodeGuards } from './phoneCodeGuards';

/**
 * The ticket a phone code opens, and nothing else: what the phone page shows and the one rating it may
 * give. Unknown codes count against their source (phoneCodeGuards.ts); a closed day's code opens nothing.
 */
export class PhoneTickets {
  constructor(
    private readonly core: OfficeCore,
    private readonly ratings: RatingsService,
    private readonly guards: PhoneCodeGuards,
  ) {}

  /** The id of the ticket a code opens for this source, or the refusal. */
  open(rawCode: string, source: string): string {
    this.guards.check(source);
    const code = normalizePhoneCode(rawCode);
    const ticket = code === null ? undefined : this.core.ticketByPhoneCode(code);
    if (!ticket) {
      this.guards.miss(source, JSON.stringify(rawCode.slice(0, 20)));
      throw new LoketError('not_found', 'No ticket of this office has this code.');
    }
    if (ticket.serviceDate !== this.core.serviceDate()) {
      throw new LoketError('wrong_state', `This ticket was for ${ticket.serviceDate}; its page closed with that service day.`, undefined, { reason: 'other_day' });
    }
    return ticket.id;
  }

  /** What each ticket's phone shows now, from one read of the queue; a ticket whose day has closed has none. */
  views(ticketIds: readonly string[]): Map<string, PhoneTicketView> {
    const out = new Map<string, PhoneTicketView>();
    for (const [id, progress] of this.core.ticketProgress(ticketIds)) {
      if (progress.today) out.set(id, this.view(progress));
    }
    return out;
  }

  ticket(input: ParsedInput<'phone.ticket'>, source: string): MethodOutput<'phone.ticket'> {
    const id = this.open(input.code, source);
    const view = this.views([id]).get(id);
    if (!view) throw new LoketError('wrong_state', 'This ticket\'s service day has just closed.', undefined, { reason: 'other_day' });
    return view;
  }

  rateQuick(input: ParsedInput<'phone.rateQuick'>, source: string): MethodOutput<'phone.rateQuick'> {
    const id = this.open(input.code, source);
    return { ratingId: this.ratings.quick({ face: input.face, ticketRef: id }, PHONE_SOURCE).ratingId };
  }

  rateSurvey(input: ParsedInput<'phone.rateSurvey'>, source: string): MethodOutput<'phone.rateSurvey'> {
    const id = this.open(input.code, source);
    const survey = this.ratings.survey({ answers: input.answers, profile: input.profile, ticketRef: id }, PHONE_SOURCE);
    return { surveyId: survey.surveyId };
  }

  private view(p: TicketProgress): PhoneTicketView {
    const t = p.ticket;
    const config = this.core.officeConfig;
    const nameOf = (code: string) => {
      const s = config.services.find((x) => x.code === code);
      return s ? { id: s.name.id, en: s.name.en } : { id: code, en: code };
    };
    // Only a served ticket can have been rated: the waiting crowd costs no rating lookups at each change.
    const rated = t.state === 'done' || t.state === 'serving' ? this.ratings.ticketRated(t.id) : { quickDone: false, surveyDone: false };
    return {
      officeName: config.office.name,
      label: ticketLabel(t.prefix, t.number),
      serviceName: nameOf(t.serviceCode),
      transferredFrom: t.serviceCode === t.issuedService ? null : nameOf(t.issuedService),
      state: t.state,
      aheadCount: p.aheadCount,
      estimatedWaitMinutes: p.estimatedWaitMinutes,
      counterNumber: t.state === 'called' || t.state === 'serving' ? t.counterNumber : null,
      counterName: p.counterName,
      recallCount: t.recallCount,
      rating: { open: t.state === 'done' && !(rated.quickDone && rated.surveyDone), ...rated },
    };
  }
}

/**
 * Every phone answer has one source label and no address: its answers are always linked to its ticket, as a
 * tablet's with a ticket, so the burst and answer-rate rules (per source, unlinked answers only) never read it,
 * and a stored Wi-Fi address would tie an anonymous survey to a device (migration 014 blanks earlier ones).
 */
const PHONE_SOURCE: RatingSource = { label: 'phone', counter: null, channel: 'phone' };
