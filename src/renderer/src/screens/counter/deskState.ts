import type { CounterView, QueueSnapshot, TicketView } from '../../../../shared/api/schemas';

export type QueueService = QueueSnapshot['services'][number];

/** What the desk shows for one counter, derived from the snapshot (the core decides; this only selects). */
export interface DeskState {
  counter: CounterView;
  /** The ticket the counter is working on (called or being served), if any. */
  current: TicketView | null;
  /** The services this counter serves, with their waiting tickets in call order. */
  services: QueueService[];
  /** Tickets this counter put on hold, oldest first. */
  held: TicketView[];
  waitingTotal: number;
  /** Services a current ticket can be transferred to. */
  transferTargets: QueueService[];
}

export function deskState(snapshot: QueueSnapshot, counterNumber: number): DeskState | null {
  const counter = snapshot.counters.find((c) => c.number === counterNumber);
  if (!counter) return null;
  const current = counter.current && (counter.current.state === 'called' || counter.current.state === 'serving') ? counter.current : null;
  const services = snapshot.services.filter((s) => counter.services.includes(s.code));
  const held = snapshot.services
    .flatMap((s) => s.held)
    .filter((t) => t.counterNumber === counterNumber)
    .sort((a, b) => (a.calledAt ?? a.issuedAt) - (b.calledAt ?? b.issuedAt));
  return {
    counter,
    current,
    services,
    held,
    waitingTotal: services.reduce((sum, s) => sum + s.waiting.length, 0),
    transferTargets: current ? snapshot.services.filter((s) => s.code !== current.serviceCode) : [],
  };
}

export const DESK_ACTIONS = [
  'callNext',
  'recall',
  'start',
  'finish',
  'noShow',
  'hold',
  'transfer',
  'callTicket',
  'resume',
  'pause',
  'open',
  'close',
] as const;
export type DeskAction = (typeof DESK_ACTIONS)[number];

/** Which actions the core would accept now (the same rules as its transitions); the rest are disabled. */
export function allowedActions(desk: DeskState): ReadonlySet<DeskAction> {
  const allowed = new Set<DeskAction>();
  const { counter, current } = desk;
  const open = counter.state === 'open';
  if (open && !current) {
    if (desk.waitingTotal > 0) allowed.add('callNext').add('callTicket');
    if (desk.held.length > 0) allowed.add('resume');
    allowed.add('pause');
  }
  if (current?.state === 'called') allowed.add('recall').add('start').add('noShow');
  if (current?.state === 'serving') allowed.add('finish');
  if (current && desk.transferTargets.length > 0) allowed.add('transfer');
  if (current) allowed.add('hold');
  if (counter.state !== 'open') allowed.add('open');
  if (counter.state !== 'closed' && !current) allowed.add('close');
  return allowed;
}
