import { createHash } from 'node:crypto';
import { ticketLabel } from '../../shared/domain/ticket';
import { LIVE_SNAPSHOT_LIMITS, LIVE_SNAPSHOT_PATH, LIVE_TICKET_STATES, liveSnapshotResponse, type LiveSnapshotRequest, type LiveTicket } from '../../shared/sync/liveSnapshot';
import { addDays, localTimeToEpoch } from '../../shared/time/localTime';
import type { Clock } from '../core/clock';
import type { OfficeCore } from '../core/officeCore';
import type { Store } from '../store/store';
import type { CityConnection } from './syncClient';
import { exchange } from './syncTransport';

const LIVE_STATES: ReadonlySet<string> = new Set(LIVE_TICKET_STATES);
/** An estimate beyond a day says only "very long"; the city takes no more. */
const minutes = (m: number | null): number | null => (m === null ? null : Math.min(m, 24 * 60));

/** The hex SHA-256 of a phone code in its stored form: the city finds a ticket by it and never holds the code (liveSnapshot.ts). */
export const phoneCodeHashOf = (code: string): string => createHash('sha256').update(code, 'utf8').digest('hex');

/**
 * "Seberapa ramai sekarang?": the office's queue as it is now, sent to the city by the sync client's cycle
 * (which runs only after a push that got through, so offline this does nothing) at most once a minute.
 * Nothing is kept for later: a snapshot that could not go is simply replaced by the next one.
 */
export class LiveSnapshotJob {
  private lastTriedAt: number | null = null;
  private lastWarning = '';

  constructor(
    private readonly store: Store,
    private readonly core: OfficeCore,
    private readonly clock: Clock,
    private readonly minIntervalMs: number = LIVE_SNAPSHOT_LIMITS.minIntervalMs,
  ) {}

  async cycle(city: CityConnection): Promise<void> {
    const now = this.clock.now();
    // A clock set back is not a reason to stay silent for the time it moved.
    if (this.lastTriedAt !== null && now >= this.lastTriedAt && now - this.lastTriedAt < this.minIntervalMs) return;
    this.lastTriedAt = now;
    try {
      const out = await exchange(`${city.serverUrl}${LIVE_SNAPSHOT_PATH}`, { method: 'POST', token: city.token, body: this.snapshot(now), timeoutMs: city.timeoutMs }, liveSnapshotResponse, () => this.clock.now());
      if (out.ok) {
        this.lastWarning = '';
        return;
      }
      this.warn(out.kind === 'network' ? `the city server could not be reached (${out.message})` : `refused: ${out.status} ${out.code} ${out.message}`);
    } catch (err) {
      console.error('[live] the live snapshot failed on this kiosk', err);
    }
  }

  /** The queue now: per service the people waiting and a new ticket's wait, per active ticket with a phone code its progress. */
  snapshot(now: number): LiveSnapshotRequest {
    const config = this.core.officeConfig;
    const overview = this.core.overview();
    const serviceDay = this.core.serviceDate(now);
    const active = this.store.tickets.active(serviceDay).filter((t) => LIVE_STATES.has(t.state));
    const progress = this.core.ticketProgress(active.map((t) => t.id));
    const tickets: LiveTicket[] = [];
    for (const t of active) {
      const code = this.core.phoneCodeOf(t.id);
      const p = progress.get(t.id);
      if (!code || !p) continue;
      tickets.push({
        codeHash: phoneCodeHashOf(code),
        label: ticketLabel(t.prefix, t.number),
        serviceCode: t.serviceCode,
        state: t.state as LiveTicket['state'],
        aheadCount: p.aheadCount,
        estimatedWaitMinutes: minutes(p.estimatedWaitMinutes),
        counterNumber: t.state === 'called' || t.state === 'serving' ? t.counterNumber : null,
        counterName: t.state === 'called' || t.state === 'serving' ? p.counterName : null,
      });
    }
    return {
      officeId: config.office.id,
      serviceDay,
      takenAt: now,
      expiresAt: localTimeToEpoch(addDays(serviceDay, 1), config.office.dayStartsAt, config.office.timeZone),
      services: overview.services.map((s) => ({
        code: s.code,
        name: { id: s.name.id, en: s.name.en },
        open: s.availability === 'open',
        waiting: s.waiting,
        estimatedWaitMinutes: s.availability === 'open' ? minutes(this.core.estimateForNewTicket(s.code, s.waiting)) : null,
      })),
      tickets: tickets.slice(0, LIVE_SNAPSHOT_LIMITS.maxTickets),
    };
  }

  private warn(message: string): void {
    if (message === this.lastWarning) return;
    this.lastWarning = message;
    console.warn(`[live] the live snapshot: ${message}`);
  }
}
