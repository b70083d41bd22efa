import type { MessageKey, MessageParams } from '../../../../shared/i18n';
import type { ApiError } from '../../api/client';

/** A message kept as a key, so it follows a language change while it is on screen. */
export interface RateMessage {
  key: MessageKey;
  params?: MessageParams;
}

/**
 * A refusal in the resident's words. "wrong_state" covers an unserved ticket and an answered one alike,
 * so its `reason` param tells which case it is.
 */
export function lookupErrorMessage(error: ApiError, ticket: string): RateMessage {
  if (error.code === 'bad_request') return { key: 'rate.error.notATicket' };
  if (error.code === 'not_found') return { key: 'rate.error.notFound', params: { ticket } };
  const reason = error.paramsOf('wrong_state')?.reason;
  if (reason === 'not_served') return { key: 'rate.error.notServed', params: { ticket } };
  if (reason === 'other_day') return { key: 'rate.error.otherDay' };
  return answerErrorMessage(error);
}

export function answerErrorMessage(error: ApiError): RateMessage {
  const reason = error.paramsOf('wrong_state')?.reason;
  if (reason === 'survey_done') return { key: 'rate.error.surveyDone' };
  if (reason === 'already_rated') return { key: 'rate.error.quickDone' };
  if (error.code === 'unauthorized' || error.code === 'forbidden') return { key: 'rate.error.notAllowed' };
  if (error.code === 'network') return { key: 'rate.error.network' };
  return { key: 'rate.error.other' };
}

export function isAlreadyRated(error: ApiError): boolean {
  return error.paramsOf('wrong_state')?.reason === 'already_rated';
}
