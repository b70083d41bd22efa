import type { Caller } from '../../src/main/auth/caller';
import type { Dispatcher, DispatchResult } from '../../src/main/api/dispatcher';
import type { Pairing } from '../../src/main/auth/pairing';
import type { SecurityLog } from '../../src/main/auth/securityLog';
import type { StaffAuth } from '../../src/main/auth/staffAuth';
import type { OfficeCore } from '../../src/main/core/officeCore';
import type { RatingsService } from '../../src/main/core/ratings/ratingsService';
import { createOfficeServices } from '../../src/main/office';
import type { PrinterService } from '../../src/main/printer';
import type { TicketPrinting } from '../../src/main/printing/ticketPrinting';
import { Store } from '../../src/main/store/store';
import type { MethodName, MethodInput, MethodOutput } from '../../src/shared/api/contract';
import type { LoketEvent } from '../../src/shared/api/events';
import type { OfficeConfig } from '../../src/shared/config/officeConfig';
import { FakeClock, MONDAY_9AM_KUPANG } from './fakeClock';
import { makeTempDir } from './tempDir';
import { testConfig } from './testConfig';

/** A real core over a real SQLite file in a temporary folder, driven through the dispatcher. */
export class OfficeHarness {
  readonly dir = makeTempDir();
  readonly clock: FakeClock;
  store: Store;
  core!: OfficeCore;
  auth!: StaffAuth;
  pairing!: Pairing;
  printing!: TicketPrinting;
  ratings!: RatingsService;
  security!: SecurityLog;
  dispatcher!: Dispatcher;
  readonly events: LoketEvent[] = [];
  /** The first-run setup codes announced so far (on a real office: the printer's slip and the log), newest last. */
  readonly setupCodes: string[] = [];

  constructor(
    readonly config: OfficeConfig = testConfig(),
    start = MONDAY_9AM_KUPANG,
    private readonly printer: PrinterService | null = null,
  ) {
    this.clock = new FakeClock(start);
    this.store = Store.open(this.dir.path);
    this.wire();
    this.core.subscribe((e) => this.events.push(e));
  }

  private wire(): void {
    const announceSetupCode = (code: string) => {
      this.setupCodes.push(code);
      return Promise.resolve({ printed: true, detail: 'captured by the test' });
    };
    Object.assign(this, createOfficeServices(this.store, this.config, this.clock, this.printer, { announceSetupCode }));
    this.auth.offerSetup();
  }

  /** The setup code a person at the office PC would read off the slip. */
  get setupCode(): string {
    const code = this.setupCodes[this.setupCodes.length - 1];
    if (code === undefined) throw new Error('no setup code was announced (the office already has a supervisor)');
    return code;
  }

  /** Simulates a restart: a new connection and core over the same file. */
  reopen(): void {
    this.store.close();
    this.store = Store.open(this.dir.path);
    this.wire();
  }

  /** A queue method, which must answer synchronously (it never awaits anything). */
  call<M extends MethodName>(method: M, input: MethodInput<M>, caller: Caller = { role: 'supervisor', via: 'test' }): MethodOutput<M> {
    const out = this.sync(this.dispatcher.dispatch(method, input, caller));
    if (!out.ok) throw Object.assign(new Error(`${out.error.code}: ${out.error.message}`), { body: out.error });
    return out.result as MethodOutput<M>;
  }

  /** The error body of a call that must fail. */
  fail(method: string, input: unknown, caller: Caller = { role: 'supervisor', via: 'test' }) {
    const out = this.sync(this.dispatcher.dispatch(method, input, caller));
    if (out.ok) throw new Error(`${method} unexpectedly succeeded`);
    return out;
  }

  private sync(out: DispatchResult | Promise<DispatchResult>): DispatchResult {
    if (out instanceof Promise) throw new Error('use callAsync for methods that hash PINs');
    return out;
  }

  /** Any method, awaited (sign-in, staff, setup). */
  async callAsync<M extends MethodName>(method: M, input: MethodInput<M>, caller: Caller = { role: 'supervisor', via: 'test' }): Promise<MethodOutput<M>> {
    const out = await this.dispatcher.dispatch(method, input, caller);
    if (!out.ok) throw Object.assign(new Error(`${out.error.code}: ${out.error.message}`), { body: out.error });
    return out.result as MethodOutput<M>;
  }

  async failAsync(method: string, input: unknown, caller: Caller = { role: 'supervisor', via: 'test' }) {
    const out = await this.dispatcher.dispatch(method, input, caller);
    if (out.ok) throw new Error(`${method} unexpectedly succeeded`);
    return out;
  }

  /** Issues straight through the core (no printer involved); `tickets.issue` itself is async. */
  issue(serviceCode: string, priorityReason?: MethodInput<'tickets.issue'>['priorityReason']) {
    return this.core.issue(priorityReason ? { serviceCode, priorityReason } : { serviceCode });
  }

  openCounters(...numbers: number[]): void {
    for (const n of numbers) this.call('counters.open', { counter: n });
  }

  close(): void {
    this.store.close();
    this.dir.remove();
  }
}
