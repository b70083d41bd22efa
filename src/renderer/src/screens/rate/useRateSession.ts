import { useCallback, useRef, useState } from 'react';
import type { QuickFace, RespondentProfile, Score, SurveyAnswers } from '../../../../shared/skm';
import { UNSUR } from '../../../../shared/skm';
import { call, toApiError } from '../../api/client';
import { answerErrorMessage, isAlreadyRated, lookupErrorMessage, type RateMessage } from './rateErrors';
import { FACES_STEP, PROFILE_FIELDS, isInSurvey, linkageOf, type LinkedTicket, type RateStep } from './rateFlow';

export interface RateState {
  step: RateStep;
  link: LinkedTicket | null;
  /** The service chosen on screen when there is no ticket. */
  serviceCode: string | null;
  answers: SurveyAnswers;
  profile: RespondentProfile;
  keypadOpen: boolean;
  keypadError: RateMessage | null;
  notice: RateMessage | null;
  busy: boolean;
}

const INITIAL: RateState = {
  step: FACES_STEP,
  link: null,
  serviceCode: null,
  answers: {},
  profile: {},
  keypadOpen: false,
  keypadError: null,
  notice: null,
  busy: false,
};

/**
 * One resident's pass through the rating screen. The state also lives in a ref so that replies and
 * scans arriving later act on what is on screen now; a reply for a resident who has gone (reset) is dropped.
 */
export function useRateSession(services: readonly { code: string }[]) {
  const [state, setState] = useState<RateState>(INITIAL);
  const current = useRef(state);
  const visit = useRef(0);
  /** A ticket finished at this counter while someone was still answering: linked once they are done. */
  const pending = useRef<string | null>(null);

  const update = useCallback((change: (s: RateState) => RateState) => {
    current.current = change(current.current);
    setState(current.current);
  }, []);

  const sendQuick = useCallback(
    async (face: QuickFace, link: LinkedTicket | null, serviceCode: string | null) => {
      const linkage = linkageOf(link, serviceCode);
      if (!linkage) return;
      const thisVisit = visit.current;
      update((s) => ({ ...s, busy: true, notice: null }));
      try {
        await call('ratings.quick', { face, ...linkage });
        if (visit.current !== thisVisit) return;
        update((s) => ({ ...s, busy: false, step: { kind: 'invite' }, link: s.link && { ...s.link, quickDone: true } }));
      } catch (err) {
        const error = toApiError(err);
        console.warn('[rate] ratings.quick failed:', error.code, error.message);
        if (visit.current !== thisVisit) return;
        // Rated already (e.g. on the counter tablet): the full survey may still be open to them.
        const step: RateStep = isAlreadyRated(error) ? { kind: 'invite' } : FACES_STEP;
        update((s) => ({ ...s, busy: false, step, notice: answerErrorMessage(error) }));
      }
    },
    [update],
  );

  /** What a found ticket does depends on where the resident is. */
  const applyLink = useCallback(
    (ticket: LinkedTicket) => {
      const s = current.current;
      const closed = { ...s, keypadOpen: false, keypadError: null, busy: false };
      if (ticket.quickDone && ticket.surveyDone) {
        update(() => ({ ...closed, notice: { key: 'rate.error.allDone', params: { ticket: ticket.label } } }));
        return;
      }
      if (s.step.kind === 'faces' || s.step.kind === 'service') {
        const face = s.step.kind === 'service' ? s.step.face : null;
        const step: RateStep = ticket.quickDone ? { kind: 'invite' } : s.step;
        update(() => ({ ...closed, link: ticket, notice: null, step }));
        if (face && !ticket.quickDone) void sendQuick(face, ticket, null);
        return;
      }
      if (ticket.surveyDone) {
        update(() => ({ ...closed, notice: { key: 'rate.error.surveyDone' } }));
        return;
      }
      update(() => ({ ...closed, link: ticket, notice: null }));
    },
    [sendQuick, update],
  );

  const lookup = useCallback(
    async (ref: string) => {
      if (current.current.step.kind === 'thanks') return;
      const thisVisit = visit.current;
      update((s) => ({ ...s, busy: true }));
      try {
        const ticket = await call('ratings.lookup', { ticketRef: ref });
        if (visit.current === thisVisit) applyLink(ticket);
      } catch (err) {
        const error = toApiError(err);
        console.warn('[rate] ratings.lookup failed:', error.code, error.message);
        if (visit.current !== thisVisit) return;
        const message = lookupErrorMessage(error, ref.toUpperCase().startsWith('LOKET:') ? '' : ref);
        update((s) => (s.keypadOpen ? { ...s, busy: false, keypadError: message } : { ...s, busy: false, notice: message }));
      }
    },
    [applyLink, update],
  );

  const reset = useCallback(() => {
    visit.current += 1;
    update(() => INITIAL);
    const next = pending.current;
    pending.current = null;
    if (next) void lookup(next);
  }, [lookup, update]);

  /** Counter tablet: the counter finished a ticket; open its rating unless someone is still answering. */
  const ticketFinished = useCallback(
    (ticketId: string) => {
      const ref = `LOKET:${ticketId}`;
      const step = current.current.step;
      if (isInSurvey(step) || step.kind === 'thanks') {
        pending.current = ref;
        return;
      }
      visit.current += 1;
      update(() => INITIAL);
      void lookup(ref);
    },
    [lookup, update],
  );

  const chooseFace = (face: QuickFace): void => {
    const { link } = current.current;
    if (link?.quickDone) update((s) => ({ ...s, step: { kind: 'invite' } }));
    else if (link) void sendQuick(face, link, null);
    else if (services.length === 1 && services[0]) {
      const only = services[0].code;
      update((s) => ({ ...s, serviceCode: only }));
      void sendQuick(face, null, only);
    } else update((s) => ({ ...s, notice: null, step: { kind: 'service', face } }));
  };

  const chooseService = (serviceCode: string): void => {
    const step = current.current.step;
    if (step.kind !== 'service') return;
    update((s) => ({ ...s, serviceCode }));
    void sendQuick(step.face, null, serviceCode);
  };

  const answer = (score: Score): void => {
    const step = current.current.step;
    const unsur = step.kind === 'question' ? UNSUR[step.index] : undefined;
    if (step.kind !== 'question' || !unsur) return;
    const next: RateStep = step.index + 1 < UNSUR.length ? { kind: 'question', index: step.index + 1 } : { kind: 'profile', index: 0 };
    update((s) => ({ ...s, notice: null, answers: { ...s.answers, [unsur.code]: score }, step: next }));
  };

  const submitSurvey = async (): Promise<void> => {
    const { answers, profile, link, serviceCode } = current.current;
    const linkage = linkageOf(link, serviceCode);
    if (!linkage) return;
    const thisVisit = visit.current;
    update((s) => ({ ...s, busy: true }));
    try {
      await call('ratings.survey', { answers, profile, ...linkage });
      if (visit.current === thisVisit) update((s) => ({ ...s, busy: false, step: { kind: 'thanks', survey: true } }));
    } catch (err) {
      const error = toApiError(err);
      console.warn('[rate] ratings.survey failed:', error.code, error.message, error.problems);
      if (visit.current === thisVisit) update((s) => ({ ...s, busy: false, step: { kind: 'refused', message: answerErrorMessage(error) } }));
    }
  };

  const chooseProfile = (value: string | null): void => {
    const step = current.current.step;
    const spec = step.kind === 'profile' ? PROFILE_FIELDS[step.index] : undefined;
    if (step.kind !== 'profile' || !spec) return;
    const profile: RespondentProfile = { ...current.current.profile };
    if (value === null) delete profile[spec.field];
    else Object.assign(profile, { [spec.field]: value });
    const last = step.index + 1 >= PROFILE_FIELDS.length;
    update((s) => ({ ...s, profile, step: last ? s.step : { kind: 'profile', index: step.index + 1 } }));
    if (last) void submitSurvey();
  };

  const back = (): void => {
    const step = current.current.step;
    let previous: RateStep = FACES_STEP;
    if (step.kind === 'question') previous = step.index > 0 ? { kind: 'question', index: step.index - 1 } : { kind: 'invite' };
    else if (step.kind === 'profile') previous = step.index > 0 ? { kind: 'profile', index: step.index - 1 } : { kind: 'question', index: UNSUR.length - 1 };
    update((s) => ({ ...s, step: previous }));
  };

  return {
    state,
    reset,
    lookup,
    ticketFinished,
    chooseFace,
    chooseService,
    answer,
    chooseProfile,
    back,
    accept: () => update((s) => ({ ...s, step: { kind: 'question', index: 0 } })),
    decline: () => update((s) => ({ ...s, step: { kind: 'thanks', survey: false } })),
    unlink: () => update((s) => ({ ...s, link: null })),
    openKeypad: () => update((s) => ({ ...s, keypadOpen: true, keypadError: null, notice: null })),
    closeKeypad: () => update((s) => ({ ...s, keypadOpen: false, keypadError: null })),
    dismissNotice: () => update((s) => ({ ...s, notice: null })),
  };
}
