import { translate, type Language, type MessageKey } from '../../../../shared/i18n';

/** Waiting for the office: a number being issued, or a booking being checked. */
export function IssuingView({ lang, message = 'kiosk.issuing' }: { lang: Language; message?: MessageKey }) {
  return (
    <section className="kiosk-step issuing" role="status">
      <span className="spinner spinner--large" aria-hidden="true" />
      <p className="kiosk-message">{translate(lang, message)}</p>
    </section>
  );
}
