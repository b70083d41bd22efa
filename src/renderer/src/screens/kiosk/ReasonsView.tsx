import type { PriorityReason } from '../../../../shared/domain/priority';
import { priorityReasonName, translate, type Language } from '../../../../shared/i18n';
import { BackButton } from '../../components/BackButton';
import { PriorityPictogram } from './PriorityPictogram';

/** The Pasal 29 groups this office serves first, each with its pictogram. */
export function ReasonsView({
  reasons,
  lang,
  onChoose,
  onBack,
}: {
  reasons: PriorityReason[];
  lang: Language;
  onChoose: (reason: PriorityReason) => void;
  onBack: () => void;
}) {
  return (
    <section className="kiosk-step">
      <div className="step-head">
        <BackButton lang={lang} onBack={onBack} />
        <h1 className="kiosk-instruction">{translate(lang, 'kiosk.chooseReason')}</h1>
      </div>
      <div className="reason-grid">
        {reasons.map((reason) => (
          <button
            key={reason}
            type="button"
            className="reason-button"
            data-testid={`priority-reason-${reason}`}
            onClick={() => onChoose(reason)}
          >
            <PriorityPictogram reason={reason} />
            <span className="reason-name">{priorityReasonName(lang, reason)}</span>
          </button>
        ))}
      </div>
    </section>
  );
}
