import { useState } from 'react';
import type { MethodOutput } from '../../../../../shared/api/contract';
import { translate } from '../../../../../shared/i18n';
import { call } from '../../../api/client';
import type { SectionProps } from './draftTypes';
import { TextInput } from './fields';
import { Section } from './Section';

type Check = MethodOutput<'phone.checkPublicUrl'>;

/**
 * Visitors' phones: the office PC's address on the office Wi-Fi (lan.publicUrl), printed in each ticket's
 * QR code, and a check that it reaches this office. Empty: the tickets' QR codes stay for the rating tablets.
 */
export function PhoneSection({ lang, draft, onChange }: SectionProps) {
  const t = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) => translate(lang, key, params);
  const url = draft.lan?.publicUrl ?? '';
  const [check, setCheck] = useState<Check | 'checking' | 'failed' | null>(null);
  const setUrl = (value: string): void => {
    setCheck(null);
    onChange((d) => {
      const hostNames = d.lan?.hostNames ?? [];
      if (value === '' && hostNames.length === 0) {
        const { lan: _dropped, ...rest } = d;
        return rest;
      }
      return { ...d, lan: { hostNames, ...(value === '' ? {} : { publicUrl: value }) } };
    });
  };
  const runCheck = (): void => {
    setCheck('checking');
    call('phone.checkPublicUrl', url === '' ? {} : { url })
      .then(setCheck)
      .catch(() => setCheck('failed'));
  };
  let result: { text: string; ok: boolean } | null = null;
  if (check === 'failed') result = { text: t('supervisor.settings.publicUrl.failed'), ok: false };
  else if (check && check !== 'checking') {
    result = check.reachable
      ? { text: t('supervisor.settings.publicUrl.reachable', { url: check.url ?? '' }), ok: true }
      : { text: t(`supervisor.settings.publicUrl.problem.${check.problem ?? 'unreachable'}`, { detail: check.detail ?? '' }), ok: false };
  }
  return (
    <Section id="phones" title={t('supervisor.settings.phones')}>
      <div className="set-grid">
        <TextInput
          label={t('supervisor.settings.publicUrl')}
          path="lan.publicUrl"
          value={url}
          onChange={setUrl}
          hint={t('supervisor.settings.publicUrl.hint')}
          testId="settings-public-url"
          wide
        />
      </div>
      <button type="button" className="staff-button staff-button--small staff-button--quiet" onClick={runCheck} disabled={check === 'checking'} data-testid="settings-public-url-check">
        {t(check === 'checking' ? 'supervisor.settings.publicUrl.checking' : 'supervisor.settings.publicUrl.check')}
      </button>
      {result && (
        <p className={`staff-notice ${result.ok ? 'staff-notice--success' : 'staff-notice--error'}`} role="status" data-testid="settings-public-url-result">
          {result.text}
        </p>
      )}
    </Section>
  );
}
