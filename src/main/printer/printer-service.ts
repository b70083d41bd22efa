import type { PrinterConfig } from '../../shared/config/printer';
import type { PrintOutcome } from './print-outcome';
import { type PrinterProfile, printerProfile } from './profiles';
import { queryStatus } from './query-status';
import { runPrintJob, unreachableStatus } from './run-print-job';
import { SerialQueue } from './serial-queue';
import type { PrinterStatus } from './status';
import type { TicketPrintData } from './ticket-data';
import { encodeTicket } from './ticket-layout';
import { createTransport } from './transport/create-transport';
import type { PrinterTransport } from './transport/transport';
import { errorMessage } from './transport/transport';

export type StatusListener = (status: PrinterStatus, previous: PrinterStatus) => void;

export interface PrinterService {
  readonly profile: PrinterProfile;
  readonly transport: PrinterTransport;
  /** The last status learned from a job or a health check. */
  readonly status: PrinterStatus;
  print(data: TicketPrintData): Promise<PrintOutcome>;
  /** Prints another document (the first-run setup slip) in the same job queue, with the same status handling. */
  printDocument(encode: (profile: PrinterProfile) => Uint8Array): Promise<PrintOutcome>;
  checkStatus(): Promise<PrinterStatus>;
  /** Called whenever the status state changes; returns the unsubscribe function. */
  onStatusChange(listener: StatusListener): () => void;
  /** Stops the health check, waits for the job in progress and ends what the transport keeps running. */
  close(): Promise<void>;
}

export interface PrinterServiceOptions {
  /** Replaces the transport the config describes (tests, bench). */
  transport?: PrinterTransport;
}

const INITIAL_STATUS: PrinterStatus = { state: 'unknown', detail: 'not checked yet' };

/** The ticket printer of this kiosk: serialized jobs, status checks and a background health check. */
export function createPrinter(config: PrinterConfig, options: PrinterServiceOptions = {}): PrinterService {
  const profile = printerProfile(config.profile, config.paperWidthMm);
  const transport = options.transport ?? createTransport(config.transport, config.timeouts);
  const queue = new SerialQueue();
  const listeners = new Set<StatusListener>();
  let status = INITIAL_STATUS;
  let closed = false;
  let timer: NodeJS.Timeout | undefined;

  const update = (next: PrinterStatus) => {
    const previous = status;
    status = next;
    if (next.state === previous.state) return;
    for (const listener of listeners) listener(next, previous);
  };

  const checkNow = async (): Promise<PrinterStatus> => {
    if (transport.replies === 'none') {
      // Nothing to ask, but opening still tells whether a printer exists at all.
      return transport.open().then(
        async (session) => {
          await session.close();
          return { state: 'unknown', detail: 'this printer connection cannot report status' };
        },
        (error: unknown) => unreachableStatus(transport, error),
      );
    }
    try {
      const session = await transport.open();
      try {
        const found = await queryStatus(session, config.timeouts.statusMs);
        return transport.replies === 'optional' && found.state === 'no_reply'
          ? { state: 'unknown', detail: 'this printer does not report status' }
          : found;
      } finally {
        await session.close().catch(() => undefined);
      }
    } catch (error) {
      return unreachableStatus(transport, error);
    }
  };

  const checkStatus = () =>
    queue.run(async () => {
      const found = await checkNow();
      update(found);
      return found;
    });

  const printDocument = (encode: (p: PrinterProfile) => Uint8Array) =>
    queue.run(async (): Promise<PrintOutcome> => {
      let bytes: Uint8Array;
      try {
        bytes = encode(profile);
      } catch (error) {
        return { outcome: 'not_printed', status, reason: `ticket could not be laid out: ${errorMessage(error)}` };
      }
      const outcome = await runPrintJob(transport, bytes, config.timeouts);
      update(outcome.status);
      return outcome;
    });
  const print = (data: TicketPrintData) => printDocument((p) => encodeTicket({ ...data, footerLines: data.footerLines ?? config.footerLines }, p));

  const scheduleHealthCheck = () => {
    if (closed || config.statusPollIntervalMs === 0) return;
    timer = setTimeout(() => {
      // Only while idle: a queued job will report the status itself.
      const run = queue.pending === 0 ? checkStatus() : Promise.resolve(status);
      void run.finally(scheduleHealthCheck);
    }, config.statusPollIntervalMs);
    timer.unref();
  };
  scheduleHealthCheck();

  return {
    profile,
    transport,
    get status() {
      return status;
    },
    print,
    printDocument,
    checkStatus,
    onStatusChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async close() {
      closed = true;
      clearTimeout(timer);
      await queue.run(() => Promise.resolve());
      await transport.close?.();
    },
  };
}
