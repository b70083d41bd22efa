import { AuditRepo } from './auditRepo';
import { BookingFiguresRepo } from './bookingFiguresRepo';
import { BookingsRepo } from './bookingsRepo';
import { OfficeLock } from '../durability/officeLock';
import { StorageHealth } from '../durability/storageHealth';
import { ensureDataFolder, openDatabase, type Db } from './database';
import { CountersRepo } from './countersRepo';
import { DailyCountersRepo } from './dailyCountersRepo';
import { MetaRepo } from './metaRepo';
import { PhoneCodesRepo } from './phoneCodesRepo';
import { RatingsRepo } from './ratingsRepo';
import { SessionsRepo } from './sessionsRepo';
import { SigninGuardsRepo } from './signinGuardsRepo';
import { StaffRepo } from './staffRepo';
import { StatsRepo } from './statsRepo';
import { SyncSetAsideRepo } from './syncSetAsideRepo';
import { ServiceDayMoveRepo } from './serviceDayMoveRepo';
import { TicketEventsRepo } from './ticketEventsRepo';
import { TicketsRepo } from './ticketsRepo';
import { TokensRepo } from './tokensRepo';

/**
 * The office store: every repository over one SQLite connection, and the one way to run a change. It
 * holds the data folder's lock for as long as it is open, and knows whether its disk has room.
 */
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
  readonly syncSetAside: SyncSetAsideRepo;
  readonly serviceDayMove: ServiceDayMoveRepo;
  readonly phoneCodes: PhoneCodesRepo;
  readonly bookings: BookingsRepo;
  readonly bookingFigures: BookingFiguresRepo;
  readonly health: StorageHealth;

  private constructor(
    readonly db: Db,
    private readonly lock: OfficeLock,
  ) {
    this.health = new StorageHealth(lock.dataDir);
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
    this.syncSetAside = new SyncSetAsideRepo(db);
    this.serviceDayMove = new ServiceDayMoveRepo(db);
    this.phoneCodes = new PhoneCodesRepo(db);
    this.bookings = new BookingsRepo(db);
    this.bookingFigures = new BookingFiguresRepo(db);
  }

  /**
   * The one way into the office database: the data folder's lock first (a second office, seed, token or
   * restore on a folder in use is refused at once, naming the holder), then open, check and migrate.
   */
  static open(dataDir: string): Store {
    ensureDataFolder(dataDir);
    const lock = OfficeLock.acquire(dataDir);
    try {
      return new Store(openDatabase(lock), lock);
    } catch (err) {
      lock.release();
      throw err;
    }
  }

  /**
   * Runs fn in one IMMEDIATE transaction: the write lock is taken up front, so two changes never
   * interleave, and the commit (fsync'd, synchronous=FULL) happens before the caller acknowledges.
   */
  transaction<T>(fn: () => T): T {
    this.lastWriteAt = Date.now();
    try {
      return this.db.transaction(fn).immediate();
    } catch (err) {
      this.health.report(err, 'transaction');
      throw err;
    }
  }

  private lastWriteAt = 0;

  /**
   * Copies the WAL into the database file while nobody is being served (called on a timer), so the
   * checkpoint's work never lands inside a visitor's request. Returns whether it ran.
   */
  checkpointWhenIdle(quietMs = 2_000): boolean {
    if (Date.now() - this.lastWriteAt < quietMs || this.db.inTransaction) return false;
    try {
      this.checkpoint();
    } catch (err) {
      // On a full disk the WAL cannot be copied back yet; it stays intact and the office keeps serving.
      if (!this.health.report(err, 'checkpoint')) throw err;
      return false;
    }
    return true;
  }

  /** Copies the WAL into the database file and truncates it; throws when the disk refuses. */
  checkpoint(): void {
    this.db.pragma('wal_checkpoint(TRUNCATE)');
  }

  /** Closes the database, then lets go of the data folder. */
  close(): void {
    try {
      this.db.close();
    } finally {
      this.lock.release();
    }
  }
}
