import type { MethodOutput } from '../../../../shared/api/contract';
import { RESPONDENT_PROFILE_FIELDS, type QuickFace } from '../../../../shared/skm';
import type { RateMessage } from './rateErrors';

/** The visit an answer is linked to, as ratings.lookup describes it. */
export type LinkedTicket = MethodOutput<'ratings.lookup'>;

/**
 * Where a resident is: one face (and, without a ticket, the service), the invitation, the nine
 * questions, the optional profile, then thanks. Nothing of the survey is sent before the last step.
 */
export type RateStep =
  | { kind: 'faces' }
  | { kind: 'service'; face: QuickFace }
  | { kind: 'invite' }
  | { kind: 'question'; index: number }
  | { kind: 'profile'; index: number }
  | { kind: 'thanks'; survey: boolean }
  | { kind: 'refused'; message: RateMessage };

export const FACES_STEP: RateStep = { kind: 'faces' };

/** The steps a resident is in the middle of; a newer ticket waits until they are done. */
export function isInSurvey(step: RateStep): boolean {
  return step.kind === 'question' || step.kind === 'profile';
}

/** The profile questions, in the order both the tablet and the phone ask them. */
export const PROFILE_FIELDS = RESPONDENT_PROFILE_FIELDS;

export type ProfileField = (typeof PROFILE_FIELDS)[number]['field'];

/** What the API is given to link an answer: the ticket, or without one the service chosen on screen. */
export function linkageOf(link: LinkedTicket | null, serviceCode: string | null): { ticketRef: string } | { serviceCode: string } | null {
  if (link) return { ticketRef: `LOKET:${link.ticketId}` };
  return serviceCode ? { serviceCode } : null;
}
