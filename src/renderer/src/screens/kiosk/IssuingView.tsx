import { translate, type Language } from '../../../../shared/i18n';

export function IssuingView({ lang }: { lang: Language }) {
  return (
    <section className="kiosk-step issuing" role="status">
      <span className="spinner spinner--large" aria-hidden="true" />
      <p className="kiosk-message">{translate(lang, 'kiosk.issuing')}</p>
    </section>
  );
}
