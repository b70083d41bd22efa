import { LoketError, type ErrorParams } from '../../shared/api/errors';
import type { Caller } from './caller';
import type { Clock } from '../core/clock';
import type { StaffRecord, StaffRole } from '../store/staffRepo';
import type { Store } from '../store/store';
import { PinVerifier } from './pinVerifier';
import type { SecurityLog } from './securityLog';
import { ACCOUNT_LOCK_MS, attemptsLeft, lockedForMs, withAttempt } from './signinGuard';
import { KIOSK_DOOR_POLICY, SOURCE_MAX_FAILURES, SourceGuard } from './sourceGuard';

/** How long a caller refused for a full verification queue should wait. */
const BUSY_RETRY_SECONDS = 5;

export interface PinAttempt {
  /** The account the person chose: the PIN is checked against this account only. */
  staffId: number;
  /** The one role this door opens for (a counter sign-in never accepts a supervisor, nor the other way round). */
  role: StaffRole;
  pin: string;
  caller: Caller;
  /** Where the PIN was typed, for the logs ("sign-in at counter 3", "kiosk exit"). */
  door: string;
  /** The audit action recorded for a wrong PIN. */
  failedAction: string;
}

/**
 * The one PIN check of the office (counter and supervisor sign-in, leaving kiosk mode), with the
 * account's lockout (database) and the source's (memory). Every decision before the slow argon2 check
 * is taken synchronously and the attempt is counted as a failure first, so however many requests
 * arrive at once, no more PINs are checked than the attempts left; a right PIN takes its count back.
 *
 * PINs typed in the office PC's own windows (IPC: the kiosk touchscreen) pass the kiosk door instead:
 * its own back-off, no account counting and no account lock, so neither a visitor at the touchscreen
 * locks a supervisor out office-wide nor a locked account keeps the supervisor standing there out.
 */
export class PinAttempts {
  private readonly sources = new SourceGuard();
  private readonly kioskDoor = new SourceGuard(KIOSK_DOOR_POLICY);

  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
    private readonly security: SecurityLog,
    private readonly verifier = new PinVerifier(),
  ) {}

  /** Checks the PIN; when right, runs `onRight` in the transaction that clears the account's failures. */
  async open<T>(attempt: PinAttempt, onRight: (staff: StaffRecord, now: number) => T): Promise<T> {
    const source = attempt.caller.source ?? attempt.caller.via;
    const atKiosk = attempt.caller.via === 'ipc';
    const guard = atKiosk ? this.kioskDoor : this.sources;
    const now = this.clock.now();
    const wait = guard.waitFor(source, now);
    if (wait.ms > 0) {
      const seconds = Math.ceil(wait.ms / 1000);
      throw this.refuse(
        source,
        attempt,
        'locked',
        wait.locked
          ? `Too many wrong PINs from this device; it may try again in ${Math.ceil(seconds / 60)} minute(s).`
          : `Wait ${seconds} second(s) before the next PIN from this device.`,
        { retryAfterSeconds: seconds },
      );
    }

    const staff = this.store.staff.get(attempt.staffId);
    if (!staff || staff.disabledAt !== null || staff.role !== attempt.role) {
      // Refused before any PIN is checked, so the answer tells nothing about any PIN.
      throw staff && staff.disabledAt === null
        ? this.refuse(source, attempt, 'forbidden', `${staff.name} cannot use the ${attempt.door}: it is for ${attempt.role} accounts only.`)
        : this.refuse(source, attempt, 'not_found', `There is no active staff member ${attempt.staffId}.`);
    }

    const lockedMs = atKiosk ? 0 : lockedForMs(this.store.signinGuards.get(staff.id), now);
    if (lockedMs > 0) {
      throw this.refuse(source, attempt, 'locked', `Too many wrong PINs for this account; it is locked for ${Math.ceil(lockedMs / 60_000)} more minute(s).`, {
        retryAfterSeconds: Math.ceil(lockedMs / 1000),
        attemptsLeft: 0,
      });
    }
    if (!this.verifier.hasRoom()) {
      this.security.record('limit_reached', source, `PIN check for ${attempt.door} refused: the verification queue is full`);
      throw new LoketError('locked', 'Many PINs are being checked right now; try again in a few seconds.', undefined, { retryAfterSeconds: BUSY_RETRY_SECONDS });
    }

    // From here to the check nothing awaits: the attempt is counted before any other request runs.
    const counted = atKiosk
      ? null
      : this.store.transaction(() => {
          const next = withAttempt(this.store.signinGuards.get(staff.id), now);
          this.store.signinGuards.save(staff.id, next);
          return next;
        });
    const ticket = guard.count(source, now);
    const right = await this.verifier.check(staff.pinHash, attempt.pin);

    const done = this.clock.now();
    if (right) {
      guard.takeBack(ticket);
      return this.store.transaction(() => {
        this.store.signinGuards.clear(staff.id);
        return onRight(staff, done);
      });
    }
    this.store.transaction(() =>
      this.store.audit.append(done, source, attempt.failedAction, { staffId: staff.id, staffName: staff.name, door: attempt.door }),
    );
    const sourceWait = guard.waitFor(source, done);
    if (counted === null) {
      throw this.refuse(source, attempt, 'wrong_pin', 'Wrong PIN.', sourceWait.ms > 0 ? { retryAfterSeconds: Math.ceil(sourceWait.ms / 1000) } : {});
    }
    if (lockedForMs(counted, done) > 0) {
      throw this.refuse(source, attempt, 'locked', `Wrong PIN; too many wrong PINs for this account, it is locked for ${ACCOUNT_LOCK_MS / 60_000} minutes.`, {
        retryAfterSeconds: Math.ceil(lockedForMs(counted, done) / 1000),
        attemptsLeft: 0,
      });
    }
    if (sourceWait.locked) {
      throw this.refuse(source, attempt, 'locked', `Wrong PIN; too many wrong PINs from this device, it is locked for ${Math.ceil(sourceWait.ms / 60_000)} minutes.`, {
        retryAfterSeconds: Math.ceil(sourceWait.ms / 1000),
        attemptsLeft: 0,
      });
    }
    const left = Math.min(attemptsLeft(counted, done), SOURCE_MAX_FAILURES - this.sources.failures(source, done));
    throw this.refuse(source, attempt, 'wrong_pin', `Wrong PIN; ${left} attempt(s) left before sign-in is locked.`, {
      attemptsLeft: left,
      ...(sourceWait.ms > 0 ? { retryAfterSeconds: Math.ceil(sourceWait.ms / 1000) } : {}),
    });
  }

  /** A refused attempt for the supervisor's security log (source and time), returned to be thrown. */
  private refuse(source: string, attempt: PinAttempt, code: 'locked' | 'forbidden' | 'not_found' | 'wrong_pin', message: string, params?: ErrorParams<'locked' | 'wrong_pin'>): LoketError {
    this.security.record('signin_refused', source, `${attempt.door}, staff ${attempt.staffId}: ${message}`);
    return new LoketError(code, message, undefined, params);
  }
}
