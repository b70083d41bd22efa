import { describe, expect, it } from 'vitest';
import type { PhoneTicketView } from '../../../src/shared/api/methods/phone';
import { en } from '../../../src/shared/i18n/messages.en';
import { id } from '../../../src/shared/i18n/messages.id';
import { RESPONDENT_PROFILE_FIELDS, UNSUR } from '../../../src/shared/skm';
import { aheadText, callKey, problemOf, shouldRing, stateText, waitText } from '../../../src/renderer/src/screens/phone/phoneModel';
import { answer, back, chooseProfile, profileComplete, refusalStep, startRating, surveyBody } from '../../../src/renderer/src/screens/phone/phoneRating';
import { translator, type Texts } from '../../../src/renderer/src/screens/phone/phoneTexts';

/** The phone page's own logic (src/renderer/src/screens/phone): its words, its call alarm, its rating steps. */
const TEXTS: Texts = { id: { ...id }, en: { ...en } };

const VIEW: PhoneTicketView = {
  officeName: 'Kantor',
  label: 'A-003',
  serviceName: { id: 'KTP-el', en: 'ID card' },
  transferredFrom: null,
  state: 'waiting',
  aheadCount: 2,
  estimatedWaitMinutes: 10,
  counterNumber: null,
  counterName: null,
  recallCount: 0,
  rating: { open: false, quickDone: false, surveyDone: false },
};

describe('what the phone says', () => {
  const t = translator(TEXTS, 'id');
  const english = translator(TEXTS, 'en');

  it('words the place in the queue and the wait', () => {
    expect(aheadText(t, 0)).toBe('Anda berikutnya');
    expect(aheadText(t, 1)).toBe('1 orang');
    expect(aheadText(english, 1)).toBe('1 person');
    expect(aheadText(english, 4)).toBe('4 people');
    expect(waitText(t, 10)).toBe('± 10 menit');
    expect(waitText(t, 0)).toBe('kurang dari 1 menit');
    expect(waitText(english, null)).toBe('no counter is open yet');
  });

  it('says where to go when called or served, by the counter name', () => {
    expect(stateText(t, VIEW)).toBeNull();
    expect(stateText(t, { ...VIEW, state: 'called', counterNumber: 3, counterName: 'Loket 3' })).toBe('Silakan ke Loket 3');
    expect(stateText(english, { ...VIEW, state: 'called', counterNumber: 3, counterName: null })).toBe('Please go to Counter 3');
    expect(stateText(t, { ...VIEW, state: 'no_show' })).toContain('dilewati');
  });

  it('rings once per call and again at each recall', () => {
    const called = { ...VIEW, state: 'called' as const, counterNumber: 3, counterName: 'Loket 3' };
    expect(shouldRing(null, VIEW)).toBe(false);
    expect(shouldRing(null, called)).toBe(true);
    expect(shouldRing(callKey(called), called)).toBe(false);
    expect(shouldRing(callKey(called), { ...called, recallCount: 1 })).toBe(true);
    expect(shouldRing(callKey(called), { ...called, counterNumber: 2 })).toBe(true);
  });

  it('turns refusals into plain words', () => {
    expect(problemOf({ code: 'not_found' })).toEqual({ kind: 'not_found' });
    expect(problemOf({ code: 'wrong_state', params: { reason: 'other_day' } })).toEqual({ kind: 'other_day' });
    expect(problemOf({ code: 'locked', params: { retryAfterSeconds: 61 } })).toEqual({ kind: 'locked', minutes: 2 });
    expect(problemOf(null)).toEqual({ kind: 'network' });
  });
});

describe('the rating on the phone follows the tablet', () => {
  it('asks the nine unsur in order, then the four profile questions, then sends the whole survey', () => {
    let r = startRating({ quickDone: true, surveyDone: false });
    expect(r?.step).toEqual({ kind: 'invite' });
    r = { ...r!, step: { kind: 'question', index: 0 } };
    for (let i = 0; i < UNSUR.length; i++) r = answer(r, 4);
    expect(r.step).toEqual({ kind: 'profile', index: 0 });
    expect(Object.keys(r.answers)).toEqual(UNSUR.map((u) => u.code));
    r = back(r);
    expect(r.step).toEqual({ kind: 'question', index: UNSUR.length - 1 });
    r = answer(r, 2);
    expect(r.answers.U9).toBe(2);
    r = chooseProfile(r, 'P');
    for (let i = 1; i < RESPONDENT_PROFILE_FIELDS.length; i++) r = chooseProfile(r, null);
    expect(profileComplete(r)).toBe(true);
    expect(surveyBody(r)).toEqual({ answers: { U1: 4, U2: 4, U3: 4, U4: 4, U5: 4, U6: 4, U7: 4, U8: 4, U9: 2 }, profile: { gender: 'P' } });
  });

  it('starts at the faces, offers nothing once both are given, and moves on when the office says it is already given', () => {
    expect(startRating({ quickDone: false, surveyDone: false })?.step).toEqual({ kind: 'faces' });
    expect(startRating({ quickDone: true, surveyDone: true })).toBeNull();
    expect(refusalStep({ code: 'wrong_state', params: { reason: 'already_rated' } }, 'quick')).toEqual({ step: { kind: 'invite' }, notice: 'phone.error.already_rated' });
    expect(refusalStep(null, 'survey')).toEqual({ step: null, notice: 'phone.error.network' });
  });
});
