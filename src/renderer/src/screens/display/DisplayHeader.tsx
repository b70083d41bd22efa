import { formatClock, formatLongDate, type Language } from '../../../../shared/i18n';
import { OfficeNameDoor } from '../../components/appWindow/OfficeNameDoor';
import { useNow } from '../../hooks/useNow';

/** Office name and the office's own date and time (its time zone, corrected by the core's clock). */
export function DisplayHeader({
  officeName,
  timeZone,
  clockOffsetMs,
  lang,
}: {
  officeName: string;
  /** Null until the office is known: no clock is better than one in the wrong time zone. */
  timeZone: string | null;
  clockOffsetMs: number;
  lang: Language;
}) {
  const now = useNow(clockOffsetMs);
  return (
    <header className="display-header">
      <OfficeNameDoor name={officeName} className="display-office" />
      {timeZone && (
        <p className="display-clock">
          <span className="display-date">{formatLongDate(now, timeZone, lang)}</span>
          <span className="display-time" data-testid="display-time">
            {formatClock(now, timeZone, lang)}
          </span>
        </p>
      )}
    </header>
  );
}
