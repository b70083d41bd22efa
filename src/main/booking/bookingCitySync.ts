import { createHash } from 'node:crypto';
import type { BookingFactsRequest } from '../../shared/booking/bookingFacts';
import { standardsFromConfig } from '../../shared/booking/standards';
import type { OfficeConfig } from '../../shared/config/officeConfig';
import { addDays, localDate } from '../../shared/time/localTime';
import type { Clock } from '../core/clock';
import type { Store } from '../store/store';
import type { CityConnection } from '../sync/syncClient';
import { SyncStore } from '../sync/syncStore';
import type { Exchange } from '../sync/syncTransport';
import { bookingFigures } from './bookingFigures';
import { pullDayBookings, pushBookingFacts, pushStandards, type CityCall } from './bookingSyncClient';
import { bookingVerifier } from './verifyBooking';

/** The standards document the city last took (with the enrolment it went to), so a push goes only after a change; or the one it refused, with the day. */
const STANDARDS_SENT_KEY = 'booking.standards_sent';
/** Per day, the facts the city last confirmed (a hash, with the city and enrolment they went to): a day goes again only when they change. */
const FACTS_SENT_KEY = 'booking.facts_sent';
/** How far back a day's facts are still sent: longer than any stretch an office or the van works without network. */
const FACTS_LOOKBACK_DAYS = 62;
/** Days sent in one cycle (one request each); the rest go in the next cycles. */
const FACTS_DAYS_PER_CYCLE = 31;

/** FACTS_SENT_KEY's value: the city and enrolment it went to, and per day the hash of the facts confirmed. */
interface SentFacts {
  to: string;
  days: Record<string, { hash: string; settled: boolean }>;
}

/**
 * The office's bookings business with the city, run by the sync client after each push that got through:
 * the service standards document when it changed (the city offers slots from it), then today's and
 * tomorrow's lists with their cancellations, each replacing the one pulled before, and the city's
 * booking key; then each day's check-ins and booked-versus-walk-in figures the city has not confirmed yet.
 * Offline or refused, nothing is lost: the lists already pulled stay, check-ins of signed codes go on
 * without them, days not confirmed stay unsent, and the next cycle tries again. Failures are logged once,
 * not shown as sync errors (the push itself succeeded).
 */
export class BookingCitySync {
  private readonly syncStore: SyncStore;
  private lastWarning = '';

  constructor(
    private readonly store: Store,
    private readonly config: () => OfficeConfig,
    private readonly clock: Clock,
  ) {
    this.syncStore = new SyncStore(store);
  }

  async cycle(city: CityConnection): Promise<void> {
    const call: CityCall = { ...city, now: () => this.clock.now() };
    try {
      if (!(await this.pushStandardsIfChanged(call))) return;
      const today = localDate(this.clock.now(), this.config().office.timeZone);
      for (const day of [today, addDays(today, 1)]) if (!(await this.pull(call, day))) return;
      if (!(await this.pushFacts(call, today))) return;
      this.lastWarning = '';
    } catch (err) {
      console.error('[booking] the bookings cycle failed on this kiosk', err);
    }
  }

  /** False when the city could not be reached (the rest of the cycle waits for the next one). */
  private async pushStandardsIfChanged(call: CityCall): Promise<boolean> {
    const doc = standardsFromConfig(this.config());
    const sent = createHash('sha256')
      .update(JSON.stringify([call.serverUrl, this.syncStore.enrolment()?.kioskId ?? null, doc]))
      .digest('hex');
    // Refused for its content (4xx): not sent again that day unless the configuration changes; the warning
    // says why. The next day it goes again, so a city upgraded since (one that knows agencies) takes it.
    const refusedToday = `${sent} refused ${localDate(this.clock.now(), this.config().office.timeZone)}`;
    const held = this.store.meta.get(STANDARDS_SENT_KEY);
    if (held === sent || held === refusedToday) return true;
    const out = await pushStandards(call, doc);
    if (!out.ok && !this.failed('the standards push', out)) return false;
    this.store.transaction(() => this.store.meta.set(STANDARDS_SENT_KEY, out.ok ? sent : refusedToday));
    return true;
  }

  private async pull(call: CityCall, day: string): Promise<boolean> {
    const out = await pullDayBookings(call, day);
    if (!out.ok) return this.failed(`the pull of ${day}`, out);
    const { body } = out;
    if (body.day !== day || body.officeId !== this.config().office.id) {
      this.warn(`the city answered the pull of ${day} with ${body.officeId} ${body.day}; kept the list held`);
      return true;
    }
    try {
      bookingVerifier(body.bookingKey);
      this.syncStore.keepBookingKey(body.bookingKey);
    } catch (err) {
      this.warn(`the city's booking key is not an Ed25519 public key; kept the one held (${(err as Error).message})`);
    }
    const pulledAt = this.clock.now();
    this.store.transaction(() => this.store.bookings.replaceDay(day, body.bookings, pulledAt));
    return true;
  }

  /** The facts of one day, exactly the numbers of the supervisor's bookings.figures (without the moment they were read). */
  private factsOf(day: string): BookingFactsRequest {
    const config = this.config();
    const figures = bookingFigures({ day, now: this.clock.now(), config, rows: this.store.bookings.day(day), totals: this.store.bookingFigures.totals(day) });
    return {
      officeId: config.office.id,
      day,
      booked: figures.booked,
      walkIn: figures.walkIn,
      notCheckedIn: figures.notCheckedIn,
      missed: figures.missed,
      checkIns: this.store.bookings.checkInFacts(day),
    };
  }

  /** Sends each recent day whose facts the city has not confirmed as they are now; false when the city could not be reached. */
  private async pushFacts(call: CityCall, today: string): Promise<boolean> {
    const since = addDays(today, -FACTS_LOOKBACK_DAYS);
    const sent = this.sentFacts(`${call.serverUrl} ${this.syncStore.enrolment()?.kioskId ?? ''}`, since);
    const save = () => this.store.transaction(() => this.store.meta.set(FACTS_SENT_KEY, JSON.stringify(sent)));
    // A day over by more than a day no longer changes: once the city holds its facts it is not read again.
    const settled = (day: string) => day < addDays(today, -1);
    let budget = FACTS_DAYS_PER_CYCLE;
    for (const day of this.store.bookings.factDays(since, today)) {
      const confirmed = sent.days[day];
      if (confirmed?.settled) continue;
      const facts = this.factsOf(day);
      const hash = createHash('sha256').update(JSON.stringify(facts)).digest('hex');
      if (confirmed?.hash === hash) {
        if (settled(day)) {
          sent.days[day] = { hash, settled: true };
          save();
        }
        continue;
      }
      if (budget-- === 0) return true;
      const out = await pushBookingFacts(call, facts);
      // Refused for its content (4xx): not sent again until the day's facts change; the warning says why.
      if (!out.ok && !this.failed(`the booking facts of ${day}`, out)) return false;
      if (out.ok && out.body.ignored.length > 0) this.warn(`the city left out check-ins of ${day} that are not its bookings of this office: ${out.body.ignored.join(', ')}`);
      sent.days[day] = { hash, settled: settled(day) };
      save();
    }
    return true;
  }

  /** What the city confirmed, per day inside the look-back (older days are dropped); nothing when it went to another city or enrolment. */
  private sentFacts(to: string, since: string): SentFacts {
    let held: Partial<SentFacts> = {};
    try {
      held = (JSON.parse(this.store.meta.get(FACTS_SENT_KEY) ?? '{}') ?? {}) as Partial<SentFacts>;
    } catch {
      held = {};
    }
    const days: SentFacts['days'] = {};
    if (held.to === to) for (const [day, confirmed] of Object.entries(held.days ?? {})) if (day >= since) days[day] = confirmed;
    return { to, days };
  }

  /** Logs a failure (once while it repeats); false when it was the network or a busy city, so the cycle stops. */
  private failed(what: string, out: Exclude<Exchange<unknown>, { ok: true }>): boolean {
    this.warn(out.kind === 'network' ? `${what}: the city server could not be reached (${out.message})` : `${what} was refused: ${out.status} ${out.code} ${out.message}`);
    return !retryable(out);
  }

  private warn(message: string): void {
    if (message === this.lastWarning) return;
    this.lastWarning = message;
    console.warn(`[booking] ${message}`);
  }
}

const retryable = (out: Exclude<Exchange<unknown>, { ok: true }>): boolean => out.kind === 'network' || out.status === 429 || out.status >= 500;
