import type { ReactNode } from 'react';
import { formatClock, formatLongDate, type Language } from '../../../../shared/i18n';
import { AccessModeToggle } from '../../components/accessMode/AccessModeToggle';
import type { AccessMode } from '../../components/accessMode/useAccessMode';
import { OfficeNameDoor } from '../../components/appWindow/OfficeNameDoor';
import { LanguageToggle } from '../../components/LanguageToggle';
import { useNow } from '../../hooks/useNow';

/**
 * Office name, the office's local date and time, and the visitor's tools, always visible: large text and
 * high contrast, any other aid passed as children (placed beside it), and the language.
 */
export function KioskHeader({
  officeName,
  timeZone,
  clockOffsetMs,
  lang,
  access,
  onLanguage,
  children,
}: {
  officeName: string;
  /** Null until the office is known: no clock is better than one in the wrong time zone. */
  timeZone: string | null;
  clockOffsetMs: number;
  lang: Language;
  access: AccessMode;
  onLanguage: (lang: Language) => void;
  children?: ReactNode;
}) {
  const now = useNow(clockOffsetMs);
  return (
    <header className="kiosk-header">
      <div className="kiosk-identity">
        <OfficeNameDoor name={officeName} className="office-name" />
        {timeZone && (
          <p className="kiosk-clock">
            <span className="kiosk-time">{formatClock(now, timeZone, lang)}</span> <span className="kiosk-date">{formatLongDate(now, timeZone, lang)}</span>
          </p>
        )}
      </div>
      <div className="kiosk-tools">
        <AccessModeToggle lang={lang} mode={access} />
        {children}
        <LanguageToggle lang={lang} onChange={onLanguage} />
      </div>
    </header>
  );
}
