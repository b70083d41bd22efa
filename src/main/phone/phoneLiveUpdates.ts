import { performance } from 'node:perf_hooks';
import type { PhoneTicketView } from '../../shared/api/methods/phone';
import type { EventName } from '../../shared/api/events';

/** What reaches one open phone page: its ticket's view when it changes, or null once its day has closed. */
export type PhoneSend = (view: PhoneTicketView | null) => void;

interface Watcher {
  send: PhoneSend;
  /** The last view sent, as JSON: an unchanged view is not sent again. */
  last: string;
}

/** Events that can move a ticket or its wait; printer and disk news do not. */
const QUEUE_EVENTS: ReadonlySet<EventName> = new Set<EventName>(['queue.changed', 'ticket.called', 'ticket.finished', 'counter.changed', 'config.changed']);
/** A service day can close without any event (midnight in an idle office): look again this often. */
const DAY_CHECK_MS = 60_000;
/**
 * At most one refresh of every page this often. One refresh of 500 pages takes ~20 ms; in a rush every
 * issue is a queue change, and refreshing after each would keep the office busy for the kiosk's next
 * request. A quarter of a second later is still far inside the phone's one-second call target.
 */
const REFRESH_EVERY_MS = 250;

/**
 * The live channel of the phone pages. Every queue event schedules one refresh for all open pages, at most
 * one every REFRESH_EVERY_MS (events of one change, or of a rush, share it); each page gets its ticket's view
 * only when it changed.
 * A page that connects (again, after the Wi-Fi dropped) gets its current view at once: that is its catch-up.
 */
export class PhoneLiveUpdates {
  private readonly watchers = new Map<string, Set<Watcher>>();
  private scheduled = false;
  private lastRefreshAt = -Infinity;
  private readonly dayCheck: ReturnType<typeof setInterval>;

  constructor(private readonly views: (ticketIds: readonly string[]) => Map<string, PhoneTicketView>) {
    this.dayCheck = setInterval(() => this.changed(), DAY_CHECK_MS);
    this.dayCheck.unref();
  }

  /** How many pages are open (the bench and the tests read it). */
  get open(): number {
    let n = 0;
    for (const set of this.watchers.values()) n += set.size;
    return n;
  }

  watch(ticketId: string, send: PhoneSend): () => void {
    const watcher: Watcher = { send, last: '' };
    const set = this.watchers.get(ticketId) ?? new Set<Watcher>();
    set.add(watcher);
    this.watchers.set(ticketId, set);
    this.deliver(ticketId, watcher, this.views([ticketId]).get(ticketId) ?? null);
    return () => {
      set.delete(watcher);
      if (set.size === 0 && this.watchers.get(ticketId) === set) this.watchers.delete(ticketId);
    };
  }

  /** A core event: refresh the pages once the current change is done (see the class comment). */
  onEvent(type: EventName): void {
    if (QUEUE_EVENTS.has(type)) this.changed();
  }

  /** Something may have changed for any page (a rating given, the day check). */
  changed(): void {
    if (this.scheduled || this.watchers.size === 0) return;
    this.scheduled = true;
    const run = (): void => {
      this.scheduled = false;
      this.lastRefreshAt = performance.now();
      this.refresh();
    };
    const wait = this.lastRefreshAt + REFRESH_EVERY_MS - performance.now();
    if (wait <= 0) setImmediate(run);
    else setTimeout(run, wait).unref();
  }

  close(): void {
    clearInterval(this.dayCheck);
    for (const [id, set] of this.watchers) for (const w of set) this.deliver(id, w, null);
    this.watchers.clear();
  }

  private refresh(): void {
    if (this.watchers.size === 0) return;
    const views = this.views([...this.watchers.keys()]);
    for (const [id, set] of this.watchers) for (const w of [...set]) this.deliver(id, w, views.get(id) ?? null);
  }

  private deliver(ticketId: string, watcher: Watcher, view: PhoneTicketView | null): void {
    const json = view === null ? 'null' : JSON.stringify(view);
    if (json === watcher.last) return;
    watcher.last = json;
    if (view === null) {
      const set = this.watchers.get(ticketId);
      set?.delete(watcher);
      if (set?.size === 0) this.watchers.delete(ticketId);
    }
    watcher.send(view);
  }
}
