/**
 * Refusals the supervisor should see (Sistem tab): wrong sign-ins, foreign origins, floods. Kept in
 * memory and bounded, so a flood of refused requests can neither fill the disk nor the audit table;
 * each entry also goes to the office log.
 */
export const SECURITY_EVENT_KINDS = ['signin_refused', 'origin_refused', 'pairing_refused', 'connection_refused', 'limit_reached', 'phone_code_refused', 'booking_code_refused'] as const;
export type SecurityEventKind = (typeof SECURITY_EVENT_KINDS)[number];

export interface SecurityEvent {
  at: number;
  kind: SecurityEventKind;
  /** The peer's address ("10.0.0.7"), or "ipc:kiosk" for the kiosk window. */
  source: string;
  /** What was refused and why, for the operator (English, like the log). */
  detail: string;
  /** Refusals of this kind from this source folded into this entry (a flood is one line, not thousands). */
  count: number;
}

const CAPACITY = 200;
/** A refusal of the same kind from the same source within this time adds to the last entry. */
const COALESCE_MS = 10_000;

export class SecurityLog {
  private readonly events: SecurityEvent[] = [];
  /** How many events were dropped from the front since start, so the screen can say the list is partial. */
  private dropped = 0;

  constructor(private readonly now: () => number = Date.now) {}

  record(kind: SecurityEventKind, source: string, detail: string): void {
    const at = this.now();
    const i = this.events.findLastIndex((e) => e.kind === kind && e.source === source);
    const same = this.events[i];
    if (same && at - same.at < COALESCE_MS) {
      // Moved to the end, so the list stays newest last.
      this.events.splice(i, 1);
      this.events.push({ ...same, at, detail, count: same.count + 1 });
      return;
    }
    const event: SecurityEvent = { at, kind, source, detail, count: 1 };
    this.events.push(event);
    if (this.events.length > CAPACITY) {
      this.events.shift();
      this.dropped += 1;
    }
    console.warn(`[security] ${kind} from ${source}: ${detail}`);
  }

  /** Newest first. */
  recent(limit = CAPACITY): { events: SecurityEvent[]; dropped: number } {
    return { events: this.events.slice(-limit).reverse(), dropped: this.dropped };
  }
}
