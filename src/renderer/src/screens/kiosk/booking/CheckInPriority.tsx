import type { PriorityReason } from '../../../../../shared/domain/priority';
import { priorityReasonName, translate, type Language } from '../../../../../shared/i18n';
import { PriorityPictogram } from '../PriorityPictogram';

/**
 * Pasal 29 priority for a booked visitor, as for a walk-in: chosen before the code is read (a read code
 * checks in at once), shown once chosen, and taken back with one touch.
 */
export function CheckInPriority({
  reason,
  lang,
  onChoose,
  onClear,
}: {
  reason: PriorityReason | null;
  lang: Language;
  onChoose: () => void;
  onClear: () => void;
}) {
  if (reason === null) {
    return (
      <button type="button" className="checkin-priority" data-testid="checkin-priority" onClick={onChoose}>
        <PriorityPictogram reason="disabilitas" className="pictogram pictogram--small" />
        <span className="checkin-priority-text">
          <span className="checkin-priority-title">{translate(lang, 'kiosk.booking.priority')}</span>
          <span className="checkin-priority-hint">{translate(lang, 'kiosk.booking.priorityHint')}</span>
        </span>
      </button>
    );
  }
  return (
    <div className="checkin-priority-chosen">
      <button type="button" className="reason-chip checkin-reason" data-testid="checkin-priority" onClick={onChoose}>
        <PriorityPictogram reason={reason} className="pictogram pictogram--small" />
        {translate(lang, 'kiosk.priorityTag', { reason: priorityReasonName(lang, reason) })}
      </button>
      <button type="button" className="checkin-priority-clear" data-testid="checkin-priority-clear" onClick={onClear}>
        {translate(lang, 'kiosk.booking.priorityClear')}
      </button>
    </div>
  );
}
