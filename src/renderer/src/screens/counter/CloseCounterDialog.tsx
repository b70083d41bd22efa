import type { TicketView } from '../../../../shared/api/schemas';
import { translate, type Language } from '../../../../shared/i18n';
import { Dialog } from '../../components/staff/Dialog';
import type { CloseFacts } from './closeFacts';

/**
 * "Tutup loket?" with what closing leaves behind: the people waiting for this counter's services and
 * whether another open counter serves them. A ticket held here could only be called again from here, so
 * the counter cannot close until it is called back and finished (the core refuses it too).
 */
export function CloseCounterDialog({
  facts,
  lang,
  onConfirm,
  onClose,
}: {
  facts: CloseFacts;
  lang: Language;
  onConfirm: () => void;
  onClose: () => void;
}) {
  const blocked = facts.held.length > 0;
  return (
    <Dialog title={translate(lang, blocked ? 'counter.close.blockedTitle' : 'counter.close.title')} lang={lang} onClose={onClose} testId="close-dialog">
      {blocked ? (
        <p className="dialog-hint" data-testid="close-held">
          {translate(lang, 'counter.close.held', { labels: labels(facts.held) })}
        </p>
      ) : (
        <p className="dialog-hint">{translate(lang, 'counter.close.hint')}</p>
      )}
      {facts.waiting > 0 && (
        <p className="dialog-hint" data-testid="close-waiting">
          {translate(lang, facts.otherOpenCounters > 0 ? 'counter.close.waitingServed' : 'counter.close.waitingAlone', {
            n: facts.waiting,
            counters: facts.otherOpenCounters,
          })}
        </p>
      )}
      {!blocked && (
        <button type="button" className="staff-button staff-button--danger" data-testid="confirm-yes" data-autofocus onClick={onConfirm}>
          {translate(lang, 'counter.action.close')}
        </button>
      )}
    </Dialog>
  );
}

const labels = (tickets: TicketView[]): string => tickets.map((t) => t.label).join(', ');
