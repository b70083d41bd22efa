import { useCallback, useEffect, useState } from 'react';
import type { PrinterStatusView } from '../../../../shared/api/schemas';
import type { PrinterConfig } from '../../../../shared/config/printer';
import { printerBlocksTickets, printerProblem, translate, type Language } from '../../../../shared/i18n';
import { call } from '../../api/client';
import { useConnectionState, useEvents } from '../../hooks/useEvents';

/**
 * Tells visitors before they choose that no paper will come out (paper out, cover open, printer
 * silent), and what happens then under the office's policy: the number stays on screen to remember, or
 * (policy "void") it is cancelled and the visitor goes to the staff. Paper near its end is the
 * supervisor's business only.
 */
export function PrinterBanner({ lang, onPrintFailure }: { lang: Language; onPrintFailure: PrinterConfig['onPrintFailure'] }) {
  const [status, setStatus] = useState<PrinterStatusView | null>(null);

  const load = useCallback(() => {
    call('printer.status', {}).then(setStatus, () => undefined);
  }, []);
  // Loaded again each time the stream opens: a change between the first load and the subscription
  // (or while disconnected) is sent to nobody.
  const connection = useConnectionState();
  useEffect(() => {
    if (connection === 'open') load();
  }, [connection, load]);
  useEffect(load, [load]);
  useEvents((event) => {
    if (event.type === 'printer.status') setStatus(event.payload.status);
  });

  if (!status || !printerBlocksTickets(status.state)) return null;
  return (
    <div className="printer-banner" role="status" data-testid="printer-banner">
      {translate(lang, onPrintFailure === 'void' ? 'kiosk.printerBannerVoid' : 'kiosk.printerBanner', { problem: printerProblem(lang, status.state) })}
    </div>
  );
}
