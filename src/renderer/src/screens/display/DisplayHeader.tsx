import { formatClock, formatLongDate, type Language } from '../../../../shared/i18n';
import { OfficeNameDoor } from '../../components/appWindow/OfficeNameDoor';
import { useNow } from '../../hooks/useNow';

/**
 * Office name, the zone of the building this TV shows (when it is assigned one), and the office's own date
 * and time (its time zone, corrected by the core's clock).
 */
export function DisplayHeader({
  officeName,
  zoneName,
  timeZone,
  clockOffsetMs,
  lang,
}: {
  officeName: string;
  /** "Lantai 1"; null for a TV of the whole building. */
  zoneName: string | null;
  /** Null until the office is known: no clock is better than one in the wrong time zone. */
  timeZone: string | null;
  clockOffsetMs: number;
  lang: Language;
}) {
  const now = useNow(clockOffsetMs);
  return (
    <header className="display-header">
      <div className="display-where">
        <OfficeNameDoor name={officeName} className="display-office" />
        {zoneName && (
          <p className="display-zone" data-testid="display-zone">
            {zoneName}
          </p>
        )}
      </div>
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
