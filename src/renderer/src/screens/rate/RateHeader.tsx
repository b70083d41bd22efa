import type { ReactNode } from 'react';
import { translate, type Language } from '../../../../shared/i18n';
import { AccessModeToggle } from '../../components/accessMode/AccessModeToggle';
import type { AccessMode } from '../../components/accessMode/useAccessMode';
import { LanguageToggle } from '../../components/LanguageToggle';
import type { LinkedTicket } from './rateFlow';

/** Office name, the linked ticket ("Nomor A-017 · KTP-el"), large text and high contrast, and the language. */
export function RateHeader({
  officeName,
  link,
  lang,
  access,
  onLanguage,
  onUnlink,
  children,
}: {
  officeName: string;
  link: LinkedTicket | null;
  lang: Language;
  access: AccessMode;
  onLanguage: (lang: Language) => void;
  /** Null while the link may not change (e.g. during the thank-you). */
  onUnlink: (() => void) | null;
  /** Any other aid (voice guidance), placed beside large text and high contrast. */
  children?: ReactNode;
}) {
  return (
    <header className="rate-header">
      <div className="rate-identity">
        <p className="rate-office">{officeName}</p>
        {link && (
          <p className="rate-link">
            <span data-testid="linked-ticket">{translate(lang, 'rate.linked', { ticket: link.label, service: link.serviceName[lang] })}</span>
            {onUnlink && (
              <button type="button" className="rate-unlink" data-testid="unlink" aria-label={translate(lang, 'rate.unlink')} onClick={onUnlink}>
                ×
              </button>
            )}
          </p>
        )}
      </div>
      <div className="rate-tools">
        <AccessModeToggle lang={lang} mode={access} />
        {children}
        <LanguageToggle lang={lang} onChange={onLanguage} />
      </div>
    </header>
  );
}
