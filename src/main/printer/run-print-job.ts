import { GS_R_1 } from './escpos-queries';
import type { PrintOutcome } from './print-outcome';
import { queryStatus } from './query-status';
import { type PrinterStatus, REFUSING_STATES, isProcessedReply, processedReplyNearEnd } from './status';
import { type PrinterSession, type PrinterTransport, TransportError, errorMessage } from './transport/transport';

export interface PrintJobTimeouts {
  statusMs: number;
  processedMs: number;
}

const UNKNOWN_ONE_WAY: PrinterStatus = { state: 'unknown', detail: 'this printer connection cannot report status' };

/** Status of the printer on the far side of a transport that could not be opened or dropped. */
export function unreachableStatus(transport: PrinterTransport, error: unknown): PrinterStatus {
  if (transport.kind === 'none') return { state: 'unknown', detail: errorMessage(error) };
  return { state: 'offline', detail: errorMessage(error) };
}

/**
 * Sends one ticket the way ESC/POS recommends: status first (refuse when the printer cannot print),
 * then the ticket, then GS r 1 to learn that it was really printed; when that reply does not come,
 * the status again to say why. Through a spooler, the spooler's status stands in for the first and
 * the job leaving its queue without a fault for the second.
 */
export async function runPrintJob(
  transport: PrinterTransport,
  ticket: Uint8Array,
  timeouts: PrintJobTimeouts,
): Promise<PrintOutcome> {
  let session: PrinterSession;
  try {
    session = await transport.open();
  } catch (error) {
    const status = unreachableStatus(transport, error);
    return { outcome: 'not_printed', status, reason: status.detail };
  }
  try {
    return await printOnSession(transport, session, ticket, timeouts);
  } finally {
    await session.close().catch(() => undefined);
  }
}

async function printOnSession(
  transport: PrinterTransport,
  session: PrinterSession,
  ticket: Uint8Array,
  timeouts: PrintJobTimeouts,
): Promise<PrintOutcome> {
  let before = UNKNOWN_ONE_WAY;
  if (transport.replies !== 'none') {
    try {
      before = await queryStatus(session, timeouts.statusMs);
    } catch (error) {
      const status = unreachableStatus(transport, error);
      return { outcome: 'not_printed', status, reason: `status check failed: ${status.detail}` };
    }
    // A USB printer that never answers is one-way, not dead: print without confirmation.
    if (transport.replies === 'optional' && before.state === 'no_reply') before = UNKNOWN_ONE_WAY;
    if (REFUSING_STATES.includes(before.state)) {
      return { outcome: 'not_printed', status: before, reason: `printer not ready: ${before.detail}` };
    }
  }

  try {
    await session.write(ticket);
  } catch (error) {
    return sendFailure(transport, error, 'sending the ticket');
  }
  if (before.state === 'unknown') {
    return { outcome: 'printed', confirmed: false, status: before, reason: `sent without confirmation: ${before.detail}` };
  }
  if (transport.replies === 'spooler') return { outcome: 'printed', confirmed: true, status: before };

  let processed: number | null;
  try {
    processed = await session.request(GS_R_1, isProcessedReply, timeouts.processedMs);
  } catch (error) {
    return sendFailure(transport, error, 'waiting for the printer to confirm the ticket');
  }
  if (processed !== null) {
    const nearEnd = before.state === 'near_end' || processedReplyNearEnd(processed);
    return {
      outcome: 'printed',
      confirmed: true,
      status: nearEnd ? { state: 'near_end', detail: 'paper roll is near its end, replace it soon' } : before,
    };
  }

  const unconfirmed = `printer did not confirm the ticket within ${timeouts.processedMs} ms`;
  try {
    const after = await queryStatus(session, timeouts.statusMs);
    const reason = after.state === 'ok' || after.state === 'near_end' ? unconfirmed : `${unconfirmed}: ${after.detail}`;
    return { outcome: 'failed', status: after, reason };
  } catch (error) {
    return sendFailure(transport, error, 'asking why the ticket was not confirmed');
  }
}

function sendFailure(transport: PrinterTransport, error: unknown, step: string): PrintOutcome {
  if (!(error instanceof TransportError)) throw error;
  // A spooler that stopped the job knows why (paper out…); otherwise the connection itself failed.
  if (error.status) return { outcome: 'failed', status: error.status, reason: `printer stopped the job while ${step}: ${error.message}` };
  const status = unreachableStatus(transport, error);
  return { outcome: 'failed', status, reason: `connection lost while ${step}: ${error.message}` };
}
