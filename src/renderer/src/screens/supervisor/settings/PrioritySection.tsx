import { PRIORITY_REASONS } from '../../../../../shared/domain/priority';
import { translate } from '../../../../../shared/i18n';
import { POLICY_MODES } from './choices';
import { required, type SectionProps } from './draftTypes';
import { NumberInput, SelectInput } from './fields';
import { useProblemsAt } from './problems';
import { Section } from './Section';

/** Priority policy (priority first, or N priority calls then one regular) and the Pasal 29 reasons offered. */
export function PrioritySection({ lang, draft, onChange }: SectionProps) {
  const t = (key: Parameters<typeof translate>[1]) => translate(lang, key);
  const { policy, reasons } = draft.priority;
  const reasonProblems = useProblemsAt('priority.reasons');
  return (
    <Section id="priority" title={t('supervisor.settings.priority')}>
      <div className="set-grid">
        <SelectInput
          label={t('supervisor.settings.policy')}
          path="priority.policy.mode"
          value={policy.mode}
          options={POLICY_MODES.map((m) => ({ value: m, label: t(`supervisor.settings.policy.${m}`) }))}
          onChange={(mode) =>
            onChange((d) => ({ ...d, priority: { ...d.priority, policy: mode === 'ratio' ? { mode, priorityPerRegular: 3 } : { mode } } }))
          }
        />
        {policy.mode === 'ratio' && (
          <NumberInput
            label={t('supervisor.settings.ratio')}
            hint={t('supervisor.settings.ratioHint')}
            path="priority.policy.priorityPerRegular"
            value={policy.priorityPerRegular}
            onChange={(n) => onChange((d) => ({ ...d, priority: { ...d.priority, policy: { mode: 'ratio', priorityPerRegular: required(n) } } }))}
          />
        )}
      </div>
      <fieldset className="set-field set-field--wide set-choices" data-path="priority.reasons">
        <legend className="field-label">{t('supervisor.settings.reasons')}</legend>
        {PRIORITY_REASONS.map((r) => (
          <label key={r} className="set-check">
            <input
              type="checkbox"
              checked={reasons.includes(r)}
              onChange={(e) =>
                onChange((d) => ({
                  ...d,
                  priority: { ...d.priority, reasons: e.target.checked ? PRIORITY_REASONS.filter((x) => x === r || d.priority.reasons.includes(x)) : d.priority.reasons.filter((x) => x !== r) },
                }))
              }
            />
            {t(`priority.${r}`)}
          </label>
        ))}
        {reasonProblems.map((p) => (
          <span key={p.key} className="set-problem" role="alert">
            {p.message}
          </span>
        ))}
      </fieldset>
    </Section>
  );
}
