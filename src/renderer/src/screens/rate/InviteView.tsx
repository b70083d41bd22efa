import { translate, type Language } from '../../../../shared/i18n';
import { SpeakButton } from './SpeakButton';

/** Step two: the invitation to the full nine-question SKM, or done. */
export function InviteView({
  lang,
  speech,
  onAccept,
  onDecline,
}: {
  lang: Language;
  speech: { speak: (parts: readonly string[]) => void };
  onAccept: () => void;
  onDecline: () => void;
}) {
  const title = translate(lang, 'rate.invite.title');
  const detail = translate(lang, 'rate.invite.detail');
  return (
    <section className="rate-step invite-step" aria-labelledby="invite-title">
      <h1 id="invite-title" className="rate-title">
        {title}
      </h1>
      <p className="invite-detail">{detail}</p>
      <SpeakButton lang={lang} onSpeak={() => speech.speak([title, detail])} />
      <div className="invite-buttons">
        <button type="button" className="rate-primary" data-testid="survey-yes" onClick={onAccept}>
          {translate(lang, 'rate.invite.yes')}
        </button>
        <button type="button" className="rate-secondary rate-secondary--large" data-testid="survey-no" onClick={onDecline}>
          {translate(lang, 'rate.invite.no')}
        </button>
      </div>
    </section>
  );
}
