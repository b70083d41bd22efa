import { PAUSE_REASONS, type PauseReason } from '../../../../shared/domain/ticket';
import { translate, type Language } from '../../../../shared/i18n';
import { Dialog } from '../../components/staff/Dialog';

/** Pausing needs a reason (istirahat, ibadah, rapat, lainnya): one large button each. */
export function PauseDialog({ lang, onPause, onClose }: { lang: Language; onPause: (reason: PauseReason) => void; onClose: () => void }) {
  return (
    <Dialog title={translate(lang, 'counter.pause.title')} lang={lang} onClose={onClose} testId="pause-dialog">
      <div className="staff-choices">
        {PAUSE_REASONS.map((reason, i) => (
          <button
            key={reason}
            type="button"
            className="staff-button staff-choice"
            data-testid={`pause-${reason}`}
            data-autofocus={i === 0 ? true : undefined}
            onClick={() => onPause(reason)}
          >
            {translate(lang, `counter.pause.${reason}`)}
          </button>
        ))}
      </div>
    </Dialog>
  );
}
