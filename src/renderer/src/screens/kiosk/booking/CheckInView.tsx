import type { PriorityReason } from '../../../../../shared/domain/priority';
import { translate, type Language } from '../../../../../shared/i18n';
import { BackButton } from '../../../components/BackButton';
import { BookingCodePad } from './BookingCodePad';
import { CameraPanel } from './CameraPanel';
import { CheckInPriority } from './CheckInPriority';

/**
 * "Sudah punya booking?": the three ways in on one screen. The QR held up to the camera, the QR at a USB
 * scanner (read by the kiosk screen itself, anywhere), or the short code typed on large keys.
 */
export function CheckInView({
  lang,
  reason,
  offersPriority,
  onCode,
  onPriority,
  onClearPriority,
  onBack,
}: {
  lang: Language;
  reason: PriorityReason | null;
  offersPriority: boolean;
  onCode: (code: string) => void;
  onPriority: () => void;
  onClearPriority: () => void;
  onBack: () => void;
}) {
  return (
    <section className="kiosk-step checkin" data-testid="checkin">
      <div className="step-head">
        <BackButton lang={lang} onBack={onBack} />
        <h1 className="kiosk-instruction">{translate(lang, 'kiosk.booking.title')}</h1>
        {offersPriority && <CheckInPriority reason={reason} lang={lang} onChoose={onPriority} onClear={onClearPriority} />}
      </div>
      <div className="checkin-ways">
        <CameraPanel lang={lang} onCode={onCode} />
        <section className="checkin-typed" aria-labelledby="checkin-typed-title">
          <h2 id="checkin-typed-title" className="checkin-typed-title">
            {translate(lang, 'kiosk.booking.typeCode')}
          </h2>
          <p className="checkin-typed-hint">{translate(lang, 'kiosk.booking.typeHint')}</p>
          <BookingCodePad lang={lang} onSubmit={onCode} />
        </section>
      </div>
    </section>
  );
}
