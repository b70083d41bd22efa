import { translate, type Language } from '../../../../../shared/i18n';
import type { ApiError } from '../../../api/client';

/** stats.view's 400 problems about the range in plain words; a problem this screen does not know is shown as sent. */
export function rangeProblems(lang: Language, error: ApiError | null): string[] {
  if (!error || error.code !== 'bad_request') return [];
  const problems = error.problems.length > 0 ? error.problems : [error.message];
  return problems.map((p) => {
    if (p.startsWith('to:') && p.includes('before')) return translate(lang, 'supervisor.stats.problem.toBeforeFrom');
    if (p.startsWith('from:') && p.includes('future')) return translate(lang, 'supervisor.stats.problem.future');
    if (/^(from|to):/.test(p)) return translate(lang, 'supervisor.stats.problem.date', { detail: p });
    return p;
  });
}
