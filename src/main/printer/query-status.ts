import { dleEot } from './escpos-queries';
import { type PrinterStatus, isStatusReply, parseOfflineCause, statusFromReplies } from './status';
import type { PrinterSession } from './transport/transport';

/**
 * Asks DLE EOT 1, 2 and 4 (and 3 when 2 reports an error) and combines the replies.
 * A request left unanswered within `timeoutMs` gives 'no_reply' at once, without asking the rest.
 * A session that learns the state elsewhere (the Windows spooler) is asked that instead.
 */
export async function queryStatus(session: PrinterSession, timeoutMs: number): Promise<PrinterStatus> {
  if (session.status) return session.status();
  const ask = async (n: 1 | 2 | 3 | 4) => {
    const reply = await session.request(dleEot(n), isStatusReply, timeoutMs);
    if (reply === null) throw new NoReply(n);
    return reply;
  };
  try {
    const printer = await ask(1);
    const offlineCause = await ask(2);
    const paper = await ask(4);
    const errorCause = parseOfflineCause(offlineCause).error ? await ask(3) : undefined;
    return statusFromReplies({ printer, offlineCause, paper, errorCause });
  } catch (error) {
    if (error instanceof NoReply) {
      return { state: 'no_reply', detail: `printer did not answer DLE EOT ${error.n} within ${timeoutMs} ms` };
    }
    throw error;
  }
}

class NoReply extends Error {
  constructor(readonly n: number) {
    super(`no reply to DLE EOT ${n}`);
  }
}
