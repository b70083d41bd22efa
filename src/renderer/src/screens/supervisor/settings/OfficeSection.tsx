import { translate } from '../../../../../shared/i18n';
import type { SectionProps } from './draftTypes';
import { ListInput, SelectInput, TextInput } from './fields';
import { HoursEditor } from './HoursEditor';
import { Section } from './Section';

/** The office itself: name, address, language, time zone, opening hours and closed dates. */
export function OfficeSection({ lang, draft, onChange }: SectionProps) {
  const t = (key: Parameters<typeof translate>[1]) => translate(lang, key);
  const setOffice = (patch: Partial<SectionProps['draft']['office']>): void => onChange((d) => ({ ...d, office: { ...d.office, ...patch } }));
  return (
    <Section id="office" title={t('supervisor.settings.office')}>
      <div className="set-grid">
        <TextInput label={t('supervisor.settings.officeName')} path="office.name" value={draft.office.name} onChange={(name) => setOffice({ name })} wide testId="set-office-name" />
        <TextInput label={t('supervisor.settings.address')} path="office.address" value={draft.office.address} onChange={(address) => setOffice({ address })} wide />
        <TextInput label={t('supervisor.settings.officeId')} path="office.id" value={draft.office.id} onChange={(id) => setOffice({ id })} hint={t('supervisor.settings.officeIdHint')} />
        <TextInput label={t('supervisor.settings.timeZone')} path="office.timeZone" value={draft.office.timeZone} onChange={(timeZone) => setOffice({ timeZone })} hint={t('supervisor.settings.timeZoneHint')} />
        <TextInput label={t('supervisor.settings.dayStartsAt')} path="office.dayStartsAt" value={draft.office.dayStartsAt} onChange={(dayStartsAt) => setOffice({ dayStartsAt })} />
        <SelectInput
          label={t('supervisor.settings.language')}
          path="language"
          value={draft.language}
          options={[
            { value: 'id', label: 'Bahasa Indonesia' },
            { value: 'en', label: 'English' },
          ]}
          onChange={(language) => onChange((d) => ({ ...d, language }))}
        />
      </div>
      <h3 className="set-subtitle">{t('supervisor.settings.openingHours')}</h3>
      <p className="staff-hint">{t('supervisor.settings.hoursHint')}</p>
      <HoursEditor lang={lang} hours={draft.office.openingHours} path="office.openingHours" testId="set-office-hours" onChange={(openingHours) => setOffice({ openingHours })} />
      <ListInput
        label={t('supervisor.settings.closedDates')}
        hint={t('supervisor.settings.closedDatesHint')}
        path="office.closedDates"
        value={draft.office.closedDates}
        separator={'\n'}
        rows={3}
        onChange={(closedDates) => setOffice({ closedDates })}
        testId="set-closed-dates"
      />
    </Section>
  );
}
