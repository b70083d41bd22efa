/** Thermal ticket printing over ESC/POS: layout, transports, status and the printer service. */
export { createPrinter, type PrinterService, type PrinterServiceOptions, type StatusListener } from './printer-service';
export type { PrintOutcome } from './print-outcome';
export type { PrinterState, PrinterStatus } from './status';
export type { TicketPrintData } from './ticket-data';
export { encodeTicket } from './ticket-layout';
export { printerProfile, type PrinterProfile, type PrinterProfileId, type PaperWidthMm } from './profiles';
