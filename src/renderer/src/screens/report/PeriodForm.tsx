import { useId, type ReactNode } from 'react';
import { LOCALES, translate, type Language } from '../../../../shared/i18n';
import { Field } from '../../components/staff/Field';
import { PERIOD_CHOICES, type PeriodChoice } from './periodChoice';

const YEARS_BACK = 5;

function Select({
  label,
  value,
  onChange,
  testId,
  disabled = false,
  wide = false,
  children,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  testId: string;
  disabled?: boolean;
  /** Two columns wide: an agency's full name. */
  wide?: boolean;
  children: ReactNode;
}) {
  const id = useId();
  return (
    <div className={wide ? 'field field--wide' : 'field'}>
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      <select id={id} className="field-input" value={value} data-testid={testId} disabled={disabled} onChange={(e) => onChange(e.target.value)}>
        {children}
      </select>
    </div>
  );
}

function monthName(lang: Language, month: number): string {
  return new Intl.DateTimeFormat(LOCALES[lang], { month: 'long', timeZone: 'UTC' }).format(Date.UTC(2000, month - 1, 1));
}

/**
 * The period (month, quarter, semester, year or a date range) and the optional service or counter; in a
 * Mal Pelayanan Publik first the agency or the whole building (fixed to its own for an agency's supervisor).
 */
export function PeriodForm({
  lang,
  choice,
  currentYear,
  agencies,
  agency,
  agencyFixed,
  services,
  counters,
  serviceCode,
  counter,
  onChoice,
  onAgency,
  onService,
  onCounter,
}: {
  lang: Language;
  choice: PeriodChoice;
  currentYear: number;
  agencies: readonly { id: string; name: { id: string; en: string } }[];
  /** '' for the whole building. */
  agency: string;
  agencyFixed: boolean;
  services: readonly { code: string; name: { id: string; en: string } }[];
  counters: readonly { number: number; name: string }[];
  serviceCode: string;
  counter: string;
  onChoice: (choice: PeriodChoice) => void;
  onAgency: (agency: string) => void;
  onService: (code: string) => void;
  onCounter: (counter: string) => void;
}) {
  const set = (patch: Partial<PeriodChoice>): void => onChoice({ ...choice, ...patch });
  const years = Array.from({ length: YEARS_BACK + 1 }, (_, i) => currentYear - i);
  const yearSelect = (
    <Select label={translate(lang, 'report.period.yearOf')} value={String(choice.year)} onChange={(v) => set({ year: Number(v) })} testId="period-year">
      {years.map((y) => (
        <option key={y} value={y}>
          {y}
        </option>
      ))}
    </Select>
  );

  return (
    <div className="period-form">
      <div className="period-kinds" role="radiogroup" aria-label={translate(lang, 'report.period.kind')}>
        {PERIOD_CHOICES.map((kind) => (
          <button
            key={kind}
            type="button"
            role="radio"
            aria-checked={choice.kind === kind}
            className={choice.kind === kind ? 'period-kind period-kind--on' : 'period-kind'}
            data-testid={`period-${kind}`}
            onClick={() => set({ kind })}
          >
            {translate(lang, `report.period.${kind}`)}
          </button>
        ))}
      </div>
      <div className="period-fields">
        {choice.kind === 'month' && (
          <Select label={translate(lang, 'report.period.monthOf')} value={String(choice.month)} onChange={(v) => set({ month: Number(v) })} testId="period-month">
            {Array.from({ length: 12 }, (_, i) => (
              <option key={i + 1} value={i + 1}>
                {monthName(lang, i + 1)}
              </option>
            ))}
          </Select>
        )}
        {choice.kind === 'quarter' && (
          <Select label={translate(lang, 'report.period.quarterOf')} value={String(choice.quarter)} onChange={(v) => set({ quarter: Number(v) })} testId="period-quarter">
            {['I', 'II', 'III', 'IV'].map((label, i) => (
              <option key={label} value={i + 1}>
                {label}
              </option>
            ))}
          </Select>
        )}
        {choice.kind === 'semester' && (
          <Select label={translate(lang, 'report.period.semesterOf')} value={String(choice.semester)} onChange={(v) => set({ semester: Number(v) })} testId="period-semester">
            <option value={1}>I</option>
            <option value={2}>II</option>
          </Select>
        )}
        {choice.kind !== 'custom' && yearSelect}
        {choice.kind === 'custom' && (
          <>
            <Field type="date" label={translate(lang, 'report.period.from')} value={choice.from} onChange={(from) => set({ from })} data-testid="period-from" />
            <Field type="date" label={translate(lang, 'report.period.to')} value={choice.to} onChange={(to) => set({ to })} data-testid="period-to" />
          </>
        )}
        {agencies.length > 0 && (
          <Select label={translate(lang, 'report.filter.agency')} value={agency} onChange={onAgency} testId="filter-agency" disabled={agencyFixed} wide>
            {!agencyFixed && <option value="">{translate(lang, 'report.filter.building')}</option>}
            {agencies
              .filter((a) => !agencyFixed || a.id === agency)
              .map((a) => (
                <option key={a.id} value={a.id}>
                  {a.name[lang]}
                </option>
              ))}
          </Select>
        )}
        <Select label={translate(lang, 'report.filter.service')} value={serviceCode} onChange={onService} testId="filter-service">
          <option value="">{translate(lang, 'report.filter.all')}</option>
          {services.map((s) => (
            <option key={s.code} value={s.code}>
              {s.name[lang]}
            </option>
          ))}
        </Select>
        <Select label={translate(lang, 'report.filter.counter')} value={counter} onChange={onCounter} testId="filter-counter">
          <option value="">{translate(lang, 'report.filter.all')}</option>
          {counters.map((c) => (
            <option key={c.number} value={c.number}>
              {c.name}
            </option>
          ))}
        </Select>
      </div>
    </div>
  );
}
