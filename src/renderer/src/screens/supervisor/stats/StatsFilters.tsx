import type { OfficeConfig } from '../../../../../shared/config/officeConfig';
import { PRIORITY_REASONS } from '../../../../../shared/domain/priority';
import { translate, type Language } from '../../../../../shared/i18n';
import type { StatsQuery } from './useStats';

export type StatsFilter = Pick<StatsQuery, 'serviceCode' | 'counter' | 'priority'>;

/** Service, counter and priority reason; "Semua" leaves the filter out. Every reason is listed, even one no longer offered, for past months. */
export function StatsFilters({
  lang,
  config,
  filter,
  onChange,
}: {
  lang: Language;
  config: OfficeConfig | null;
  filter: StatsFilter;
  onChange: (filter: StatsFilter) => void;
}) {
  const all = translate(lang, 'supervisor.stats.all');
  return (
    <div className="stats-filters">
      <label className="inline-field">
        <span className="field-label">{translate(lang, 'supervisor.stats.col.service')}</span>
        <select
          className="field-input field-input--compact"
          value={filter.serviceCode ?? ''}
          onChange={(e) => onChange({ ...filter, serviceCode: e.target.value || undefined })}
          data-testid="filter-service"
        >
          <option value="">{all}</option>
          {config?.services.map((s) => (
            <option key={s.code} value={s.code}>
              {s.name[lang]}
            </option>
          ))}
        </select>
      </label>
      <label className="inline-field">
        <span className="field-label">{translate(lang, 'supervisor.stats.col.counter')}</span>
        <select
          className="field-input field-input--compact"
          value={filter.counter ?? ''}
          onChange={(e) => onChange({ ...filter, counter: e.target.value ? Number(e.target.value) : undefined })}
          data-testid="filter-counter"
        >
          <option value="">{all}</option>
          {config?.counters.map((c) => (
            <option key={c.number} value={c.number}>
              {c.name}
            </option>
          ))}
        </select>
      </label>
      <label className="inline-field">
        <span className="field-label">{translate(lang, 'supervisor.stats.col.priority')}</span>
        <select
          className="field-input field-input--compact"
          value={filter.priority ?? ''}
          onChange={(e) => onChange({ ...filter, priority: toPriority(e.target.value) })}
          data-testid="filter-priority"
        >
          <option value="">{all}</option>
          <option value="regular">{translate(lang, 'supervisor.stats.regular')}</option>
          {PRIORITY_REASONS.map((r) => (
            <option key={r} value={r}>
              {translate(lang, `priority.${r}`)}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}

function toPriority(value: string): StatsFilter['priority'] {
  if (value === 'regular') return 'regular';
  return PRIORITY_REASONS.find((r) => r === value);
}
