import { translate, type Language } from '../../../../../shared/i18n';
import { RANGE_PRESETS, type DateRange, type RangePreset } from './dateRange';

/** The period: four presets and a custom from–to; the office's refusals of the range are shown right here. */
export function RangePicker({
  lang,
  preset,
  custom,
  problems,
  onPreset,
  onCustom,
}: {
  lang: Language;
  preset: RangePreset;
  custom: DateRange;
  /** Plain sentences from the office's 400 problems about the range. */
  problems: string[];
  onPreset: (preset: RangePreset) => void;
  onCustom: (range: DateRange) => void;
}) {
  return (
    <div className="range-picker" role="group" aria-labelledby="range-label">
      <span id="range-label" className="field-label">
        {translate(lang, 'supervisor.stats.range')}
      </span>
      <div className="segmented" role="radiogroup">
        {RANGE_PRESETS.map((p) => (
          <button
            key={p}
            type="button"
            role="radio"
            aria-checked={p === preset}
            className={p === preset ? 'segment segment--chosen' : 'segment'}
            data-testid={`range-${p}`}
            onClick={() => onPreset(p)}
          >
            {translate(lang, `supervisor.stats.preset.${p}`)}
          </button>
        ))}
      </div>
      {preset === 'custom' && (
        <div className="range-custom">
          <label className="inline-field">
            <span className="field-label">{translate(lang, 'supervisor.stats.from')}</span>
            <input type="date" className="field-input field-input--compact" value={custom.from} onChange={(e) => onCustom({ ...custom, from: e.target.value })} data-testid="range-from" />
          </label>
          <label className="inline-field">
            <span className="field-label">{translate(lang, 'supervisor.stats.to')}</span>
            <input type="date" className="field-input field-input--compact" value={custom.to} onChange={(e) => onCustom({ ...custom, to: e.target.value })} data-testid="range-to" />
          </label>
        </div>
      )}
      {problems.length > 0 && (
        <ul className="field-problems range-problems-row" role="alert" data-testid="range-problems">
          {problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
