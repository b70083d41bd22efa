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

const KNOWN_ROLES = ['kiosk', 'display', 'counter', 'supervisor'] as const;

/** devices.list names the role as a plain string; a role this screen does not know is shown as it is. */
function roleName(lang: Language, role: string): string {
  const known = KNOWN_ROLES.find((r) => r === role);
  return known ? translate(lang, `supervisor.role.${known}`) : role;
}

/** Perangkat: pair a kiosk or display by the 6-digit code it shows; list and revoke credentials. */
export function DevicesPanel({ lang, onSessionEnded }: PanelProps) {
  const [devices, setDevices] = useState<Device[]>([]);
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
  }, [run]);

  const approve = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    if (!/^\d{6}$/.test(code)) {
      request.setNotice({ tone: 'error', text: translate(lang, 'supervisor.devices.codeFormat') });
      return;
    }
    const paired = await run(
      () => call('devices.approve', { code }),
      (device) => translate(lang, 'supervisor.devices.approved', { label: device.label, role: roleName(lang, device.role) }),
      (error) => (error.code === 'not_found' ? translate(lang, 'supervisor.devices.codeUnknown') : null),
    );
    if (paired) {
      setCode('');
      await reload();
    }
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
