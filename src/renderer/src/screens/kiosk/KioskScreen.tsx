import { useCallback, useRef, useState, type MouseEvent } from 'react';
import type { PriorityReason } from '../../../../shared/domain/priority';
import { DEFAULT_LANGUAGE, translate, type Language } from '../../../../shared/i18n';
import { call, toApiError } from '../../api/client';
import { useAccessMode } from '../../components/accessMode/useAccessMode';
import { ConnectionNotice } from '../../components/ConnectionNotice';
import { GuidanceLayer } from '../../components/guidance/GuidanceLayer';
import { GuidanceToggle } from '../../components/guidance/GuidanceToggle';
import { useGuidance } from '../../components/guidance/useGuidance';
import { ConfirmationView } from './ConfirmationView';
import { IssuingView } from './IssuingView';
import { KioskHeader } from './KioskHeader';
import { START, isAbandonable, type KioskStep } from './kioskFlow';
import { PrinterBanner } from './PrinterBanner';
import { confirmationSeconds, printMessage } from './printMessage';
import { PriorityServicesView } from './PriorityServicesView';
import { ReasonsView } from './ReasonsView';
import { spokenConfirmation } from './spokenConfirmation';
import { StartView } from './StartView';
import { StillHereDialog } from './StillHereDialog';
import { StorageFullView } from './StorageFullView';
import { useStillHere } from './useStillHere';
import { useOfficeOverview } from '../../hooks/useOfficeOverview';
import { VisitorError } from './VisitorError';
import './kiosk.css';

/** Idle seconds before a changed language returns to the office's own when the config is not loaded yet. */
const FALLBACK_IDLE_SECONDS = 20;

function blockContextMenu(event: MouseEvent): void {
  event.preventDefault();
}

/** The self-service number kiosk: choose a service (optionally as a priority visitor), get a number. */
export function KioskScreen() {
  const { overview, error, clockOffsetMs, refresh } = useOfficeOverview();
  const [step, setStep] = useState<KioskStep>(START);
  const [chosenLang, setChosenLang] = useState<Language | null>(null);
  const lang = chosenLang ?? overview?.language ?? DEFAULT_LANGUAGE;
  const access = useAccessMode();
  const { setOn: setAccess } = access;
  const guidance = useGuidance(lang);
  const { setOn: setGuidance } = guidance;
  // Each visit gets a number; a reply arriving after the kiosk was reset belongs to nobody on screen.
  const visit = useRef(0);

  const reset = useCallback(() => {
    visit.current += 1;
    setStep(START);
    setChosenLang(null);
    setAccess(false);
    setGuidance(false);
  }, [setAccess, setGuidance]);

  const storageFull = overview?.storage.state === 'full';
  const idleSeconds = overview?.kiosk.idleResetSeconds ?? FALLBACK_IDLE_SECONDS;
  // A visitor's language or access mode also goes when they walk away, so the next one finds the office's own.
  const stillHere = useStillHere(isAbandonable(step) || (step.kind === 'start' && (chosenLang !== null || access.on || guidance.on)), idleSeconds, reset);

  const issue = async (serviceCode: string, priorityReason?: PriorityReason): Promise<void> => {
    const thisVisit = visit.current;
    setStep({ kind: 'issuing' });
    try {
      const ticket = await call('tickets.issue', priorityReason ? { serviceCode, priorityReason, language: lang } : { serviceCode, language: lang });
      if (visit.current === thisVisit) {
        setStep({ kind: 'confirmation', ticket });
        guidance.say(spokenConfirmation(lang, ticket));
      }
    } catch (err) {
      const apiError = toApiError(err);
      console.warn('[kiosk] tickets.issue failed:', apiError.code, apiError.message, apiError.problems);
      if (visit.current === thisVisit) setStep({ kind: 'error', code: apiError.code });
    }
    refresh();
  };

  return (
    <GuidanceLayer guidance={guidance} lang={lang}>
      <div className="kiosk" onContextMenu={blockContextMenu}>
        <KioskHeader
          officeName={overview?.office.name ?? ''}
          timeZone={overview?.office.timeZone ?? null}
          clockOffsetMs={clockOffsetMs}
          lang={lang}
          access={access}
          onLanguage={setChosenLang}
        >
          <GuidanceToggle lang={lang} guidance={guidance} />
        </KioskHeader>
        <ConnectionNotice lang={lang} />
        {/* The confirmation tells about its own paper; a full disk says more than the printer. */}
        {!storageFull && step.kind !== 'confirmation' && <PrinterBanner lang={lang} onPrintFailure={overview?.kiosk.onPrintFailure ?? 'keepInQueue'} />}
        <main className="kiosk-main">{renderStep()}</main>
        {stillHere.secondsLeft !== null && <StillHereDialog secondsLeft={stillHere.secondsLeft} lang={lang} onStay={stillHere.stay} />}
      </div>
    </GuidanceLayer>
  );

  function renderStep() {
    if (!overview) {
      return error ? (
        <VisitorError code={error.code} lang={lang} />
      ) : (
        <section className="kiosk-step issuing" role="status">
          <span className="spinner spinner--large" aria-hidden="true" />
          <p className="kiosk-message">{translate(lang, 'kiosk.loading')}</p>
        </section>
      );
    }
    // A full disk stops every choice still in progress; a number already being issued or shown finishes.
    if (storageFull && step.kind !== 'issuing' && step.kind !== 'confirmation') return <StorageFullView lang={lang} />;
    switch (step.kind) {
      case 'start':
        return (
          <StartView
            overview={overview}
            lang={lang}
            onChooseService={(code) => void issue(code)}
            onPriority={() => setStep({ kind: 'reasons' })}
          />
        );
      case 'reasons':
        return (
          <ReasonsView
            reasons={overview.priorityReasons}
            lang={lang}
            onChoose={(reason) => setStep({ kind: 'priorityServices', reason })}
            onBack={() => setStep(START)}
          />
        );
      case 'priorityServices':
        return (
          <PriorityServicesView
            reason={step.reason}
            services={overview.services}
            clock={{ now: overview.now, timeZone: overview.office.timeZone }}
            lang={lang}
            onChoose={(code) => void issue(code, step.reason)}
            onBack={() => setStep({ kind: 'reasons' })}
          />
        );
      case 'issuing':
        return <IssuingView lang={lang} />;
      case 'confirmation':
        return (
          <ConfirmationView
            ticket={step.ticket}
            lang={lang}
            seconds={confirmationSeconds(overview.kiosk.confirmationSeconds, printMessage(step.ticket.print))}
            onDone={reset}
          />
        );
      case 'error':
        return <VisitorError code={step.code} lang={lang} onDismiss={reset} />;
    }
  }
}
