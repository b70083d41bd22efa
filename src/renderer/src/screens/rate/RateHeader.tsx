import { translate, type Language } from '../../../../shared/i18n';
import { LanguageToggle } from '../../components/LanguageToggle';
import { ContrastToggle } from './ContrastToggle';
import type { LinkedTicket } from './rateFlow';

/** Office name, the linked ticket ("Nomor A-017 · KTP-el"), high contrast and the language. */
export function RateHeader({
  officeName,
  link,
  lang,
  contrast,
  onLanguage,
  onContrast,
  onUnlink,
}: {
  officeName: string;
  link: LinkedTicket | null;
  lang: Language;
  contrast: boolean;
  onLanguage: (lang: Language) => void;
  onContrast: (on: boolean) => void;
  /** Null while the link may not change (e.g. during the thank-you). */
  onUnlink: (() => void) | null;
}) {
  return (
    <header className="rate-header">
      <p className="rate-office">{officeName}</p>
      {link ? (
        <p className="rate-link">
          <span data-testid="linked-ticket">{translate(lang, 'rate.linked', { ticket: link.label, service: link.serviceName[lang] })}</span>
          {onUnlink && (
            <button type="button" className="rate-unlink" data-testid="unlink" aria-label={translate(lang, 'rate.unlink')} onClick={onUnlink}>
              ×
            </button>
          )}
        </p>
      ) : (
        <span />
      )}
      <ContrastToggle lang={lang} on={contrast} onChange={onContrast} />
      <LanguageToggle lang={lang} onChange={onLanguage} />
    </header>
  );
}
