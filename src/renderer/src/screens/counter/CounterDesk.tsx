import { useState } from 'react';
import type { SessionView, TicketView } from '../../../../shared/api/schemas';
import { formatClock, translate, type Language } from '../../../../shared/i18n';
import { ConnectionNotice } from '../../components/ConnectionNotice';
import { ConfirmDialog } from '../../components/staff/ConfirmDialog';
import { Notice } from '../../components/staff/Notice';
import { StaffHeader } from '../../components/staff/StaffHeader';
import { staffErrorMessage } from '../../components/staff/staffErrors';
import { useNow } from '../../hooks/useNow';
import { ActionButton } from './ActionButton';
import { CallTicketDialog } from './CallTicketDialog';
import { closeFacts } from './closeFacts';
import { CloseCounterDialog } from './CloseCounterDialog';
import { deskRefusal } from './deskRefusal';
import { CounterStateBadge } from './CounterStateBadge';
import { CurrentTicket } from './CurrentTicket';
import { allowedActions, deskState, type DeskAction } from './deskState';
import { HeldPanel } from './HeldPanel';
import { PauseDialog } from './PauseDialog';
import { QueuePanel } from './QueuePanel';
import { TransferDialog } from './TransferDialog';
import { useDeskActions } from './useDeskActions';
import { useDeskData } from './useDeskData';
import { useDeskShortcuts } from './useDeskShortcuts';

type OpenDialog = 'transfer' | 'callTicket' | 'pause' | 'close' | 'noShow' | null;

/** The working screen of a signed-in counter: its ticket, its queues, its held tickets and every action. */
export function CounterDesk({
  session,
  lang,
  onLanguage,
  onSignOut,
  onSessionEnded,
}: {
  session: SessionView & { counter: number };
  lang: Language;
  onLanguage: (lang: Language) => void;
  onSignOut: () => void;
  onSessionEnded: () => void;
}) {
  const { snapshot, office, error, refresh } = useDeskData(onSessionEnded);
  const actions = useDeskActions(session.counter, lang, refresh, onSessionEnded);
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const desk = snapshot ? deskState(snapshot, session.counter) : null;
  const allowed = desk && !actions.busy ? allowedActions(desk) : new Set<DeskAction>();
  const current = desk?.current ?? null;

  const run = (action: DeskAction): void => {
    if (!allowed.has(action)) {
      const why = desk && !actions.busy ? deskRefusal(desk, action) : null;
      if (why) actions.say({ tone: 'info', text: translate(lang, why) });
      return;
    }
    switch (action) {
      case 'transfer':
      case 'callTicket':
      case 'pause':
      case 'close':
      case 'noShow':
        setDialog(action);
        return;
      case 'callNext':
        void actions.send({ kind: 'callNext' });
        return;
      case 'open':
        void actions.send({ kind: 'counter', method: 'counters.open' });
        return;
      case 'resume':
        if (desk?.held[0]) void actions.send({ kind: 'ticket', method: 'tickets.resume', ticketId: desk.held[0].id });
        return;
      default:
        if (current) void actions.send({ kind: 'ticket', method: TICKET_METHODS[action], ticketId: current.id });
    }
  };
  useDeskShortcuts(run);

  const closeDialogAnd = (then: () => void): void => {
    setDialog(null);
    then();
  };

  return (
    <div className="staff-screen counter-desk" data-testid="counter-desk">
      <StaffHeader
        title={desk?.counter.name ?? ''}
        staffName={session.staffName}
        lang={lang}
        onLanguage={onLanguage}
        onSignOut={onSignOut}
      >
        {desk && <CounterStateBadge counter={desk.counter} lang={lang} />}
        {office && <OfficeClock timeZone={office.timeZone} offsetMs={office.clockOffsetMs} lang={lang} />}
      </StaffHeader>
      <ConnectionNotice lang={lang} />
      {!desk ? (
        <main className="staff-main staff-main--center">
          {error ? <Notice tone="error" text={staffErrorMessage(lang, error)} lang={lang} /> : <p className="staff-hint">{translate(lang, 'staff.loading')}</p>}
        </main>
      ) : (
        <main className="staff-main desk-grid">
          <div className="desk-work">
            <CurrentTicket ticket={current} clockOffsetMs={office?.clockOffsetMs ?? 0} lang={lang} />
            {actions.notice && (
              <Notice tone={actions.notice.tone} text={actions.notice.text} lang={lang} onDismiss={actions.dismissNotice} testId="desk-notice" />
            )}
            <div className="action-grid">
              <ActionButton action="callNext" tone="primary" enabled={allowed.has('callNext')} lang={lang} onRun={run} />
              <ActionButton action="recall" enabled={allowed.has('recall')} lang={lang} onRun={run} />
              <ActionButton action="start" enabled={allowed.has('start')} lang={lang} onRun={run} />
              <ActionButton action="finish" enabled={allowed.has('finish')} lang={lang} onRun={run} />
              <ActionButton action="noShow" tone="warn" enabled={allowed.has('noShow')} lang={lang} onRun={run} />
              <ActionButton action="hold" enabled={allowed.has('hold')} lang={lang} onRun={run} />
              <ActionButton action="transfer" enabled={allowed.has('transfer')} lang={lang} onRun={run} />
              <ActionButton action="callTicket" enabled={allowed.has('callTicket')} lang={lang} onRun={run} />
            </div>
            <div className="counter-controls">
              <ActionButton action="pause" enabled={allowed.has('pause')} lang={lang} onRun={run} />
              <ActionButton
                action="open"
                enabled={allowed.has('open')}
                lang={lang}
                onRun={run}
                label={translate(lang, desk.counter.state === 'paused' ? 'counter.action.endPause' : 'counter.action.open')}
              />
              <ActionButton action="close" tone="warn" enabled={allowed.has('close')} lang={lang} onRun={run} />
            </div>
          </div>
          <div className="desk-side">
            <QueuePanel services={desk.services} lang={lang} />
            <HeldPanel
              held={desk.held}
              canResume={allowed.has('resume')}
              lang={lang}
              onResume={(ticketId) => void actions.send({ kind: 'ticket', method: 'tickets.resume', ticketId })}
            />
          </div>
        </main>
      )}
      {dialog === 'transfer' && current && desk && (
        <TransferDialog
          ticket={current}
          targets={desk.transferTargets}
          lang={lang}
          onClose={() => setDialog(null)}
          onTransfer={(toService, toFront) =>
            closeDialogAnd(() => void actions.send({ kind: 'transfer', ticketId: current.id, toService, toFront }))
          }
        />
      )}
      {dialog === 'callTicket' && desk && (
        <CallTicketDialog
          services={desk.services}
          lang={lang}
          onClose={() => setDialog(null)}
          onCall={(ticket: TicketView, reason) => closeDialogAnd(() => void actions.send({ kind: 'callTicket', ticketId: ticket.id, reason }))}
        />
      )}
      {dialog === 'pause' && (
        <PauseDialog lang={lang} onClose={() => setDialog(null)} onPause={(reason) => closeDialogAnd(() => void actions.send({ kind: 'pause', reason }))} />
      )}
      {dialog === 'close' && snapshot && desk && (
        <CloseCounterDialog
          facts={closeFacts(snapshot, desk)}
          lang={lang}
          onClose={() => setDialog(null)}
          onConfirm={() => closeDialogAnd(() => void actions.send({ kind: 'counter', method: 'counters.close' }))}
        />
      )}
      {dialog === 'noShow' && current && (
        <ConfirmDialog
          title={translate(lang, 'counter.noShow.title', { label: current.label })}
          hint={translate(lang, 'counter.noShow.hint')}
          confirmLabel={translate(lang, 'counter.action.noShow')}
          lang={lang}
          onClose={() => setDialog(null)}
          onConfirm={() => closeDialogAnd(() => void actions.send({ kind: 'ticket', method: 'tickets.noShow', ticketId: current.id }))}
        />
      )}
    </div>
  );
}

const TICKET_METHODS = {
  recall: 'counters.recall',
  start: 'tickets.start',
  finish: 'tickets.finish',
  hold: 'tickets.hold',
} as const;

function OfficeClock({ timeZone, offsetMs, lang }: { timeZone: string; offsetMs: number; lang: Language }) {
  const now = useNow(offsetMs);
  return <p className="staff-clock">{formatClock(now, timeZone, lang)}</p>;
}
