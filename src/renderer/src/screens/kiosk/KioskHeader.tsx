import { formatClock, formatLongDate, type Language } from '../../../../shared/i18n';
import { OfficeNameDoor } from '../../components/appWindow/OfficeNameDoor';
import { LanguageToggle } from '../../components/LanguageToggle';
import { useNow } from '../../hooks/useNow';

/** Office name, the office's local date and time, and the language toggle (always visible). */
export function KioskHeader({
  officeName,
  timeZone,
  clockOffsetMs,
  lang,
  onLanguage,
}: {
  officeName: string;
  /** Null until the office is known: no clock is better than one in the wrong time zone. */
  timeZone: string | null;
  clockOffsetMs: number;
  lang: Language;
  onLanguage: (lang: Language) => void;
}) {
  const now = useNow(clockOffsetMs);
  return (
    <header className="kiosk-header">
      <OfficeNameDoor name={officeName} className="office-name" />
      {timeZone && (
        <p className="kiosk-clock">
          <span className="kiosk-time">{formatClock(now, timeZone, lang)}</span>
          <span className="kiosk-date">{formatLongDate(now, timeZone, lang)}</span>
        </p>
      )}
      <LanguageToggle lang={lang} onChange={onLanguage} />
    </header>
  );
}
