import { useState, type FormEvent } from 'react';
import { translate } from '../../../../../shared/i18n';
import { call } from '../../../api/client';
import { Field } from '../../../components/staff/Field';
import { Notice } from '../../../components/staff/Notice';
import type { PanelProps } from '../panelTypes';
import { usePanelRequest } from '../usePanelRequest';
import { reprintNotice } from './reprintNotice';

/** Cetak ulang nomor: a visitor lost the paper, or it jammed; the supervisor types the number or scans the QR. */
export function ReprintCard({ lang, onSessionEnded }: PanelProps) {
  const [typed, setTyped] = useState('');
  const request = usePanelRequest(lang, onSessionEnded);

  const reprint = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    const wanted = typed.trim();
    const done = await request.run(
      async () => {
        const ticket = await call('tickets.findToday', { ticketRef: wanted });
        return call('tickets.reprint', { ticketId: ticket.id });
      },
      (result) => reprintNotice(lang, result),
      (error) =>
        error.code === 'not_found' || error.code === 'bad_request'
          ? translate(lang, 'supervisor.system.reprintNotFound', { ticket: wanted })
          : error.code === 'wrong_state'
            ? translate(lang, 'supervisor.printer.none')
            : null,
    );
    if (done) setTyped('');
  };

  return (
    <form className="desk-panel staff-form" onSubmit={(event) => void reprint(event)} data-testid="reprint-form">
      <h2 className="panel-title">{translate(lang, 'supervisor.system.reprint')}</h2>
      <p className="staff-hint">{translate(lang, 'supervisor.system.reprintHint')}</p>
      {request.notice && <Notice tone={request.notice.tone} text={request.notice.text} lang={lang} onDismiss={request.dismiss} testId="reprint-notice" />}
      <Field
        label={translate(lang, 'supervisor.system.reprintField')}
        value={typed}
        onChange={setTyped}
        autoComplete="off"
        placeholder="A-017"
        maxLength={80}
        data-testid="reprint-number"
      />
      <button type="submit" className="staff-button staff-button--primary" disabled={request.busy || typed.trim() === ''} data-testid="reprint-submit">
        {translate(lang, 'supervisor.system.reprintSubmit')}
      </button>
    </form>
  );
}
