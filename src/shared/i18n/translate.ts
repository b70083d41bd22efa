import type { ErrorCode } from '../api/errors';
import type { PrinterState } from '../domain/printer';
import type { PriorityReason } from '../domain/priority';
import type { Language } from './languages';
import type { MessageKey } from './messageKey';
import { en } from './messages.en';
import { id } from './messages.id';

const DICTIONARIES: Record<Language, Record<MessageKey, string>> = { id, en };

export type MessageParams = Record<string, string | number>;

/** The message in the language, with each "{name}" replaced by params.name. */
export function translate(lang: Language, key: MessageKey, params?: MessageParams): string {
  const text = DICTIONARIES[lang][key];
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(params, name) ? String(params[name]) : whole));
}

export function priorityReasonName(lang: Language, reason: PriorityReason): string {
  return translate(lang, `priority.${reason}`);
}

/** The API's codes plus "network", which only a client can observe (the server was not reached). */
export type VisitorErrorCode = ErrorCode | 'network';

/** What a visitor is told when a request fails: plain words, never the operator's detail. */
export function visitorErrorMessage(lang: Language, code: VisitorErrorCode): string {
  return translate(lang, `error.${code}`);
}

/** "{n} orang menunggu" / "1 person waiting": English needs the singular. */
export function waitingCount(lang: Language, n: number): string {
  return translate(lang, n === 1 ? 'kiosk.waiting.one' : 'kiosk.waiting.other', { n });
}

/** A printer problem in a visitor's words ("kertas habis"); offline, error and silence all read "not responding". */
export function printerProblem(lang: Language, state: PrinterState): string {
  switch (state) {
    case 'paper_out':
    case 'cover_open':
    case 'near_end':
      return translate(lang, `printer.problem.${state}`);
    default:
      return translate(lang, 'printer.problem.other');
  }
}

/** Printer states in which the kiosk cannot hand out paper. */
export function printerBlocksTickets(state: PrinterState): boolean {
  return state === 'paper_out' || state === 'cover_open' || state === 'offline' || state === 'error' || state === 'no_reply';
}
