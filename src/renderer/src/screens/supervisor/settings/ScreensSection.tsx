import type { OfficeConfig } from '../../../../../shared/config/officeConfig';
import { translate } from '../../../../../shared/i18n';
import { required, type SectionProps } from './draftTypes';
import { NumberInput, TextInput } from './fields';
import { Section } from './Section';

type RunningText = OfficeConfig['display']['runningText'];

/** Both texts empty means no running text; one empty is a mistake the office names. */
function runningTextOf(id: string, en: string): RunningText {
  return id === '' && en === '' ? undefined : { id, en };
}

/** The TV's running text and the kiosk's and rating tablet's timings. */
export function ScreensSection({ lang, draft, onChange }: SectionProps) {
  const t = (key: Parameters<typeof translate>[1]) => translate(lang, key);
  const { display, kiosk, ratings } = draft;
  const text = display.runningText;
  const setDisplay = (patch: Partial<OfficeConfig['display']>): void => onChange((d) => ({ ...d, display: { ...d.display, ...patch } }));
  const setKiosk = (patch: Partial<OfficeConfig['kiosk']>): void => onChange((d) => ({ ...d, kiosk: { ...d.kiosk, ...patch } }));
  const setRatings = (patch: Partial<OfficeConfig['ratings']>): void => onChange((d) => ({ ...d, ratings: { ...d.ratings, ...patch } }));
  return (
    <Section id="screens" title={t('supervisor.settings.screens')}>
      <div className="set-grid">
        <TextInput label={t('supervisor.settings.runningTextId')} path="display.runningText.id" value={text?.id ?? ''} onChange={(id) => setDisplay({ runningText: runningTextOf(id, text?.en ?? '') })} wide />
        <TextInput label={t('supervisor.settings.runningTextEn')} path="display.runningText.en" value={text?.en ?? ''} onChange={(en) => setDisplay({ runningText: runningTextOf(text?.id ?? '', en) })} wide />
        <NumberInput label={t('supervisor.settings.recentCalls')} path="display.recentCalls" value={display.recentCalls} onChange={(n) => setDisplay({ recentCalls: required(n) })} />
        <NumberInput label={t('supervisor.settings.kioskConfirmation')} path="kiosk.confirmationSeconds" value={kiosk.confirmationSeconds} onChange={(n) => setKiosk({ confirmationSeconds: required(n) })} />
        <NumberInput label={t('supervisor.settings.kioskIdle')} path="kiosk.idleResetSeconds" value={kiosk.idleResetSeconds} onChange={(n) => setKiosk({ idleResetSeconds: required(n) })} />
        <NumberInput label={t('supervisor.settings.ratingsThankYou')} path="ratings.thankYouSeconds" value={ratings.thankYouSeconds} onChange={(n) => setRatings({ thankYouSeconds: required(n) })} />
        <NumberInput label={t('supervisor.settings.ratingsIdle')} path="ratings.idleResetSeconds" value={ratings.idleResetSeconds} onChange={(n) => setRatings({ idleResetSeconds: required(n) })} />
      </div>
    </Section>
  );
}
