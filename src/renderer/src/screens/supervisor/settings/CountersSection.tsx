import type { CounterConfig } from '../../../../../shared/config/officeConfig';
import { translate } from '../../../../../shared/i18n';
import { replaceAt, required, type SectionProps } from './draftTypes';
import { NumberInput, TextInput } from './fields';
import { useProblemsAt } from './problems';
import { Section } from './Section';

/** Counters: number, name and the services each one calls; add and remove. `fixed`: an agency's own, never added, removed or renumbered. */
export function CountersSection({ lang, draft, onChange, fixed = false }: SectionProps & { fixed?: boolean }) {
  const t = (key: Parameters<typeof translate>[1]) => translate(lang, key);
  const setCounter = (i: number, patch: Partial<CounterConfig>): void => onChange((d) => ({ ...d, counters: replaceAt(d.counters, i, (c) => ({ ...c, ...patch })) }));
  const nextNumber = Math.max(0, ...draft.counters.map((c) => c.number)) + 1;
  return (
    <Section
      id="counters"
      title={t('supervisor.settings.counters')}
      actions={
        !fixed && (
          <button
            type="button"
            className="staff-button staff-button--small"
            onClick={() => onChange((d) => ({ ...d, counters: [...d.counters, { number: nextNumber, name: `Loket ${nextNumber}`, services: [] }] }))}
            data-testid="add-counter"
          >
            {t('supervisor.settings.addCounter')}
          </button>
        )
      }
    >
      {draft.counters.map((c, i) => (
        <fieldset key={i} className="set-item set-item--row" data-testid={`set-counter-${i}`}>
          <legend className="set-item-title">{c.name}</legend>
          <NumberInput label={t('supervisor.settings.counterNumber')} path={`counters[${i}].number`} value={c.number} disabled={fixed} onChange={(n) => setCounter(i, { number: required(n) })} />
          <TextInput label={t('supervisor.settings.counterName')} path={`counters[${i}].name`} value={c.name} onChange={(name) => setCounter(i, { name })} />
          <CounterServices lang={lang} index={i} counter={c} codes={draft.services.map((s) => ({ code: s.code, name: s.name[lang] || s.code }))} onChange={(services) => setCounter(i, { services })} />
          {!fixed && (
            <button type="button" className="staff-button staff-button--small staff-button--danger-quiet" onClick={() => onChange((d) => ({ ...d, counters: d.counters.filter((_, j) => j !== i) }))} data-testid={`remove-counter-${i}`}>
              {t('supervisor.settings.remove')}
            </button>
          )}
        </fieldset>
      ))}
    </Section>
  );
}

function CounterServices({
  lang,
  index,
  counter,
  codes,
  onChange,
}: {
  lang: SectionProps['lang'];
  index: number;
  counter: CounterConfig;
  codes: { code: string; name: string }[];
  onChange: (services: string[]) => void;
}) {
  const problems = useProblemsAt(`counters[${index}].services`);
  return (
    <fieldset className="set-field set-field--wide set-choices" data-path={`counters[${index}].services`}>
      <legend className="field-label">{translate(lang, 'supervisor.settings.counterServices')}</legend>
      {codes
        .filter((s) => s.code !== '')
        .map((s) => (
          <label key={s.code} className="set-check">
            <input
              type="checkbox"
              checked={counter.services.includes(s.code)}
              onChange={(e) => onChange(e.target.checked ? [...counter.services, s.code] : counter.services.filter((x) => x !== s.code))}
            />
            {s.name}
          </label>
        ))}
      {problems.map((p) => (
        <span key={p.key} className="set-problem" role="alert">
          {p.message}
        </span>
      ))}
    </fieldset>
  );
}
