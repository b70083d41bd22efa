import { type PrinterTransport, TransportError } from './transport';

export const NO_PRINTER_DETAIL = 'no printer configured';

/** The office runs without a ticket printer. */
export function createNoTransport(): PrinterTransport {
  return {
    kind: 'none',
    replies: 'none',
    description: 'no printer',
    open: () => Promise.reject(new TransportError('unavailable', NO_PRINTER_DETAIL)),
  };
}
