import { useCallback, useState, type MouseEvent } from 'react';
import { DEFAULT_LANGUAGE, translate, type Language } from '../../../../shared/i18n';
import { useAccessMode } from '../../components/accessMode/useAccessMode';
import { ConnectionNotice } from '../../components/ConnectionNotice';
import { GuidanceLayer } from '../../components/guidance/GuidanceLayer';
import { GuidanceToggle } from '../../components/guidance/GuidanceToggle';
import { useGuidance } from '../../components/guidance/useGuidance';
import { useScannerInput } from '../../components/scanner/useScannerInput';
import { StillHereDialog } from '../../components/stillHere/StillHereDialog';
import { useStillHere } from '../../components/stillHere/useStillHere';
import { useOfficeOverview } from '../../hooks/useOfficeOverview';
import { FacesView } from './FacesView';
import { InviteView } from './InviteView';
import { ProfileView } from './ProfileView';
import { QuestionView } from './QuestionView';
import { RateHeader } from './RateHeader';
import { RefusedView } from './RefusedView';
import { ServiceView } from './ServiceView';
import { ThanksView } from './ThanksView';
import { TicketKeypad } from './TicketKeypad';
import { counterFromUrl, useCounterTablet } from './useCounterTablet';
import { useRateSession } from './useRateSession';
import { useSpeech } from './useSpeech';
import '../kiosk/kiosk.css';
import './rate.css';

/** Until office.overview answers with the office's own timings. */
const FALLBACK = { thankYouSeconds: 4, idleResetSeconds: 45 };

function blockContextMenu(event: MouseEvent): void {
  event.preventDefault();
}

/**
 * /rate: the one-tap rating, then optionally the full SKM. `?counter=3` makes it the tablet of counter 3,
 * which opens the rating of each ticket that counter finishes.
 */
export function RateScreen() {
  const { overview } = useOfficeOverview();
  const services = overview?.services ?? [];
  const session = useRateSession(services);
  const { state } = session;
  const [chosenLang, setChosenLang] = useState<Language | null>(null);
  const access = useAccessMode();
  const lang = chosenLang ?? overview?.language ?? DEFAULT_LANGUAGE;
  const speech = useSpeech(lang);
  const guidance = useGuidance(lang);
  const timings = overview?.ratings ?? FALLBACK;
  const [counter] = useState(() => counterFromUrl(window.location.search));

  const { reset: resetSession } = session;
  const { setOn: setAccess } = access;
  const { setOn: setGuidance } = guidance;
  const reset = useCallback(() => {
    resetSession();
    setChosenLang(null);
    setAccess(false);
    setGuidance(false);
  }, [resetSession, setAccess, setGuidance]);

  const step = state.step;
  const untouched = step.kind === 'faces' && !state.link && !state.keypadOpen && !state.notice && chosenLang === null && !access.on && !guidance.on;
  // A survey left half-answered is never dropped silently: the next resident is asked "Masih di sini?" first.
  const stillHere = useStillHere(!untouched && step.kind !== 'thanks' && !state.busy, timings.idleResetSeconds, reset);
  useScannerInput((code) => void session.lookup(code), { minLength: 4 });
  useCounterTablet(counter, session.ticketFinished);

  const prefixes = [...new Set(services.map((s) => s.prefix))].sort();

  return (
    <GuidanceLayer guidance={guidance} lang={lang}>
      <div className="kiosk rate" onContextMenu={blockContextMenu} lang={lang}>
        <RateHeader
          officeName={overview?.office.name ?? ''}
          link={state.link}
          lang={lang}
          access={access}
          onLanguage={setChosenLang}
          onUnlink={step.kind === 'faces' ? session.unlink : null}
        >
          <GuidanceToggle lang={lang} guidance={guidance} />
        </RateHeader>
        <ConnectionNotice lang={lang} />
        {state.notice && (
          <div className="rate-notice rate-notice--banner" role="alert" data-testid="rate-notice">
            <span>{translate(lang, state.notice.key, state.notice.params)}</span>
            <button type="button" className="rate-notice-ok" onClick={session.dismissNotice}>
              {translate(lang, 'rate.ok')}
            </button>
          </div>
        )}
        <main className="kiosk-main rate-main">{overview ? renderStep() : <p className="kiosk-message">{translate(lang, 'rate.loading')}</p>}</main>
        {state.keypadOpen && (
          <TicketKeypad
            prefixes={prefixes}
            lang={lang}
            busy={state.busy}
            error={state.keypadError && translate(lang, state.keypadError.key, state.keypadError.params)}
            onSubmit={(ticket) => void session.lookup(ticket)}
            onCancel={session.closeKeypad}
          />
        )}
        {stillHere.secondsLeft !== null && <StillHereDialog secondsLeft={stillHere.secondsLeft} lang={lang} onStay={stillHere.stay} body="rate.stillHere.body" />}
      </div>
    </GuidanceLayer>
  );

  function renderStep() {
    switch (step.kind) {
      case 'faces':
        return <FacesView link={state.link} lang={lang} busy={state.busy} speech={speech} onFace={session.chooseFace} onEnterTicket={session.openKeypad} />;
      case 'service':
        return <ServiceView services={services} lang={lang} busy={state.busy} speech={speech} onChoose={session.chooseService} onBack={session.back} />;
      case 'invite':
        return <InviteView lang={lang} speech={speech} onAccept={session.accept} onDecline={session.decline} />;
      case 'question':
        return <QuestionView index={step.index} answers={state.answers} lang={lang} speech={speech} onAnswer={session.answer} onBack={session.back} />;
      case 'profile':
        return (
          <ProfileView
            index={step.index}
            profile={state.profile}
            lang={lang}
            busy={state.busy}
            speech={speech}
            onChoose={session.chooseProfile}
            onBack={session.back}
          />
        );
      case 'thanks':
        return <ThanksView lang={lang} survey={step.survey} seconds={timings.thankYouSeconds} onDone={reset} />;
      case 'refused':
        return <RefusedView lang={lang} message={step.message} onDone={reset} />;
    }
  }
}
