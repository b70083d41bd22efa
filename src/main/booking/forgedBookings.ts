import type { BookingRefusalReason } from '../../shared/api/errorParams';
import { LoketError } from '../../shared/api/errors';
import type { SecurityLog } from '../auth/securityLog';
import { KIOSK_DOOR_POLICY, SourceGuard, type SourcePolicy } from '../auth/sourceGuard';

/** Where a check-in came from: the LAN peer's address or "ipc:kiosk", and the paired device's label if any. */
export interface CheckInSource {
  source: string;
  deviceLabel?: string;
}

/**
 * Forged booking codes per source. A code whose signature is not the city's cannot be a visitor's slip
 * (a damaged QR does not decode, or reads as malformed), so it is shown on purpose; guessing a signature
 * is hopeless, so the limit only keeps one device from trying without end. Every source is a kiosk with
 * residents before it, so it is slowed, never shut: three free, then 30 s, 1, 2 and 5 minutes between
 * tries (the kiosk door's back-off for PINs).
 */
export const FORGED_BOOKING_POLICY: SourcePolicy = KIOSK_DOOR_POLICY;

/** Characters of a refused code kept in the log: which office and service it names, not the booking. */
const PREFIX_CHARS = 20;

/**
 * The security side of the kiosk's check-in: forged codes and codes signed for another office go to the
 * supervisor's security log (Sistem), and a source that showed forged codes waits before its next check-in.
 * Ordinary refusals (used, cancelled, late, another day) are a visitor's mistake and are not logged.
 * Every decision is synchronous, so however many requests arrive at once, none passes a wait it should keep.
 */
export class ForgedBookings {
  private readonly guard = new SourceGuard(FORGED_BOOKING_POLICY);

  constructor(
    private readonly security: Pick<SecurityLog, 'record'>,
    private readonly now: () => number,
  ) {}

  /** Refuses (locked, with the wait) a check-in from a source that must still wait after forged codes. */
  check(from: CheckInSource): void {
    const wait = this.guard.waitFor(from.source, this.now());
    if (wait.ms <= 0) return;
    const seconds = Math.ceil(wait.ms / 1000);
    this.security.record('booking_code_refused', from.source, `${where(from)}check-in refused for ${seconds} s more: ${this.guard.failures(from.source, this.now())} forged booking codes within 15 min`);
    throw new LoketError('locked', `Too many forged booking codes from this device; try again in ${seconds} s.`, undefined, { retryAfterSeconds: seconds });
  }

  /** Logs a refusal that is not a visitor's mistake; a forged code also counts against its source. */
  refused(from: CheckInSource, text: string, error: unknown): void {
    if (!(error instanceof LoketError) || error.code !== 'booking_refused') return;
    const params = (error as LoketError<'booking_refused'>).params;
    const reason: BookingRefusalReason | undefined = params?.reason;
    if (reason === 'bad_signature') {
      this.guard.count(from.source, this.now());
      this.security.record('booking_code_refused', from.source, `${where(from)}forged booking code, not signed by the city: ${prefixOf(text)}`);
    } else if (reason === 'other_office') {
      this.security.record('booking_code_refused', from.source, `${where(from)}booking signed for another office: ${prefixOf(text)}`);
    }
  }
}

function where(from: CheckInSource): string {
  return from.deviceLabel ? `${JSON.stringify(from.deviceLabel)}: ` : '';
}

/** The code's first characters, quoted, with anything but plain ASCII replaced, and its length. */
export function prefixOf(text: string): string {
  const head = [...text.slice(0, PREFIX_CHARS)].map((c) => (/^[\x21-\x7e]$/.test(c) && c !== '"' ? c : '?')).join('');
  return `"${head}${text.length > PREFIX_CHARS ? '…' : ''}" (${text.length} characters)`;
}
