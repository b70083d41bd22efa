import { useCallback, useEffect, useState, type FormEvent } from 'react';
import type { MethodOutput } from '../../../../shared/api/contract';
import { formatLongDate, translate, type Language } from '../../../../shared/i18n';
import { call } from '../../api/client';
import { ConfirmDialog } from '../../components/staff/ConfirmDialog';
import { Field } from '../../components/staff/Field';
import { Notice } from '../../components/staff/Notice';
import type { PanelProps } from './panelTypes';
import { usePanelRequest } from './usePanelRequest';

type Device = MethodOutput<'devices.list'>[number];
type Zone = NonNullable<MethodOutput<'settings.get'>['config']['display']['zones']>[number];

/** A display's zone as the list shows it: the whole building, a zone's name, or one the settings lost. */
function zoneName(lang: Language, zones: readonly Zone[], zone: string | null): string {
  if (zone === null) return translate(lang, 'supervisor.devices.zoneBuilding');
  return zones.find((z) => z.id === zone)?.name[lang] ?? translate(lang, 'supervisor.devices.zoneGone', { zone });
}

const KNOWN_ROLES = ['kiosk', 'display', 'counter', 'supervisor'] as const;

/** devices.list names the role as a plain string; a role this screen does not know is shown as it is. */
function roleName(lang: Language, role: string): string {
  const known = KNOWN_ROLES.find((r) => r === role);
  return known ? translate(lang, `supervisor.role.${known}`) : role;
}

/**
 * Perangkat: pair a kiosk or display by the 6-digit code it shows; list and revoke credentials. In a
 * building with display zones, a display is given its zone when paired, and can be moved later.
 */
export function DevicesPanel({ lang, onSessionEnded }: PanelProps) {
  const [devices, setDevices] = useState<Device[]>([]);
  const [zones, setZones] = useState<readonly Zone[]>([]);
  const [zone, setZone] = useState<string | null>(null);
  const [code, setCode] = useState('');
  const [revoking, setRevoking] = useState<Device | null>(null);
  const request = usePanelRequest(lang, onSessionEnded);
  const { run } = request;
  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

  const reload = useCallback(async () => {
    try {
      setDevices(await call('devices.list', {}));
    } catch (err) {
      console.warn('[supervisor] devices.list failed:', err);
    }
  }, []);

  useEffect(() => {
    void run(
      () => call('devices.list', {}),
      (list) => {
        setDevices(list);
        return null;
      },
    );
    call('settings.get', {})
      .then((settings) => setZones(settings.config.display.zones ?? []))
      .catch((err: unknown) => console.warn('[supervisor] settings.get failed:', err));
  }, [run]);

  const approve = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    if (!/^\d{6}$/.test(code)) {
      request.setNotice({ tone: 'error', text: translate(lang, 'supervisor.devices.codeFormat') });
      return;
    }
    const paired = await run(
      () => call('devices.approve', { code, zone }),
      (device) =>
        device.zone !== undefined
          ? translate(lang, 'supervisor.devices.approvedZone', { label: device.label, zone: zoneName(lang, zones, device.zone) })
          : translate(lang, 'supervisor.devices.approved', { label: device.label, role: roleName(lang, device.role) }),
      (error) => (error.code === 'not_found' ? translate(lang, 'supervisor.devices.codeUnknown') : null),
    );
    if (paired) {
      setCode('');
      await reload();
    }
  };

  const moveToZone = async (device: Device, next: string | null): Promise<void> => {
    await run(
      () => call('devices.setZone', { id: device.id, zone: next }),
      () => translate(lang, 'supervisor.devices.zoneChanged', { label: device.label, zone: zoneName(lang, zones, next) }),
    );
    await reload();
  };

  const revoke = async (device: Device): Promise<void> => {
    setRevoking(null);
    await run(
      () => call('devices.revoke', { id: device.id }),
      () => translate(lang, 'supervisor.devices.revoked', { label: device.label }),
    );
    await reload();
  };

  return (
    <div className="panel-columns">
      <section className="desk-panel" aria-labelledby="devices-title">
        <h2 id="devices-title" className="panel-title">
          {translate(lang, 'supervisor.devices.list')}
        </h2>
        {request.notice && (
          <Notice tone={request.notice.tone} text={request.notice.text} lang={lang} onDismiss={request.dismiss} testId="devices-notice" />
        )}
        {devices.length === 0 ? (
          <p className="queue-empty">{translate(lang, 'supervisor.devices.none')}</p>
        ) : (
          <ul className="device-list">
            {devices.map((device) => (
              <li key={device.id} className="device-item" data-testid={`device-${device.id}`}>
                <span className="device-text">
                  <span className="device-label">{device.label}</span>
                  <span className="device-meta">
                    {roleName(lang, device.role)} · {translate(lang, 'supervisor.devices.since', { date: formatLongDate(device.createdAt, timeZone, lang) })}
                  </span>
                </span>
                {zones.length > 0 && device.role === 'display' && (
                  <select
                    className="field-input"
                    aria-label={translate(lang, 'supervisor.devices.zoneOf', { label: device.label })}
                    value={device.zone ?? ''}
                    disabled={request.busy}
                    onChange={(event) => void moveToZone(device, event.target.value === '' ? null : event.target.value)}
                    data-testid={`device-zone-${device.id}`}
                  >
                    <option value="">{translate(lang, 'supervisor.devices.zoneBuilding')}</option>
                    {device.zone !== null && !zones.some((z) => z.id === device.zone) && (
                      <option value={device.zone}>{zoneName(lang, zones, device.zone)}</option>
                    )}
                    {zones.map((z) => (
                      <option key={z.id} value={z.id}>
                        {z.name[lang]}
                      </option>
                    ))}
                  </select>
                )}
                <button type="button" className="staff-button staff-button--small staff-button--danger-quiet" onClick={() => setRevoking(device)}>
                  {translate(lang, 'supervisor.devices.revoke')}
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
      <form className="desk-panel staff-form" onSubmit={(event) => void approve(event)} data-testid="pair-form">
        <h2 className="panel-title">{translate(lang, 'supervisor.devices.pair')}</h2>
        <p className="staff-hint">{translate(lang, 'supervisor.devices.pairHint')}</p>
        <Field
          label={translate(lang, 'supervisor.devices.code')}
          value={code}
          onChange={(value) => setCode(value.replace(/\D/g, '').slice(0, 6))}
          inputMode="numeric"
          autoComplete="off"
          className="field-input field-input--code"
          data-testid="pair-code"
        />
        {zones.length > 0 && (
          <fieldset className="role-choice">
            <legend className="field-label">{translate(lang, 'supervisor.devices.zone')}</legend>
            <p className="staff-hint">{translate(lang, 'supervisor.devices.zoneHint')}</p>
            {[null, ...zones.map((z) => z.id)].map((id) => (
              <label key={id ?? ''} className={zone === id ? 'role-option role-option--chosen' : 'role-option'}>
                <input type="radio" name="zone" checked={zone === id} onChange={() => setZone(id)} data-testid={`pair-zone-${id ?? 'building'}`} />
                {zoneName(lang, zones, id)}
              </label>
            ))}
          </fieldset>
        )}
        <button type="submit" className="staff-button staff-button--primary" disabled={request.busy || code.length !== 6} data-testid="pair-submit">
          {translate(lang, 'supervisor.devices.approve')}
        </button>
      </form>
      {revoking && (
        <ConfirmDialog
          title={translate(lang, 'supervisor.devices.revokeConfirm', { label: revoking.label })}
          confirmLabel={translate(lang, 'supervisor.devices.revoke')}
          lang={lang}
          onClose={() => setRevoking(null)}
          onConfirm={() => void revoke(revoking)}
        />
      )}
    </div>
  );
}
