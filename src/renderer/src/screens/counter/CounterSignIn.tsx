import { useState } from 'react';
import { translate, type Language } from '../../../../shared/i18n';
import { Notice } from '../../components/staff/Notice';
import { PinSignIn } from '../../components/staff/PinSignIn';
import { StaffPicker } from '../../components/staff/StaffPicker';
import type { CounterChoice, SignedIn, SignInChoices, StaffChoice } from '../../components/staff/useStaffSession';

const LAST_COUNTER_KEY = 'loket.counter.last';

/** A counter PC is usually always the same counter: remember it, so the next sign-in starts at the names. */
function rememberedCounter(counters: CounterChoice[]): CounterChoice | null {
  try {
    const n = Number(window.localStorage.getItem(LAST_COUNTER_KEY));
    return counters.find((c) => c.number === n) ?? null;
  } catch {
    return null;
  }
}

function remember(counter: number): void {
  try {
    window.localStorage.setItem(LAST_COUNTER_KEY, String(counter));
  } catch {
    // Not remembered: the next sign-in starts at the list of counters.
  }
}

/** Choose the counter, then your name (big buttons), then the PIN on the keypad. */
export function CounterSignIn({
  choices,
  notice,
  lang,
  onSignedIn,
}: {
  choices: SignInChoices;
  notice: string | null;
  lang: Language;
  onSignedIn: (result: SignedIn) => void;
}) {
  const [counter, setCounter] = useState<CounterChoice | null>(() => rememberedCounter(choices.counters));
  const [person, setPerson] = useState<StaffChoice | null>(null);

  if (!counter) {
    return (
      <section className="staff-card counter-picker" aria-labelledby="picker-title">
        <h1 id="picker-title" className="staff-card-title">
          {translate(lang, 'signin.chooseCounter')}
        </h1>
        {notice && <Notice tone="info" text={notice} lang={lang} />}
        {choices.counters.length === 0 && <Notice tone="error" text={translate(lang, 'signin.noCounters')} lang={lang} />}
        <div className="staff-choices">
          {choices.counters.map((c) => (
            <button key={c.number} type="button" className="staff-button staff-choice" data-testid={`choose-counter-${c.number}`} onClick={() => setCounter(c)}>
              {c.name}
            </button>
          ))}
        </div>
      </section>
    );
  }

  const title = translate(lang, 'signin.atCounter', { counter: counter.name });
  const changeCounter = (
    <button
      type="button"
      className="staff-button staff-button--quiet"
      data-testid="change-counter"
      onClick={() => {
        setCounter(null);
        setPerson(null);
      }}
    >
      {translate(lang, 'signin.changeCounter')}
    </button>
  );

  if (!person) {
    return (
      <StaffPicker
        title={title}
        lead={translate(lang, 'signin.chooseName')}
        staff={choices.counterStaff}
        notice={notice}
        empty={translate(lang, 'signin.noCounterStaff')}
        lang={lang}
        onChoose={setPerson}
      >
        {changeCounter}
      </StaffPicker>
    );
  }

  return (
    <PinSignIn
      staff={person}
      counter={counter.number}
      title={title}
      notice={notice}
      lang={lang}
      onSignedIn={(result) => {
        remember(counter.number);
        onSignedIn(result);
      }}
    >
      <button type="button" className="staff-button staff-button--quiet" data-testid="change-name" onClick={() => setPerson(null)}>
        {translate(lang, 'signin.changeName')}
      </button>
      {changeCounter}
    </PinSignIn>
  );
}
