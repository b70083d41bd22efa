import { useState } from 'react';
import type { TicketView } from '../../../../shared/api/schemas';
import { translate, type Language } from '../../../../shared/i18n';
import { Dialog } from '../../components/staff/Dialog';
import type { QueueService } from './deskState';

/** Send the current ticket to another service; it keeps its number, at the back or (optionally) the front. */
export function TransferDialog({
  ticket,
  targets,
  lang,
  onTransfer,
  onClose,
}: {
  ticket: TicketView;
  targets: QueueService[];
  lang: Language;
  onTransfer: (toService: string, toFront: boolean) => void;
  onClose: () => void;
}) {
  const [toFront, setToFront] = useState(false);
  return (
    <Dialog title={translate(lang, 'counter.transfer.title', { label: ticket.label })} lang={lang} onClose={onClose} testId="transfer-dialog">
      <p className="dialog-hint">{translate(lang, 'counter.transfer.keepsNumber')}</p>
      <label className="toggle-row">
        <input type="checkbox" checked={toFront} data-testid="transfer-front" onChange={(event) => setToFront(event.target.checked)} />
        <span>{translate(lang, 'counter.transfer.toFront')}</span>
      </label>
      <div className="staff-choices">
        {targets.map((service) => (
          <button
            key={service.code}
            type="button"
            className="staff-button staff-choice"
            data-testid={`transfer-to-${service.code}`}
            onClick={() => onTransfer(service.code, toFront)}
          >
            <span>{service.name[lang]}</span>
            <span className="staff-choice-sub">{translate(lang, 'counter.waitingCount', { n: service.waiting.length })}</span>
          </button>
        ))}
      </div>
    </Dialog>
  );
}
