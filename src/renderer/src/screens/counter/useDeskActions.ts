import { useRef, useState } from 'react';
import type { PauseReason } from '../../../../shared/domain/ticket';
import { translate, type Language } from '../../../../shared/i18n';
import { call, toApiError } from '../../api/client';
import type { NoticeTone } from '../../components/staff/Notice';
import { staffErrorMessage } from '../../components/staff/staffErrors';

export interface DeskNotice {
  tone: NoticeTone;
  text: string;
}

/** One request to the core on behalf of this counter. */
export type DeskRequest =
  | { kind: 'callNext' }
  | { kind: 'callTicket'; ticketId: string; reason: string }
  | { kind: 'ticket'; method: 'counters.recall' | 'tickets.start' | 'tickets.finish' | 'tickets.noShow' | 'tickets.hold' | 'tickets.resume'; ticketId: string }
  | { kind: 'transfer'; ticketId: string; toService: string; toFront: boolean }
  | { kind: 'pause'; reason: PauseReason }
  | { kind: 'counter'; method: 'counters.open' | 'counters.close' };

export interface DeskActions {
  busy: boolean;
  notice: DeskNotice | null;
  dismissNotice: () => void;
  /** Shows a notice without a request (why a key did nothing). */
  say: (notice: DeskNotice) => void;
  send: (request: DeskRequest) => Promise<void>;
}

/**
 * Sends desk requests one at a time (a second key press while one is in flight is ignored), refreshes
 * the snapshot after each, and turns refusals into a notice; an ended session goes back to sign-in.
 */
export function useDeskActions(counter: number, lang: Language, refresh: () => void, onUnauthorized: () => void): DeskActions {
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<DeskNotice | null>(null);
  const inFlight = useRef(false);

  const send = async (request: DeskRequest): Promise<void> => {
    if (inFlight.current) return;
    inFlight.current = true;
    setBusy(true);
    try {
      const nobodyCalled = await perform(counter, request);
      setNotice(nobodyCalled ? { tone: 'info', text: translate(lang, 'counter.nobodyWaiting') } : null);
    } catch (err) {
      const error = toApiError(err);
      console.warn(`[counter] ${request.kind} failed:`, error.code, error.message);
      if (error.code === 'unauthorized') onUnauthorized();
      else setNotice({ tone: 'error', text: staffErrorMessage(lang, error) });
    } finally {
      inFlight.current = false;
      setBusy(false);
      refresh();
    }
  };

  return { busy, notice, dismissNotice: () => setNotice(null), say: setNotice, send };
}

/** Runs the request; true when a call found nobody waiting (another counter may have taken the last one). */
async function perform(counter: number, request: DeskRequest): Promise<boolean> {
  switch (request.kind) {
    case 'callNext':
      return (await call('counters.callNext', { counter })).ticket === null;
    case 'callTicket':
      return (await call('counters.callTicket', { counter, ticketId: request.ticketId, reason: request.reason })).ticket === null;
    case 'ticket':
      await call(request.method, { counter, ticketId: request.ticketId });
      return false;
    case 'transfer':
      await call('tickets.transfer', { counter, ticketId: request.ticketId, toService: request.toService, toFront: request.toFront });
      return false;
    case 'pause':
      await call('counters.pause', { counter, reason: request.reason });
      return false;
    case 'counter':
      await call(request.method, { counter });
      return false;
  }
}
