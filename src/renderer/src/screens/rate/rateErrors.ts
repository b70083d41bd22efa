import type { MessageKey, MessageParams } from '../../../../shared/i18n';
import type { ApiError } from '../../api/client';

/** A message kept as a key, so it follows a language change while it is on screen. */
export interface RateMessage {
  key: MessageKey;
  params?: MessageParams;
}

/**
 * A refusal in the resident's words. The API's codes are stable but broad ("wrong_state" covers an
 * unserved ticket and an answered one), so the English message tells which case it is.
 */
export function lookupErrorMessage(error: ApiError, ticket: string): RateMessage {
  if (error.code === 'bad_request') return { key: 'rate.error.notATicket' };
  if (error.code === 'not_found') return { key: 'rate.error.notFound', params: { ticket } };
  if (error.code === 'wrong_state' && /not been served/i.test(error.message)) return { key: 'rate.error.notServed', params: { ticket } };
  if (error.code === 'wrong_state' && /only today/i.test(error.message)) return { key: 'rate.error.otherDay' };
  return answerErrorMessage(error);
}

export function answerErrorMessage(error: ApiError): RateMessage {
  if (error.code === 'wrong_state' && /full survey/i.test(error.message)) return { key: 'rate.error.surveyDone' };
  if (error.code === 'wrong_state' && /already been rated/i.test(error.message)) return { key: 'rate.error.quickDone' };
  if (error.code === 'unauthorized' || error.code === 'forbidden') return { key: 'rate.error.notAllowed' };
  if (error.code === 'network') return { key: 'rate.error.network' };
  return { key: 'rate.error.other' };
}

export function isAlreadyRated(error: ApiError): boolean {
  return error.code === 'wrong_state' && /already been rated/i.test(error.message);
}
