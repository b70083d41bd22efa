import { useState, type FormEvent } from 'react';
import type { TicketView } from '../../../../shared/api/schemas';
import { translate, type Language } from '../../../../shared/i18n';
import { Dialog } from '../../components/staff/Dialog';
import { Field } from '../../components/staff/Field';
import type { QueueService } from './deskState';
import { TicketChip } from './TicketChip';

/** Call one waiting number out of order; the reason is required and logged by the core. */
export function CallTicketDialog({
  services,
  lang,
  onCall,
  onClose,
}: {
  services: QueueService[];
  lang: Language;
  onCall: (ticket: TicketView, reason: string) => void;
  onClose: () => void;
}) {
  const waiting = services.flatMap((s) => s.waiting);
  const [chosen, setChosen] = useState<TicketView | null>(null);
  const [reason, setReason] = useState('');

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    if (chosen && reason.trim()) onCall(chosen, reason.trim());
  };

  return (
    <Dialog title={translate(lang, 'counter.callTicket.title')} lang={lang} onClose={onClose} testId="call-ticket-dialog">
      {waiting.length === 0 ? (
        <p className="dialog-hint">{translate(lang, 'counter.callTicket.none')}</p>
      ) : (
        <form className="call-ticket-form" onSubmit={submit}>
          <p className="dialog-hint">{translate(lang, 'counter.callTicket.choose')}</p>
          <div className="ticket-pick">
            {waiting.map((ticket) => (
              <button
                key={ticket.id}
                type="button"
                className={chosen?.id === ticket.id ? 'ticket-pick-button ticket-pick-button--chosen' : 'ticket-pick-button'}
                aria-pressed={chosen?.id === ticket.id}
                data-testid={`pick-${ticket.label}`}
                onClick={() => setChosen(ticket)}
              >
                <TicketChip ticket={ticket} lang={lang} />
              </button>
            ))}
          </div>
          <Field label={translate(lang, 'counter.callTicket.reason')} value={reason} onChange={setReason} maxLength={200} data-testid="call-ticket-reason" />
          <button type="submit" className="staff-button staff-button--primary" disabled={!chosen || !reason.trim()} data-testid="call-ticket-submit">
            {translate(lang, 'counter.callTicket.submit', { label: chosen?.label ?? '…' })}
          </button>
        </form>
      )}
    </Dialog>
  );
}
