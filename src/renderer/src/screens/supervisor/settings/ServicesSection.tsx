import type { ServiceConfig } from '../../../../../shared/config/officeConfig';
import { translate } from '../../../../../shared/i18n';
import { replaceAt, required, type SectionProps } from './draftTypes';
import { CheckInput, NumberInput, TextInput } from './fields';
import { HoursEditor } from './HoursEditor';
import { Section } from './Section';

const NEW_SERVICE: ServiceConfig = {
  code: '',
  name: { id: '', en: '' },
  prefix: '',
  priorityOffered: true,
  targetWaitMinutes: 15,
  defaultServiceMinutes: 6,
  // Not bookable from home until the supervisor gives it a share (docs/booking.md).
  bookingShare: 0,
};

/**
 * Every service with all its settings; add and remove. A saved service's code stays fixed (tickets,
 * statistics and counters refer to it); removing a service also takes it off the counters. `fixed`: an
 * agency's own services, edited but never added or removed (the building's business).
 */
export function ServicesSection({ lang, draft, onChange, savedCodes, fixed = false }: SectionProps & { savedCodes: ReadonlySet<string>; fixed?: boolean }) {
  const t = (key: Parameters<typeof translate>[1]) => translate(lang, key);
  const setService = (i: number, patch: Partial<ServiceConfig>): void => onChange((d) => ({ ...d, services: replaceAt(d.services, i, (s) => ({ ...s, ...patch })) }));
  const remove = (i: number): void =>
    onChange((d) => {
      const code = d.services[i]?.code;
      return {
        ...d,
        services: d.services.filter((_, j) => j !== i),
        counters: d.counters.map((c) => ({ ...c, services: c.services.filter((s) => s !== code) })),
      };
    });

  return (
    <Section
      id="services"
      title={t('supervisor.settings.services')}
      actions={
        !fixed && (
          <button type="button" className="staff-button staff-button--small" onClick={() => onChange((d) => ({ ...d, services: [...d.services, { ...NEW_SERVICE, name: { id: '', en: '' } }] }))} data-testid="add-service">
            {t('supervisor.settings.addService')}
          </button>
        )
      }
    >
      {draft.services.map((s, i) => {
        const p = `services[${i}]`;
        return (
          <fieldset key={i} className="set-item" data-testid={`set-service-${i}`}>
            <legend className="set-item-title">
              {s.name[lang] || t('supervisor.settings.newService')} {s.code && <span className="set-code">{s.code}</span>}
            </legend>
            <div className="set-grid">
              <TextInput label={t('supervisor.settings.code')} path={`${p}.code`} value={s.code} disabled={fixed || savedCodes.has(s.code)} onChange={(code) => setService(i, { code: code.toUpperCase() })} testId={`set-service-${i}-code`} />
              <TextInput label={t('supervisor.settings.prefix')} path={`${p}.prefix`} value={s.prefix} maxLength={2} onChange={(prefix) => setService(i, { prefix: prefix.toUpperCase() })} testId={`set-service-${i}-prefix`} />
              <TextInput label={t('supervisor.settings.nameId')} path={`${p}.name.id`} value={s.name.id} onChange={(id) => setService(i, { name: { ...s.name, id } })} testId={`set-service-${i}-name-id`} />
              <TextInput label={t('supervisor.settings.nameEn')} path={`${p}.name.en`} value={s.name.en} onChange={(en) => setService(i, { name: { ...s.name, en } })} />
              <TextInput label={t('supervisor.settings.hintId')} path={`${p}.hint.id`} value={s.hint?.id ?? ''} onChange={(id) => setService(i, { hint: hintOf(id, s.hint?.en ?? '') })} />
              <TextInput label={t('supervisor.settings.hintEn')} path={`${p}.hint.en`} value={s.hint?.en ?? ''} onChange={(en) => setService(i, { hint: hintOf(s.hint?.id ?? '', en) })} />
              <NumberInput label={t('supervisor.settings.dailyQuota')} hint={t('supervisor.settings.dailyQuotaHint')} path={`${p}.dailyQuota`} value={s.dailyQuota} onChange={(dailyQuota) => setService(i, { dailyQuota })} testId={`set-service-${i}-quota`} />
              <NumberInput label={t('supervisor.settings.targetWait')} path={`${p}.targetWaitMinutes`} value={s.targetWaitMinutes} onChange={(n) => setService(i, { targetWaitMinutes: required(n) })} testId={`set-service-${i}-target`} />
              <NumberInput label={t('supervisor.settings.serviceMinutes')} path={`${p}.defaultServiceMinutes`} value={s.defaultServiceMinutes} step={0.5} onChange={(n) => setService(i, { defaultServiceMinutes: required(n) })} />
              <CheckInput label={t('supervisor.settings.priorityOffered')} path={`${p}.priorityOffered`} checked={s.priorityOffered} onChange={(priorityOffered) => setService(i, { priorityOffered })} />
              <CheckInput
                label={t('supervisor.settings.ownHours')}
                path={`${p}.openingHours`}
                checked={s.openingHours !== undefined}
                onChange={(own) => setService(i, { openingHours: own ? { ...draft.office.openingHours } : undefined })}
              />
            </div>
            {s.openingHours && <HoursEditor lang={lang} hours={s.openingHours} path={`${p}.openingHours`} testId={`set-service-${i}-hours`} onChange={(openingHours) => setService(i, { openingHours })} />}
            {!fixed && (
              <button type="button" className="staff-button staff-button--small staff-button--danger-quiet set-remove" onClick={() => remove(i)} data-testid={`remove-service-${i}`}>
                {t('supervisor.settings.removeService')}
              </button>
            )}
          </fieldset>
        );
      })}
    </Section>
  );
}

/** Both hint texts empty means no hint; one empty is a mistake the office names. */
function hintOf(id: string, en: string): ServiceConfig['hint'] {
  return id === '' && en === '' ? undefined : { id, en };
}
