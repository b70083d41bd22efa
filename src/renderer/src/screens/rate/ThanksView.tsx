import { useEffect } from 'react';
import { translate, type Language } from '../../../../shared/i18n';

/** The thank-you; no answer can be given until it has gone away by itself after `seconds`. */
export function ThanksView({ lang, survey, seconds, onDone }: { lang: Language; survey: boolean; seconds: number; onDone: () => void }) {
  useEffect(() => {
    const timer = setTimeout(onDone, seconds * 1000);
    return () => clearTimeout(timer);
  }, [seconds, onDone]);

  return (
    <section className="rate-step thanks-step" data-testid="thanks" role="status">
      <svg className="thanks-icon" viewBox="0 0 96 96" aria-hidden="true" fill="none" stroke="currentColor" strokeWidth="8" strokeLinecap="round" strokeLinejoin="round">
        <circle cx="48" cy="48" r="40" />
        <path d="M30 50 L43 63 L67 36" />
      </svg>
      <h1 className="rate-title">{translate(lang, 'rate.thanks.title')}</h1>
      <p className="thanks-text">{translate(lang, survey ? 'rate.thanks.survey' : 'rate.thanks.quick')}</p>
      <div className="countdown" style={{ animationDuration: `${seconds}s` }} aria-hidden="true" />
    </section>
  );
}
