import { translate, type Language } from '../../../../shared/i18n';
import type { ApiError } from '../../api/client';
import { staffErrorMessage } from '../../components/staff/staffErrors';

/** Why a period was refused, from the rules of the API's issues (period in_future, range_reversed). */
export function reportErrorMessage(lang: Language, error: ApiError): string {
  if (error.code !== 'bad_request') return staffErrorMessage(lang, error);
  const rules = new Set(error.issues.map((i) => i.rule));
  if (rules.has('in_future')) return translate(lang, 'report.error.future');
  if (rules.has('range_reversed')) return translate(lang, 'report.error.range');
  return translate(lang, 'report.error.date');
}
