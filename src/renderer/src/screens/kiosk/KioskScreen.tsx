import { useCallback, useEffect, useRef, useState, type MouseEvent } from 'react';
import { BOOKING_CODE_LENGTH } from '../../../../shared/booking/bookingCode';
import type { PriorityReason } from '../../../../shared/domain/priority';
import { DEFAULT_LANGUAGE, translate, type Language } from '../../../../shared/i18n';
import { call, toApiError } from '../../api/client';
import { useAccessMode } from '../../components/accessMode/useAccessMode';
import { ConnectionNotice } from '../../components/ConnectionNotice';
import { GuidanceLayer } from '../../components/guidance/GuidanceLayer';
import { GuidanceToggle } from '../../components/guidance/GuidanceToggle';
import { useGuidance } from '../../components/guidance/useGuidance';
import { useScannerInput } from '../../components/scanner/useScannerInput';
import { checkInBooking } from './booking/checkInBooking';
import { CheckInRefusedView } from './booking/CheckInRefusedView';
import { CheckInView } from './booking/CheckInView';
import { spokenRefusal } from './booking/refusalWords';
import { AgencyServicesView } from './AgencyServicesView';
import { ConfirmationView } from './ConfirmationView';
import { IssuingView } from './IssuingView';
import { KioskHeader } from './KioskHeader';
import { START, chosenReason, isAbandonable, takesScans, type KioskStep } from './kioskFlow';
import { PrinterBanner } from './PrinterBanner';
import { confirmationSeconds, printMessage } from './printMessage';
import { PriorityServicesView } from './PriorityServicesView';
import { ReasonsView } from './ReasonsView';
import { spokenConfirmation } from './spokenConfirmation';
import { StartView } from './StartView';
import { StillHereDialog } from '../../components/stillHere/StillHereDialog';
import { StorageFullView } from './StorageFullView';
import { useStillHere } from '../../components/stillHere/useStillHere';
import { useOfficeOverview, type ServiceInfo } from '../../hooks/useOfficeOverview';
import { VisitorError } from './VisitorError';
import './kiosk.css';
import './booking/booking.css';

/** Idle seconds before a changed language returns to the office's own when the config is not loaded yet. */
const FALLBACK_IDLE_SECONDS = 20;

function blockContextMenu(event: MouseEvent): void {
  event.preventDefault();
}

/**
 * The self-service number kiosk: choose a service (optionally as a priority visitor), get a number; or
 * check a booking in (camera, USB scanner anywhere on the screen, or the typed code) and get its number.
 */
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

  const checkIn = async (code: string, reason: PriorityReason | null): Promise<void> => {
    const thisVisit = visit.current;
    setStep({ kind: 'checkingIn' });
    const outcome = await checkInBooking(code, reason, lang);
    if (visit.current === thisVisit) {
      if (outcome.kind === 'checkedIn') {
        const { booking, ...ticket } = outcome.result;
        setStep({ kind: 'confirmation', ticket, booking });
        guidance.say(spokenConfirmation(lang, ticket, booking));
      } else if (outcome.kind === 'refused') {
        setStep({ kind: 'checkInRefused', refusal: outcome.refusal, reason });
        if (overview) guidance.say(spokenRefusal(lang, outcome.refusal, overview.office.timeZone));
      } else {
        setStep({ kind: 'error', code: outcome.code });
      }
    }
    refresh();
  };

  // An agency removed from the configuration while a visitor looked at it: back to the agencies.
  const agencyGone = step.kind === 'agency' && overview !== null && !overview.agencies.some((a) => a.id === step.agency);
  useEffect(() => {
    if (agencyGone) setStep(START);
  }, [agencyGone]);

  // A booking's QR at the USB scanner checks in from any screen a visitor may be at, the start included.
  useScannerInput((code) => void checkIn(code, chosenReason(step)), { minLength: BOOKING_CODE_LENGTH, enabled: overview !== null && !storageFull && takesScans(step) });

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
    if (storageFull && step.kind !== 'issuing' && step.kind !== 'checkingIn' && step.kind !== 'confirmation') return <StorageFullView lang={lang} />;
    const offersPriority = overview.priorityReasons.length > 0 && overview.services.some((s) => s.priorityOffered);
    const agencyOfService = (code: string) => overview.agencies.find((a) => a.id === overview.services.find((s) => s.code === code)?.agency);
    const servicesOf = (agency: string | null): ServiceInfo[] => (agency === null ? overview.services : overview.services.filter((s) => s.agency === agency));
    switch (step.kind) {
      case 'start':
        return (
          <StartView
            overview={overview}
            lang={lang}
            onChooseService={(code) => void issue(code)}
            onChooseAgency={(agency) => setStep({ kind: 'agency', agency })}
            onPriority={() => setStep({ kind: 'reasons', agency: null })}
            onBooking={() => setStep({ kind: 'checkIn', reason: null })}
          />
        );
      case 'agency': {
        const agency = overview.agencies.find((a) => a.id === step.agency);
        // Gone from a changed configuration: the effect above returns to the start.
        if (!agency) return null;
        return (
          <AgencyServicesView
            agency={agency}
            services={servicesOf(step.agency)}
            offersPriority={offersPriority}
            clock={{ now: overview.now, timeZone: overview.office.timeZone }}
            lang={lang}
            onChooseService={(code) => void issue(code)}
            onPriority={() => setStep({ kind: 'reasons', agency: step.agency })}
            onBack={() => setStep(START)}
          />
        );
      }
      case 'reasons':
        return (
          <ReasonsView
            reasons={overview.priorityReasons}
            lang={lang}
            onChoose={(reason) => setStep({ kind: 'priorityServices', reason, agency: step.agency })}
            onBack={() => setStep(step.agency === null ? START : { kind: 'agency', agency: step.agency })}
          />
        );
      case 'priorityServices':
        return (
          <PriorityServicesView
            reason={step.reason}
            services={servicesOf(step.agency)}
            clock={{ now: overview.now, timeZone: overview.office.timeZone }}
            lang={lang}
            onChoose={(code) => void issue(code, step.reason)}
            onBack={() => setStep({ kind: 'reasons', agency: step.agency })}
          />
        );
      case 'issuing':
        return <IssuingView lang={lang} />;
      case 'checkIn':
        return (
          <CheckInView
            lang={lang}
            reason={step.reason}
            offersPriority={offersPriority}
            onCode={(code) => void checkIn(code, step.reason)}
            onPriority={() => setStep({ kind: 'checkInReasons', reason: step.reason })}
            onClearPriority={() => setStep({ kind: 'checkIn', reason: null })}
            onBack={() => setStep(START)}
          />
        );
      case 'checkInReasons':
        return (
          <ReasonsView
            reasons={overview.priorityReasons}
            lang={lang}
            onChoose={(reason) => setStep({ kind: 'checkIn', reason })}
            onBack={() => setStep({ kind: 'checkIn', reason: step.reason })}
          />
        );
      case 'checkingIn':
        return <IssuingView lang={lang} message="kiosk.booking.checking" />;
      case 'checkInRefused': {
        const { reason } = step;
        return (
          <CheckInRefusedView
            refusal={step.refusal}
            services={overview.services}
            timeZone={overview.office.timeZone}
            lang={lang}
            // The Pasal 29 group chosen for the booking goes with the normal number, where its service offers priority.
            onNormalTicket={(code) => void issue(code, overview.services.find((s) => s.code === code)?.priorityOffered ? (reason ?? undefined) : undefined)}
            onRetry={() => setStep({ kind: 'checkIn', reason })}
            onDone={reset}
          />
        );
      }
      case 'confirmation':
        return (
          <ConfirmationView
            ticket={step.ticket}
            booking={step.booking}
            agencyName={agencyOfService(step.ticket.serviceCode)?.name}
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
