import { translate, type Language } from '../../../../shared/i18n';
import type { RespondentProfile } from '../../../../shared/skm';
import { ChoiceStep } from './ChoiceStep';
import { PROFILE_FIELDS } from './rateFlow';

/** One anonymous profile question (gender, age, education, occupation); each can be skipped. */
export function ProfileView({
  index,
  profile,
  lang,
  busy,
  speech,
  onChoose,
  onBack,
}: {
  index: number;
  profile: RespondentProfile;
  lang: Language;
  busy: boolean;
  speech: { speak: (parts: readonly string[]) => void };
  /** The value, or null to skip this question. */
  onChoose: (value: string | null) => void;
  onBack: () => void;
}) {
  const spec = PROFILE_FIELDS[index];
  if (!spec) return null;
  const labels: Readonly<Record<string, { id: string; en: string }>> = spec.labels;
  const last = index === PROFILE_FIELDS.length - 1;
  return (
    <ChoiceStep
      key={spec.field}
      lang={lang}
      progress={[index + 1, PROFILE_FIELDS.length]}
      kicker={`${translate(lang, 'rate.profile.title')} · ${translate(lang, 'rate.progress', { n: index + 1, total: PROFILE_FIELDS.length })}`}
      title={translate(lang, `rate.profile.${spec.field}`)}
      choices={spec.values.map((value) => ({ key: value, label: labels[value]?.[lang] ?? value, testId: `profile-${value}` }))}
      selected={profile[spec.field]}
      onChoose={(value) => !busy && onChoose(value)}
      onBack={onBack}
      speech={speech}
      footer={
        <div className="profile-footer">
          <p className="profile-anonymous">{translate(lang, 'rate.profile.anonymous')}</p>
          <button type="button" className="rate-secondary" data-testid="profile-skip" disabled={busy} onClick={() => onChoose(null)}>
            {translate(lang, last ? 'rate.profile.send' : 'rate.profile.skip')}
          </button>
        </div>
      }
    />
  );
}
