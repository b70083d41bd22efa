import { AuditRepo } from './auditRepo';
import { openDatabase, type Db } from './database';
import { CountersRepo } from './countersRepo';
import { DailyCountersRepo } from './dailyCountersRepo';
import { MetaRepo } from './metaRepo';
import { RatingsRepo } from './ratingsRepo';
import { SessionsRepo } from './sessionsRepo';
import { SigninGuardsRepo } from './signinGuardsRepo';
import { StaffRepo } from './staffRepo';
import { StatsRepo } from './statsRepo';
import { TicketEventsRepo } from './ticketEventsRepo';
import { TicketsRepo } from './ticketsRepo';
import { TokensRepo } from './tokensRepo';

/** The office store: every repository over one SQLite connection, and the one way to run a change. */
export class Store {
  readonly tickets: TicketsRepo;
  readonly ticketEvents: TicketEventsRepo;
  readonly counters: CountersRepo;
  readonly daily: DailyCountersRepo;
  readonly meta: MetaRepo;
  readonly tokens: TokensRepo;
  readonly staff: StaffRepo;
  readonly sessions: SessionsRepo;
  readonly signinGuards: SigninGuardsRepo;
  readonly audit: AuditRepo;
  readonly ratings: RatingsRepo;
  readonly stats: StatsRepo;

  constructor(readonly db: Db) {
    this.tickets = new TicketsRepo(db);
    this.ticketEvents = new TicketEventsRepo(db);
    this.counters = new CountersRepo(db);
    this.daily = new DailyCountersRepo(db);
    this.meta = new MetaRepo(db);
    this.tokens = new TokensRepo(db);
    this.staff = new StaffRepo(db);
    this.sessions = new SessionsRepo(db);
    this.signinGuards = new SigninGuardsRepo(db);
    this.audit = new AuditRepo(db);
    this.ratings = new RatingsRepo(db);
    this.stats = new StatsRepo(db);
  }

  static open(dataDir: string): Store {
    return new Store(openDatabase(dataDir));
  }

  /**
   * Runs fn in one IMMEDIATE transaction: the write lock is taken up front, so two changes never
   * interleave, and the commit (fsync'd, synchronous=FULL) happens before the caller acknowledges.
   */
  transaction<T>(fn: () => T): T {
    this.lastWriteAt = Date.now();
    return this.db.transaction(fn).immediate();
  }

  private lastWriteAt = 0;

  /**
   * Copies the WAL into the database file while nobody is being served (called on a timer), so the
   * checkpoint's work never lands inside a visitor's request. Returns whether it ran.
   */
  checkpointWhenIdle(quietMs = 2_000): boolean {
    if (Date.now() - this.lastWriteAt < quietMs || this.db.inTransaction) return false;
    this.db.pragma('wal_checkpoint(TRUNCATE)');
    return true;
  }

  close(): void {
    this.db.close();
  }
}
