import { issueText, translate, type Language } from '../../../../../shared/i18n';
import type { ApiError } from '../../../api/client';

/** stats.view's 400 issues about the range in plain words; any other issue in the generic words of its rule. */
export function rangeProblems(lang: Language, error: ApiError | null): string[] {
  if (!error || error.code !== 'bad_request') return [];
  return error.issues.map((issue) => {
    if (issue.field === 'to' && issue.rule === 'range_reversed') return translate(lang, 'supervisor.stats.problem.toBeforeFrom');
    if (issue.field === 'from' && issue.rule === 'in_future') return translate(lang, 'supervisor.stats.problem.future');
    const text = issueText(lang, issue);
    // The rule's sentence goes inside the date notice's brackets, without its full stop.
    return issue.field === 'from' || issue.field === 'to' ? translate(lang, 'supervisor.stats.problem.date', { detail: text.replace(/\.$/, '') }) : `${issue.field}: ${text}`;
  });
}
