import type { ReactNode } from 'react';
import type { Language } from '../../../../shared/i18n';
import { BackButton } from '../../components/BackButton';
import { SpeakButton } from './SpeakButton';

export interface Choice {
  key: string;
  label: string;
  testId: string;
}

/**
 * One question per screen: progress, the question, large answer buttons, back. The chosen answer stays
 * marked when the resident comes back to change it. `speak` reads the question and every answer.
 */
export function ChoiceStep({
  lang,
  progress,
  kicker,
  title,
  choices,
  selected,
  onChoose,
  onBack,
  speech,
  footer,
}: {
  lang: Language;
  /** [answered so far + 1, total], drawn as a bar. */
  progress: readonly [number, number];
  kicker: string;
  title: string;
  choices: readonly Choice[];
  selected: string | undefined;
  onChoose: (key: string) => void;
  onBack: () => void;
  speech: { speak: (parts: readonly string[]) => void };
  footer?: ReactNode;
}) {
  const [current, total] = progress;
  return (
    <section className="rate-step choice-step" aria-labelledby="choice-title">
      <div className="choice-top">
        <BackButton lang={lang} onBack={onBack} />
        <div className="choice-progress" role="progressbar" aria-label={kicker} aria-valuemin={1} aria-valuemax={total} aria-valuenow={current}>
          <p className="choice-kicker" data-testid="progress">
            {kicker}
          </p>
          <div className="choice-bar">
            <div className="choice-bar-fill" style={{ width: `${(current / total) * 100}%` }} />
          </div>
        </div>
        <SpeakButton lang={lang} onSpeak={() => speech.speak([title, ...choices.map((c) => c.label)])} />
      </div>
      <h1 id="choice-title" className="choice-title" data-testid="question">
        {title}
      </h1>
      <div className={`choice-grid choice-grid--${choices.length}`}>
        {choices.map((choice, i) => (
          <button
            key={choice.key}
            type="button"
            className={choice.key === selected ? 'choice-button choice-button--selected' : 'choice-button'}
            data-testid={choice.testId}
            aria-pressed={choice.key === selected}
            onClick={() => onChoose(choice.key)}
          >
            {choices.length === 4 && <span className="choice-scale" aria-hidden="true">{'●'.repeat(i + 1)}</span>}
            <span className="choice-label">{choice.label}</span>
          </button>
        ))}
      </div>
      {footer}
    </section>
  );
}
