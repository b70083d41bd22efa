import { krejcieMorganSampleSize } from '../../../../../shared/skm';
import { translate, type Language } from '../../../../../shared/i18n';
import { formatNumber } from '../dashboard/format';

/**
 * Below 30 answers one respondent moves the index by more than 2.5 points (a quarter of a grade step), so
 * a grade from fewer says little even when the sample covers the few visitors served.
 */
const STABLE_RESPONDENTS = 30;

/**
 * An IKM grade from fewer respondents than the regulation's sample for the visitors served (Krejcie &
 * Morgan, as Permenpan RB 14/2017 uses) or than STABLE_RESPONDENTS says little: one unhappy visitor makes
 * a "C". The grade stays, with this note beside it.
 */
export function SmallSampleNote({ lang, respondents, served }: { lang: Language; respondents: number; served: number }) {
  const target = Math.max(STABLE_RESPONDENTS, krejcieMorganSampleSize(Math.max(served, respondents)));
  if (respondents >= target) return null;
  return (
    <p className="kpi-note" data-testid="ikm-small-sample">
      {translate(lang, 'supervisor.kpi.smallSample', { n: formatNumber(lang, respondents), target: formatNumber(lang, target) })}
    </p>
  );
}
