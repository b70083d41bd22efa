import { createHash } from 'node:crypto';
import { standardsFromConfig } from '../../shared/booking/standards';
import type { OfficeConfig } from '../../shared/config/officeConfig';
import { addDays, localDate } from '../../shared/time/localTime';
import type { Clock } from '../core/clock';
import type { Store } from '../store/store';
import type { CityConnection } from '../sync/syncClient';
import { SyncStore } from '../sync/syncStore';
import type { Exchange } from '../sync/syncTransport';
import { pullDayBookings, pushStandards, type CityCall } from './bookingSyncClient';
import { bookingVerifier } from './verifyBooking';

/** The standards document the city last answered for (with the enrolment it went to), so a push goes only after a change. */
const STANDARDS_SENT_KEY = 'booking.standards_sent';

/**
 * The office's bookings business with the city, run by the sync client after each push that got through:
 * the service standards document when it changed (the city offers slots from it), then today's and
 * tomorrow's lists with their cancellations, each replacing the one pulled before, and the city's
 * booking key. Offline or refused, nothing is lost: the lists already pulled stay, check-ins of signed
 * codes go on without them, and the next cycle tries again. Failures are logged once, not shown as sync
 * errors (the push itself succeeded).
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
    if (this.store.meta.get(STANDARDS_SENT_KEY) === sent) return true;
    const out = await pushStandards(call, doc);
    // Refused for its content (4xx): not sent again until the configuration changes; the warning says why.
    if (!out.ok && !this.failed('the standards push', out)) return false;
    this.store.transaction(() => this.store.meta.set(STANDARDS_SENT_KEY, sent));
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
