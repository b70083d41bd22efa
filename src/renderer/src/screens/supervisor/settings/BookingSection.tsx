import { translate } from '../../../../../shared/i18n';
import { percentOf, shareOf, windowExample } from './bookingSettings';
import { replaceAt, required, type SectionProps } from './draftTypes';
import { NumberInput } from './fields';
import { Section } from './Section';

/**
 * Bookings from home (docs/booking.md): the kiosk's check-in window around a booked time, and each
 * service's share of its counters' time that residents may book. The city hears of them with the next sync.
 */
export function BookingSection({ lang, draft, onChange }: SectionProps) {
  const t = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) => translate(lang, key, params);
  const { checkInBeforeMinutes: before, checkInAfterMinutes: after } = draft.booking;
  const setWindow = (patch: Partial<typeof draft.booking>): void => onChange((d) => ({ ...d, booking: { ...d.booking, ...patch } }));
  const example = windowExample(lang, before, after);

  return (
    <Section id="booking" title={t('supervisor.settings.booking')} hint={t('supervisor.settings.booking.hint')}>
      <div className="set-grid">
        <NumberInput
          label={t('supervisor.settings.booking.before')}
          path="booking.checkInBeforeMinutes"
          value={before}
          onChange={(n) => setWindow({ checkInBeforeMinutes: required(n) })}
          testId="set-booking-before"
        />
        <NumberInput
          label={t('supervisor.settings.booking.after')}
          path="booking.checkInAfterMinutes"
          value={after}
          onChange={(n) => setWindow({ checkInAfterMinutes: required(n) })}
          testId="set-booking-after"
        />
      </div>
      {example && (
        <p className="staff-hint" data-testid="set-booking-example">
          {t('supervisor.settings.booking.example', example)}
        </p>
      )}
      <h3 className="set-subtitle">{t('supervisor.settings.booking.shares')}</h3>
      <p className="staff-hint">{t('supervisor.settings.booking.sharesHint')}</p>
      <div className="set-grid">
        {draft.services.map((s, i) => (
          <NumberInput
            key={i}
            label={`${s.name[lang] || s.code || t('supervisor.settings.newService')} (%)`}
            path={`services[${i}].bookingShare`}
            value={Number.isNaN(s.bookingShare) ? undefined : percentOf(s.bookingShare)}
            // Any value the file may hold (37.5 %) must not block the form: the office judges it.
            step="any"
            onChange={(n) => onChange((d) => ({ ...d, services: replaceAt(d.services, i, (x) => ({ ...x, bookingShare: shareOf(n) })) }))}
            testId={`set-service-${i}-booking-share`}
          />
        ))}
      </div>
    </Section>
  );
}
