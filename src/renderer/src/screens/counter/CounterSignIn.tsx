import { useState } from 'react';
import { translate, type Language } from '../../../../shared/i18n';
import { Notice } from '../../components/staff/Notice';
import { PinSignIn } from '../../components/staff/PinSignIn';
import type { CounterChoice, SignedIn } from '../../components/staff/useStaffSession';

const LAST_COUNTER_KEY = 'loket.counter.last';

/** A counter PC is usually always the same counter: remember it, so the next sign-in starts at the PIN. */
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

/** Choose the counter (big buttons), then the PIN on the keypad. */
export function CounterSignIn({
  counters,
  notice,
  lang,
  onSignedIn,
}: {
  counters: CounterChoice[];
  notice: string | null;
  lang: Language;
  onSignedIn: (result: SignedIn) => void;
}) {
  const [chosen, setChosen] = useState<CounterChoice | null>(() => rememberedCounter(counters));

  if (!chosen) {
    return (
      <section className="staff-card counter-picker" aria-labelledby="picker-title">
        <h1 id="picker-title" className="staff-card-title">
          {translate(lang, 'signin.chooseCounter')}
        </h1>
        {notice && <Notice tone="info" text={notice} lang={lang} />}
        {counters.length === 0 && <Notice tone="error" text={translate(lang, 'signin.noCounters')} lang={lang} />}
        <div className="choice-grid">
          {counters.map((counter) => (
            <button
              key={counter.number}
              type="button"
              className="staff-button choice-button"
              data-testid={`choose-counter-${counter.number}`}
              onClick={() => setChosen(counter)}
            >
              {counter.name}
            </button>
          ))}
        </div>
      </section>
    );
  }

  return (
    <PinSignIn
      counter={chosen.number}
      title={translate(lang, 'signin.atCounter', { counter: chosen.name })}
      notice={notice}
      lang={lang}
      onSignedIn={(result) => {
        remember(chosen.number);
        onSignedIn(result);
      }}
    >
      <button type="button" className="staff-button staff-button--quiet" data-testid="change-counter" onClick={() => setChosen(null)}>
        {translate(lang, 'signin.changeCounter')}
      </button>
    </PinSignIn>
  );
}
