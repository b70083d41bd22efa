import { RESPONDENT_PROFILE_FIELDS } from '../../../../shared/skm/profile';
import type { QuickFace } from '../../../../shared/skm/quick-index';
import { UNSUR, type Score } from '../../../../shared/skm/unsur';

/**
 * The rating on the phone, in the order of the rating tablet (/rate): one face, the invitation, the nine
 * SKM questions, the optional profile, thanks. The survey is sent whole at the end; nothing partial is.
 */
export type RatingStep =
  | { kind: 'faces' }
  | { kind: 'invite' }
  | { kind: 'question'; index: number }
  | { kind: 'profile'; index: number }
  | { kind: 'thanks'; survey: boolean };

export interface RatingState {
  step: RatingStep;
  answers: Record<string, Score>;
  profile: Record<string, string>;
  busy: boolean;
  /** A refusal or lost connection, as a message key of the page. */
  notice: string | null;
}

/** Where a ticket's rating starts: faces, or the survey's invitation when the one-tap rating is given. */
export function startRating(rated: { quickDone: boolean; surveyDone: boolean }): RatingState | null {
  if (rated.quickDone && rated.surveyDone) return null;
  return { step: rated.quickDone ? { kind: 'invite' } : { kind: 'faces' }, answers: {}, profile: {}, busy: false, notice: null };
}

export function answer(state: RatingState, score: Score): RatingState {
  if (state.step.kind !== 'question') return state;
  const index = state.step.index;
  const unsur = UNSUR[index];
  if (!unsur) return state;
  const answers: Record<string, Score> = {};
  for (const code in state.answers) answers[code] = state.answers[code] as Score;
  answers[unsur.code] = score;
  const step: RatingStep = index + 1 < UNSUR.length ? { kind: 'question', index: index + 1 } : { kind: 'profile', index: 0 };
  return { ...state, answers, step, notice: null };
}

/** A profile answer, or null to skip the question. */
export function chooseProfile(state: RatingState, value: string | null): RatingState {
  if (state.step.kind !== 'profile') return state;
  const field = RESPONDENT_PROFILE_FIELDS[state.step.index];
  if (!field) return state;
  const profile: Record<string, string> = {};
  for (const key in state.profile) if (key !== field.field) profile[key] = state.profile[key] as string;
  if (value !== null) profile[field.field] = value;
  return { ...state, profile, step: { kind: 'profile', index: Math.min(state.step.index + 1, RESPONDENT_PROFILE_FIELDS.length) } };
}

/** One step back inside the survey (the first question goes back to the invitation). */
export function back(state: RatingState): RatingState {
  const step = state.step;
  if (step.kind === 'question') return { ...state, step: step.index === 0 ? { kind: 'invite' } : { kind: 'question', index: step.index - 1 } };
  if (step.kind === 'profile') return { ...state, step: step.index === 0 ? { kind: 'question', index: UNSUR.length - 1 } : { kind: 'profile', index: step.index - 1 } };
  return state;
}

/** Whether every profile question has been answered or skipped: the survey can be sent. */
export function profileComplete(state: RatingState): boolean {
  return state.step.kind === 'profile' && state.step.index >= RESPONDENT_PROFILE_FIELDS.length;
}

/** The survey as phone.rateSurvey takes it. */
export function surveyBody(state: RatingState): { answers: Record<string, Score>; profile?: Record<string, string> } {
  let hasProfile = false;
  for (const key in state.profile) if (key) hasProfile = true;
  return hasProfile ? { answers: state.answers, profile: state.profile } : { answers: state.answers };
}

/** The refusal of an answer as the page words it; already given answers move the resident on. */
export function refusalStep(error: { code?: string; params?: { reason?: string } } | null, kind: 'quick' | 'survey'): { step: RatingStep | null; notice: string } {
  const reason = error && error.params ? error.params.reason : undefined;
  if (reason === 'already_rated') return { step: { kind: 'invite' }, notice: 'phone.error.already_rated' };
  if (reason === 'survey_done') return { step: { kind: 'thanks', survey: true }, notice: 'phone.error.survey_done' };
  if (!error || !error.code) return { step: null, notice: 'phone.error.network' };
  return { step: kind === 'quick' ? { kind: 'faces' } : null, notice: 'phone.error.other' };
}

export type { QuickFace };
