import { translate, type Language } from '../../../../shared/i18n';
import type { ApiError } from '../../api/client';
import { staffErrorMessage } from '../../components/staff/staffErrors';

/** Why a period was refused, from the API's problems ("period: starts in the future") and message. */
export function reportErrorMessage(lang: Language, error: ApiError): string {
  if (error.code !== 'bad_request') return staffErrorMessage(lang, error);
  const text = [...error.problems, error.message].join(' ');
  if (/future/i.test(text)) return translate(lang, 'report.error.future');
  if (/before it starts/i.test(text)) return translate(lang, 'report.error.range');
  return translate(lang, 'report.error.date');
}
