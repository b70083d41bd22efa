import { translate, type Language, type MessageKey } from '../../../../shared/i18n';
import './stillHere.css';

/** "Masih di sini?" over an unfinished choice (kiosk) or survey (/rate), with the seconds left and one large button to carry on. */
export function StillHereDialog({
  secondsLeft,
  lang,
  onStay,
  body = 'kiosk.stillHere.body',
}: {
  secondsLeft: number;
  lang: Language;
  onStay: () => void;
  /** What will be dropped, with {n} seconds: the kiosk's choice or the resident's answers. */
  body?: MessageKey;
}) {
  return (
    <div className="modal-backdrop">
      <div className="still-here" role="alertdialog" aria-modal="true" aria-labelledby="still-here-title" aria-describedby="still-here-body" data-testid="still-here">
        <h2 id="still-here-title" className="still-here-title">
          {translate(lang, 'kiosk.stillHere.title')}
        </h2>
        <p className="still-here-seconds" data-testid="still-here-seconds" aria-hidden="true">
          {secondsLeft}
        </p>
        <p id="still-here-body" className="still-here-body">
          {translate(lang, body, { n: secondsLeft })}
        </p>
        {/* Focused at once, so a keypad's Enter answers too. */}
        <button type="button" className="still-here-stay" data-testid="still-here-stay" autoFocus onClick={onStay}>
          {translate(lang, 'kiosk.stillHere.stay')}
        </button>
      </div>
    </div>
  );
}
