import type { PriorityPolicy } from '../../../../../shared/config/officeConfig';
import { translate } from '../../../../../shared/i18n';
import { POLICY_MODES } from './choices';
import { required, type SectionProps } from './draftTypes';
import { NumberInput, SelectInput, TextInput } from './fields';
import { Section } from './Section';

type Agency = NonNullable<SectionProps['draft']['agencies']>[number];
type PolicyChoice = 'building' | PriorityPolicy['mode'];

/**
 * An agency's own Pasal 29 calling rule (left to the building's by default) and the running text of the TVs
 * showing only its calls. Problems come back at "priorityPolicy…" and "runningText…", as settings.updateAgency names them.
 */
export function AgencyOwnSection({ lang, draft, onChange, agency }: SectionProps & { agency: string }) {
  const t = (key: Parameters<typeof translate>[1]) => translate(lang, key);
  const own = draft.agencies?.find((a) => a.id === agency);
  if (!own) return null;
  const name = own.name[lang];
  const setOwn = (update: (a: Agency) => Agency): void => onChange((d) => ({ ...d, agencies: d.agencies?.map((a) => (a.id === agency ? update(a) : a)) }));
  const setPolicy = (priorityPolicy: PriorityPolicy | undefined): void =>
    setOwn(({ priorityPolicy: _old, ...rest }) => (priorityPolicy ? { ...rest, priorityPolicy } : rest));
  const setText = (id: string, en: string): void =>
    setOwn(({ runningText: _old, ...rest }) => (id === '' && en === '' ? rest : { ...rest, runningText: { id, en } }));
  const policy = own.priorityPolicy;
  const text = own.runningText;
  return (
    <Section id="agency-own" title={translate(lang, 'supervisor.settings.agencyOwn', { agency: own.shortName })}>
      <div className="set-grid">
        <SelectInput<PolicyChoice>
          label={t('supervisor.settings.policy')}
          path="priorityPolicy.mode"
          value={policy?.mode ?? 'building'}
          hint={translate(lang, 'supervisor.settings.policyBuildingHint', { rule: t(`supervisor.settings.policy.${draft.priority.policy.mode}`) })}
          options={[{ value: 'building', label: t('supervisor.settings.policy.building') }, ...POLICY_MODES.map((m) => ({ value: m, label: t(`supervisor.settings.policy.${m}`) }))]}
          onChange={(mode) => setPolicy(mode === 'building' ? undefined : mode === 'ratio' ? { mode, priorityPerRegular: 3 } : { mode })}
          testId="set-agency-policy"
        />
        {policy?.mode === 'ratio' && (
          <NumberInput
            label={t('supervisor.settings.ratio')}
            hint={t('supervisor.settings.ratioHint')}
            path="priorityPolicy.priorityPerRegular"
            value={policy.priorityPerRegular}
            onChange={(n) => setPolicy({ mode: 'ratio', priorityPerRegular: required(n) })}
            testId="set-agency-ratio"
          />
        )}
        <TextInput
          label={t('supervisor.settings.runningTextId')}
          hint={translate(lang, 'supervisor.settings.agencyRunningTextHint', { agency: name })}
          path="runningText.id"
          value={text?.id ?? ''}
          onChange={(id) => setText(id, text?.en ?? '')}
          wide
        />
        <TextInput label={t('supervisor.settings.runningTextEn')} path="runningText.en" value={text?.en ?? ''} onChange={(en) => setText(text?.id ?? '', en)} wide />
      </div>
    </Section>
  );
}
