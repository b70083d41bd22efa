import { useMemo } from 'react';
import type { TicketView } from '../../../../shared/api/schemas';
import { nextFirstCall, type FirstCall } from './firstCall';

const KEY = 'loket.counter.firstCall';

function remembered(): FirstCall | null {
  try {
    return JSON.parse(sessionStorage.getItem(KEY) ?? 'null') as FirstCall | null;
  } catch {
    return null;
  }
}

/**
 * The time the current ticket was first called at this desk, kept in the tab's session storage so a
 * reload after a recall still counts from the first call.
 */
export function useFirstCallTime(ticket: TicketView | null): number | null {
  const id = ticket?.id;
  const recallCount = ticket?.recallCount;
  const calledAt = ticket?.calledAt ?? null;
  return useMemo(() => {
    if (id === undefined || recallCount === undefined) return null;
    const next = nextFirstCall(remembered(), { id, recallCount, calledAt });
    if (next) sessionStorage.setItem(KEY, JSON.stringify(next));
    return next?.firstCalledAt ?? null;
  }, [id, recallCount, calledAt]);
}
