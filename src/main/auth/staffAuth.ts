import { randomBytes } from 'node:crypto';
import type { MethodOutput, ParsedInput } from '../../shared/api/contract';
import { LoketError } from '../../shared/api/errors';
import type { OfficeConfig } from '../../shared/config/officeConfig';
import type { Clock } from '../core/clock';
import { hashToken } from '../lan/tokens';
import type { StaffRecord } from '../store/staffRepo';
import type { Store } from '../store/store';
import type { Caller } from '../api/dispatcher';
import { hashPin, verifyPin } from './pinHash';
import { afterFailure, isLocked, MAX_FAILURES } from './signinGuard';

const COUNTER_SESSION_MS = 12 * 3600_000;
const SUPERVISOR_SESSION_MS = 8 * 3600_000;

/** Staff accounts, PIN sign-in with lockout, and sessions. */
export class StaffAuth {
  constructor(
    private readonly store: Store,
    private readonly config: () => OfficeConfig,
    private readonly clock: Clock,
  ) {}

  status(caller: Caller): MethodOutput<'auth.status'> {
    return {
      needsSetup: this.store.staff.activeSupervisorCount() === 0,
      counters: this.config().counters.map((c) => ({ number: c.number, name: c.name })),
      session:
        caller.session && (caller.role === 'counter' || caller.role === 'supervisor')
          ? { role: caller.role, counter: caller.counter ?? null, staffName: caller.session.staffName, expiresAt: caller.session.expiresAt }
          : null,
    };
  }

  /** First run: the first supervisor PIN is created on the office PC itself; no default PIN ships. */
  async setup(input: ParsedInput<'auth.setup'>, caller: Caller): Promise<MethodOutput<'auth.setup'>> {
    if (!caller.local) {
      throw new LoketError('forbidden', 'The first supervisor can only be created on the office PC itself.');
    }
    if (this.store.staff.activeSupervisorCount() > 0) {
      throw new LoketError('wrong_state', 'Loket is already set up; sign in as supervisor to add staff.');
    }
    const pinHash = await hashPin(input.pin);
    const now = this.clock.now();
    const staffId = this.store.transaction(() => {
      if (this.store.staff.activeSupervisorCount() > 0) {
        throw new LoketError('wrong_state', 'Loket is already set up; sign in as supervisor to add staff.');
      }
      const id = this.store.staff.insert(input.name, 'supervisor', pinHash, now);
      this.store.audit.append(now, input.name, 'setup.supervisor_created', { staffId: id });
      return id;
    });
    return this.openSession(this.store.staff.get(staffId) as StaffRecord, 'supervisor', null);
  }

  async signIn(input: ParsedInput<'auth.signIn'>): Promise<MethodOutput<'auth.signIn'>> {
    const counter = input.counter ?? null;
    if (counter !== null && !this.config().counters.some((c) => c.number === counter)) {
      throw new LoketError('not_found', `There is no counter ${counter} in this office.`);
    }
    const scope = counter === null ? 'supervisor' : `counter:${counter}`;
    const now = this.clock.now();
    const guard = this.store.signinGuards.get(scope);
    if (isLocked(guard, now)) {
      const minutes = Math.ceil(((guard.lockedUntil as number) - now) / 60_000);
      throw new LoketError('locked', `Too many wrong PINs; sign-in here is locked for ${minutes} more minute(s).`);
    }
    const candidates = this.store.staff.active().filter((s) => counter !== null || s.role === 'supervisor');
    let match: StaffRecord | undefined;
    for (const s of candidates) {
      if (await verifyPin(s.pinHash, input.pin)) {
        match = s;
        break;
      }
    }
    if (!match) {
      const next = afterFailure(this.store.signinGuards.get(scope), this.clock.now());
      this.store.transaction(() => {
        this.store.signinGuards.save(scope, next.failures, next.lockedUntil);
        this.store.audit.append(now, scope, 'signin.failed', { failures: next.failures });
      });
      const left = MAX_FAILURES - (next.failures % MAX_FAILURES);
      if (isLocked(next, this.clock.now())) {
        throw new LoketError('locked', 'Too many wrong PINs; sign-in here is locked for 5 minutes.');
      }
      throw new LoketError('wrong_pin', `Wrong PIN; ${left} attempt(s) left before sign-in is locked.`);
    }
    this.store.transaction(() => this.store.signinGuards.clear(scope));
    return this.openSession(match, counter === null ? 'supervisor' : 'counter', counter);
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

  private openSession(staff: StaffRecord, role: 'counter' | 'supervisor', counter: number | null): MethodOutput<'auth.signIn'> {
    const token = randomBytes(32).toString('base64url');
    const now = this.clock.now();
    const expiresAt = now + (role === 'counter' ? COUNTER_SESSION_MS : SUPERVISOR_SESSION_MS);
    this.store.transaction(() => {
      this.store.sessions.insert(hashToken(token), { staffId: staff.id, role, counterNumber: counter, expiresAt }, now);
      this.store.audit.append(now, staff.name, 'signin', { role, counter });
    });
    return { token, session: { role, counter, staffName: staff.name, expiresAt } };
  }

  // ---------- staff management (supervisor) ----------

  listStaff(): MethodOutput<'staff.list'> {
    return this.store.staff.all().map((s) => ({ id: s.id, name: s.name, role: s.role, active: s.disabledAt === null }));
  }

  async createStaff(input: ParsedInput<'staff.create'>, caller: Caller): Promise<MethodOutput<'staff.create'>> {
    await this.assertPinUnused(input.pin);
    const pinHash = await hashPin(input.pin);
    const now = this.clock.now();
    const id = this.store.transaction(() => {
      const newId = this.store.staff.insert(input.name, input.role, pinHash, now);
      this.store.audit.append(now, caller.session?.staffName ?? 'supervisor', 'staff.created', { staffId: newId, role: input.role });
      return newId;
    });
    return { id, name: input.name, role: input.role, active: true };
  }

  async setPin(input: ParsedInput<'staff.setPin'>, caller: Caller): Promise<MethodOutput<'staff.setPin'>> {
    const staff = this.store.staff.get(input.staffId);
    if (!staff || staff.disabledAt !== null) throw new LoketError('not_found', `There is no active staff member ${input.staffId}.`);
    await this.assertPinUnused(input.pin, staff.id);
    const pinHash = await hashPin(input.pin);
    const now = this.clock.now();
    this.store.transaction(() => {
      this.store.staff.setPin(staff.id, pinHash);
      this.store.sessions.endAllFor(staff.id, now);
      this.store.audit.append(now, caller.session?.staffName ?? 'supervisor', 'staff.pin_changed', { staffId: staff.id });
    });
    return { id: staff.id, name: staff.name, role: staff.role, active: true };
  }

  disableStaff(input: ParsedInput<'staff.disable'>, caller: Caller): MethodOutput<'staff.disable'> {
    const now = this.clock.now();
    return this.store.transaction(() => {
      const staff = this.store.staff.get(input.staffId);
      if (!staff || staff.disabledAt !== null) throw new LoketError('not_found', `There is no active staff member ${input.staffId}.`);
      if (staff.role === 'supervisor' && this.store.staff.activeSupervisorCount() === 1) {
        throw new LoketError('wrong_state', 'This is the last supervisor; add another supervisor before disabling this one.');
      }
      this.store.staff.disable(staff.id, now);
      this.store.sessions.endAllFor(staff.id, now);
      this.store.audit.append(now, caller.session?.staffName ?? 'supervisor', 'staff.disabled', { staffId: staff.id });
      return { id: staff.id, name: staff.name, role: staff.role, active: false };
    });
  }

  /** Sign-in finds the staff member by PIN alone, so two active staff can never share one. */
  private async assertPinUnused(pin: string, exceptId?: number): Promise<void> {
    for (const s of this.store.staff.active()) {
      if (s.id !== exceptId && (await verifyPin(s.pinHash, pin))) {
        throw new LoketError('bad_request', 'This PIN is already in use; choose another.', ['pin: is already in use']);
      }
    }
  }
}
