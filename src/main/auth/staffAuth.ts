import { randomBytes } from 'node:crypto';
import type { MethodOutput, ParsedInput } from '../../shared/api/contract';
import { LoketError } from '../../shared/api/errors';
import type { OfficeConfig } from '../../shared/config/officeConfig';
import type { Clock } from '../core/clock';
import { hashToken } from './tokens';
import type { StaffRecord } from '../store/staffRepo';
import type { Store } from '../store/store';
import type { Caller } from './caller';
import type { PinAttempts } from './pinAttempts';
import { hashPin } from './pinHash';
import type { SetupCode } from './setupCode';

const COUNTER_SESSION_MS = 12 * 3600_000;
const SUPERVISOR_SESSION_MS = 8 * 3600_000;

/** Staff accounts, PIN sign-in (through the shared PinAttempts lockout), and sessions. */
export class StaffAuth {
  constructor(
    private readonly store: Store,
    private readonly config: () => OfficeConfig,
    private readonly clock: Clock,
    private readonly pins: PinAttempts,
    private readonly setupCode: SetupCode,
  ) {}

  /** At start: an office without a supervisor makes its one-time setup code and announces it. */
  offerSetup(): void {
    if (this.store.staff.activeSupervisorCount() === 0) this.setupCode.ensure();
  }

  /** The printer was off at start: the same code again, on the office PC only and only before setup. */
  printSetupCode(caller: Caller): Promise<MethodOutput<'auth.printSetupCode'>> {
    this.refuseUnlessFirstRun(caller);
    return this.setupCode.announceAgain();
  }

  private refuseUnlessFirstRun(caller: Caller): void {
    if (!caller.local) {
      throw new LoketError('forbidden', 'The first supervisor can only be created on the office PC itself.');
    }
    if (this.store.staff.activeSupervisorCount() > 0) {
      throw new LoketError('wrong_state', 'Loket is already set up; sign in as supervisor to add staff.');
    }
  }

  status(caller: Caller): MethodOutput<'auth.status'> {
    return {
      needsSetup: this.store.staff.activeSupervisorCount() === 0,
      counters: this.config().counters.map((c) => ({ number: c.number, name: c.name })),
      counterStaff: this.store.staff.choices('counter'),
      supervisors: this.store.staff.choices('supervisor'),
      session:
        caller.session && (caller.role === 'counter' || caller.role === 'supervisor')
          ? { role: caller.role, counter: caller.counter ?? null, staffName: caller.session.staffName, expiresAt: caller.session.expiresAt, agency: caller.agency ?? null }
          : null,
    };
  }

  /**
   * First run: the first supervisor PIN is created on the office PC itself, with the setup code from the
   * printer's paper (or the log); no default PIN ships.
   */
  async setup(input: ParsedInput<'auth.setup'>, caller: Caller): Promise<MethodOutput<'auth.setup'>> {
    this.refuseUnlessFirstRun(caller);
    if (!this.setupCode.check(input.setupCode)) {
      throw new LoketError('wrong_setup_code', 'The setup code is not right; it is on the slip the ticket printer printed when Loket started, and in its log.');
    }
    const pinHash = await hashPin(input.pin);
    const now = this.clock.now();
    return this.store.transaction(() => {
      if (this.store.staff.activeSupervisorCount() > 0) {
        throw new LoketError('wrong_state', 'Loket is already set up; sign in as supervisor to add staff.');
      }
      const id = this.store.staff.insert(input.name, 'supervisor', pinHash, now);
      this.store.audit.append(now, input.name, 'setup.supervisor_created', { staffId: id });
      this.setupCode.spend();
      return this.openSession(this.store.staff.get(id) as StaffRecord, null, now);
    });
  }

  /**
   * The person chose their name: the PIN is checked against that account only, and only a counter
   * account opens a counter, only a supervisor account the supervisor screens.
   */
  async signIn(input: ParsedInput<'auth.signIn'>, caller: Caller): Promise<MethodOutput<'auth.signIn'>> {
    const counter = input.counter;
    if (counter !== null && !this.config().counters.some((c) => c.number === counter)) {
      throw new LoketError('not_found', `There is no counter ${counter} in this office.`);
    }
    return this.pins.open(
      {
        staffId: input.staffId,
        role: counter === null ? 'supervisor' : 'counter',
        pin: input.pin,
        caller,
        door: counter === null ? 'supervisor sign-in' : `sign-in at counter ${counter}`,
        failedAction: 'signin.failed',
      },
      (staff, now) => {
        this.refuseOtherAgencysCounter(staff, counter);
        return this.openSession(staff, counter, now);
      },
    );
  }

  /** A clerk of one agency works only at its counters (checked once the PIN is right, so it tells nothing to a guesser). */
  private refuseOtherAgencysCounter(staff: StaffRecord, counter: number | null): void {
    if (counter === null || staff.agency === null) return;
    const counterAgency = this.config().counters.find((c) => c.number === counter)?.agency;
    if (counterAgency !== staff.agency) {
      throw new LoketError('forbidden', `Counter ${counter} is not a counter of ${staff.agency}; sign in at one of its own counters.`);
    }
  }

  signOut(caller: Caller): MethodOutput<'auth.signOut'> {
    if (caller.session) {
      const now = this.clock.now();
      this.store.transaction(() => {
        this.store.sessions.end(caller.session!.tokenHash, now);
        this.store.audit.append(now, caller.session!.staffName, 'signout', { counter: caller.counter ?? null });
      });
    }
    return { signedOut: true };
  }

  /** Runs inside the caller's transaction: a counter session when `counter` is set, else a supervisor one. */
  private openSession(staff: StaffRecord, counter: number | null, now: number): MethodOutput<'auth.signIn'> {
    const role = counter === null ? 'supervisor' : 'counter';
    const token = randomBytes(32).toString('base64url');
    const expiresAt = now + (role === 'counter' ? COUNTER_SESSION_MS : SUPERVISOR_SESSION_MS);
    this.store.sessions.insert(hashToken(token), { staffId: staff.id, role, counterNumber: counter, expiresAt }, now);
    this.store.audit.append(now, staff.name, 'signin', { role, counter });
    return { token, session: { role, counter, staffName: staff.name, expiresAt, agency: staff.agency } };
  }

  // ---------- staff management (supervisor) ----------

  /** Every account; an agency supervisor sees its agency's only. */
  listStaff(caller: Caller): MethodOutput<'staff.list'> {
    return this.store.staff
      .all()
      .filter((s) => caller.agency === undefined || s.agency === caller.agency)
      .map((s) => ({ id: s.id, name: s.name, role: s.role, active: s.disabledAt === null, agency: s.agency }));
  }

  async createStaff(input: ParsedInput<'staff.create'>, caller: Caller): Promise<MethodOutput<'staff.create'>> {
    const agency = input.agency ?? caller.agency ?? null;
    if (agency !== null && !this.config().agencies?.some((a) => a.id === agency)) {
      throw LoketError.forField('bad_request', 'agency', 'unknown_agency', { agency }, `"${agency}" is not an agency of this building.`);
    }
    const pinHash = await hashPin(input.pin);
    const now = this.clock.now();
    const id = this.store.transaction(() => {
      const newId = this.store.staff.insert(input.name, input.role, pinHash, now, agency);
      this.store.audit.append(now, caller.session?.staffName ?? 'supervisor', 'staff.created', { staffId: newId, role: input.role, agency });
      return newId;
    });
    return { id, name: input.name, role: input.role, active: true, agency };
  }

  async setPin(input: ParsedInput<'staff.setPin'>, caller: Caller): Promise<MethodOutput<'staff.setPin'>> {
    const staff = this.store.staff.get(input.staffId);
    if (!staff || staff.disabledAt !== null) throw new LoketError('not_found', `There is no active staff member ${input.staffId}.`);
    const pinHash = await hashPin(input.pin);
    const now = this.clock.now();
    this.store.transaction(() => {
      this.store.staff.setPin(staff.id, pinHash);
      // A new PIN also lifts a lock on the account: the supervisor's way to let a locked-out clerk in.
      this.store.signinGuards.clear(staff.id);
      this.store.sessions.endAllFor(staff.id, now);
      this.store.audit.append(now, caller.session?.staffName ?? 'supervisor', 'staff.pin_changed', { staffId: staff.id });
    });
    return { id: staff.id, name: staff.name, role: staff.role, active: true, agency: staff.agency };
  }

  disableStaff(input: ParsedInput<'staff.disable'>, caller: Caller): MethodOutput<'staff.disable'> {
    const now = this.clock.now();
    return this.store.transaction(() => {
      const staff = this.store.staff.get(input.staffId);
      if (!staff || staff.disabledAt !== null) throw new LoketError('not_found', `There is no active staff member ${input.staffId}.`);
      if (staff.role === 'supervisor' && staff.agency === null && this.store.staff.activeSupervisorCount() === 1) {
        throw new LoketError('wrong_state', 'This is the last supervisor; add another supervisor before disabling this one.');
      }
      this.store.staff.disable(staff.id, now);
      this.store.sessions.endAllFor(staff.id, now);
      this.store.audit.append(now, caller.session?.staffName ?? 'supervisor', 'staff.disabled', { staffId: staff.id });
      return { id: staff.id, name: staff.name, role: staff.role, active: false, agency: staff.agency };
    });
  }
}
