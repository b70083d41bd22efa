import { translate, type Language } from '../../../../shared/i18n';
import { SCORES, UNSUR, type Score, type SurveyAnswers } from '../../../../shared/skm';
import { ChoiceStep } from './ChoiceStep';

/** One of the nine unsur, with the official wording and answer labels of Permenpan RB 14/2017. */
export function QuestionView({
  index,
  answers,
  lang,
  speech,
  onAnswer,
  onBack,
}: {
  index: number;
  answers: SurveyAnswers;
  lang: Language;
  speech: { speak: (parts: readonly string[]) => void };
  onAnswer: (score: Score) => void;
  onBack: () => void;
}) {
  const unsur = UNSUR[index];
  if (!unsur) return null;
  const given = answers[unsur.code];
  return (
    <ChoiceStep
      key={unsur.code}
      lang={lang}
      progress={[index + 1, UNSUR.length]}
      kicker={`${translate(lang, 'rate.progress', { n: index + 1, total: UNSUR.length })} · ${unsur.name[lang]}`}
      title={unsur.question[lang]}
      choices={SCORES.map((score) => ({ key: String(score), label: unsur.labels[score - 1]?.[lang] ?? '', testId: `answer-${score}` }))}
      selected={given === undefined ? undefined : String(given)}
      onChoose={(key) => onAnswer(Number(key) as Score)}
      onBack={onBack}
      speech={speech}
    />
  );
}
