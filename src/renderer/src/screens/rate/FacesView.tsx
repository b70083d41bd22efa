import { translate, type Language } from '../../../../shared/i18n';
import { QUICK_FACE_LABELS, QUICK_FACES, type QuickFace } from '../../../../shared/skm';
import { FaceIcon } from './FaceIcon';
import type { LinkedTicket } from './rateFlow';
import { SpeakButton } from './SpeakButton';

/** Step one: a single question, four faces with words (no neutral), one tap. */
export function FacesView({
  link,
  lang,
  busy,
  speech,
  onFace,
  onEnterTicket,
}: {
  link: LinkedTicket | null;
  lang: Language;
  busy: boolean;
  speech: { speak: (parts: readonly string[]) => void };
  onFace: (face: QuickFace) => void;
  onEnterTicket: () => void;
}) {
  const question = link ? translate(lang, 'rate.questionFor', { ticket: link.label }) : translate(lang, 'rate.question');
  const labels = QUICK_FACES.map((face) => QUICK_FACE_LABELS[face][lang]);
  return (
    <section className="rate-step faces-step" aria-labelledby="faces-title">
      <div className="faces-head">
        <h1 id="faces-title" className="rate-title" data-testid="faces-question">
          {question}
        </h1>
        <SpeakButton lang={lang} onSpeak={() => speech.speak([question, ...labels])} />
      </div>
      <div className="face-grid">
        {QUICK_FACES.map((face, i) => (
          <button key={face} type="button" className={`face-button face-button--${face}`} data-testid={`face-${face}`} disabled={busy} onClick={() => onFace(face)}>
            <FaceIcon face={face} />
            <span className="face-label">{labels[i]}</span>
          </button>
        ))}
      </div>
      {!link && (
        <div className="ticket-hint">
          <span>{translate(lang, 'rate.scanHint')}</span>
          <button type="button" className="rate-secondary" data-testid="enter-ticket" onClick={onEnterTicket}>
            {translate(lang, 'rate.enterTicket')}
          </button>
        </div>
      )}
    </section>
  );
}
