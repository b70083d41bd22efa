import { Dispatcher } from './api/dispatcher';
import { officeAgencyDirectory } from './api/officeAgencyDirectory';
import { agencyLogosDir } from './config/agencyLogos';
import { authHandlers } from './api/handlers/authHandlers';
import { maintenanceHandlers } from './api/handlers/maintenanceHandlers';
import { shellHandlers } from './api/handlers/shellHandlers';
import { speechHandlers } from './api/handlers/speechHandlers';
import { printingHandlers } from './api/handlers/printingHandlers';
import { queueHandlers } from './api/handlers/queueHandlers';
import { ratingsHandlers } from './api/handlers/ratingsHandlers';
import { settingsHandlers } from './api/handlers/settingsHandlers';
import { statsHandlers } from './api/handlers/statsHandlers';
import { syncHandlers } from './api/handlers/syncHandlers';
import { phoneHandlers } from './api/handlers/phoneHandlers';
import { bookingHandlers } from './api/handlers/bookingHandlers';
import { bookingListHandlers } from './api/handlers/bookingListHandlers';
import { BookingListImport } from './sync/bookingListImport';
import { BookingCheckIn } from './booking/bookingCheckIn';
import { ForgedBookings } from './booking/forgedBookings';
import { PhoneCodeGuards } from './phone/phoneCodeGuards';
import { PhoneLiveUpdates } from './phone/phoneLiveUpdates';
import { phonePageHtml } from './phone/phonePage';
import { PhoneTickets } from './phone/phoneTickets';
import { checkPublicUrl } from './phone/publicUrlCheck';
import { PHONE_CHECK_PATH } from './lan/phoneRoutes';
import { randomUUID } from 'node:crypto';
import { Pairing } from './auth/pairing';
import { PinAttempts } from './auth/pinAttempts';
import { SecurityLog } from './auth/securityLog';
import { formatSetupCode, SetupCode, type SetupCodeNotice } from './auth/setupCode';
import { StaffAuth } from './auth/staffAuth';
import { loadOfficeConfig } from './config/loadConfig';
import { systemClock, type Clock } from './core/clock';
import { DaysClosedEvents } from './core/daysClosed';
import { OfficeCore } from './core/officeCore';
import { moveServiceDay } from './core/serviceDayMove';
import { RatingsService } from './core/ratings/ratingsService';
import { summarizeWhenClosed } from './stats/daySummaries';
import { StatsService } from './stats/statsService';
import { SettingsService } from './settings/settingsService';
import { workingConfigPath, configToStart } from './config/workingConfig';
import { createPrinter, type PrinterService } from './printer';
import { TicketPrinting } from './printing/ticketPrinting';
import type { OfficeConfig } from '../shared/config/officeConfig';
import { zoneServiceCodes } from '../shared/config/displayZones';
import { startLanServer, type LanServer, type LanTuning } from './lan/lanServer';
import { Store } from './store/store';
import { createSyncClient } from './sync/createSyncClient';
import type { SecretStore } from './sync/secretStore';
import { browserModeShell, type ShellControls } from './api/shellControls';
import { Backups, backupFolder } from './durability/backups';
import { startDailyBackups } from './durability/dailyBackups';
import { DEFAULT_CHECKPOINT_EVERY_MS } from './durability/durabilityTimings';
import { startStorageProbe } from './durability/storageProbe';
import { localDate } from '../shared/time/localTime';
import { version } from '../../package.json';
import { dirname, join } from 'node:path';
import { forkWorker, SOURCE_WORKER } from './speech/forkWorker';
import { SpeechService } from './speech/speechService';
import type { WorkerLauncher } from './speech/workerProtocol';
import type { SyncClient } from './sync/syncClient';

export interface OfficeOptions {
  configPath: string;
  dataDir: string;
  host: string;
  port: number;
  loopbackIsKiosk: boolean;
  rendererDir?: string;
  voiceDir?: string;
  clock?: Clock;
  /** The Electron shell's safeStorage secrets and window controls (browser mode: a 0600 file, none). */
  shell?: OfficeShell;
  /** Event stream timings and connection caps (tests shorten them). */
  lan?: LanTuning;
  /** The idle WAL checkpoint and the full-disk probe (tests shorten them). */
  checkpointEveryMs?: number;
  storageProbeEveryMs?: number;
}

export interface OfficeShell {
  secrets?: SecretStore;
  controls?: ShellControls;
  /** Where the first-run setup code goes; by default the log and the ticket printer (tests read it here). */
  announceSetupCode?: (code: string) => Promise<SetupCodeNotice>;
  /**
   * How the speech process starts: the entries pass the built worker (an Electron utility process in the
   * app); without one, a Node child process runs its source (tests).
   */
  speechWorker?: WorkerLauncher;
}

export interface OfficeServices {
  core: OfficeCore;
  auth: StaffAuth;
  pairing: Pairing;
  printing: TicketPrinting;
  ratings: RatingsService;
  stats: StatsService;
  settings: SettingsService;
  citySync: SyncClient;
  backups: Backups;
  security: SecurityLog;
  speech: SpeechService;
  phone: PhoneTickets;
  phoneLive: PhoneLiveUpdates;
  bookings: BookingCheckIn;
  /** This office's answer to a check of its public address (a new one at each start). */
  instanceId: string;
  dispatcher: Dispatcher;
}

/**
 * The office's services over one store, and the dispatcher every transport (and test) goes through.
 * `printer` replaces the one the configuration describes (tests and benchmarks); null means none.
 */
export function createOfficeServices(
  store: Store,
  config: OfficeConfig,
  clock: Clock = systemClock,
  printer: PrinterService | null = config.printer.transport.type === 'none' ? null : createPrinter(config.printer),
  shell: OfficeShell = {},
): OfficeServices {
  // The core announces closed days; stats summarize them in the same transaction (the core knows no stats).
  const daysClosed = new DaysClosedEvents();
  summarizeWhenClosed(daysClosed, store);
  const core = new OfficeCore(store, config, clock, daysClosed);
  const security = new SecurityLog(() => clock.now());
  const pinAttempts = new PinAttempts(store, clock, security);
  const printing = new TicketPrinting(core, printer, () => core.officeConfig, (ticketId, day) => store.bookings.checkInOfTicket(day, ticketId));
  const setupCode = new SetupCode(
    shell.announceSetupCode ??
      (async (code) => {
        console.log(`[setup] Loket has no supervisor yet. First-run setup code: ${formatSetupCode(code)} (also printed on the ticket printer)`);
        const notice = await printing.printSetupSlip(formatSetupCode(code));
        console.log(`[setup] setup slip: ${notice.printed ? notice.detail : `not printed: ${notice.detail}`}`);
        return notice;
      }),
  );
  const auth = new StaffAuth(store, () => core.officeConfig, clock, pinAttempts, setupCode);
  const pairing = new Pairing(store, clock, security, () => core.officeConfig);
  const ratings = new RatingsService(store, core, () => core.officeConfig, clock);
  const stats = new StatsService(store, core, ratings, () => core.officeConfig, clock);
  const settings = new SettingsService(store, core, workingConfigPath(dirname(store.db.name)), clock, (before, after) => {
    if (JSON.stringify(before.printer) !== JSON.stringify(after.printer)) {
      void printing.replacePrinter(after.printer.transport.type === 'none' ? null : createPrinter(after.printer));
    }
  });
  const citySync = createSyncClient(store, core, clock, shell.secrets ? { secrets: shell.secrets } : {});
  const backups = new Backups(store.db, backupFolder(dirname(store.db.name)), () => localDate(clock.now(), core.officeConfig.office.timeZone), store.health);
  const phone = new PhoneTickets(core, ratings, new PhoneCodeGuards(security, () => clock.now()));
  const phoneLive = new PhoneLiveUpdates((ids) => phone.views(ids));
  core.subscribe((event) => phoneLive.onEvent(event.type));
  const bookings = new BookingCheckIn(store, core, printing, clock, new ForgedBookings(security, () => clock.now()));
  const instanceId = randomUUID();
  // A full disk, and the room found again, reach every screen: the kiosk stops or resumes issuing.
  store.health.subscribe((status) => core.publish('storage.status', { status }));
  const speech = new SpeechService({
    cacheDir: join(dirname(store.db.name), 'speech'),
    launch: shell.speechWorker ?? forkWorker(SOURCE_WORKER),
    clock,
    security,
  });
  const dispatcher = new Dispatcher({
    ...queueHandlers(core, printing),
    ...printingHandlers(printing, core),
    ...ratingsHandlers(ratings),
    ...statsHandlers(stats, core, printing, citySync, clock),
    ...settingsHandlers(settings),
    ...authHandlers(auth, pairing),
    ...syncHandlers(citySync, (input, actor) => {
      const moved = moveServiceDay({ store, day: core.serviceDay, clock, ackedSeq: () => citySync.ackedSeq() }, input, actor);
      core.publish('queue.changed', { serviceCodes: core.officeConfig.services.map((s) => s.code) });
      return moved;
    }),
    ...shellHandlers(shell.controls ?? browserModeShell(version), store, clock),
    ...maintenanceHandlers(backups, security),
    ...phoneHandlers(phone, (url) => checkPublicUrl(url ?? core.officeConfig.lan?.publicUrl, instanceId, PHONE_CHECK_PATH), () => phoneLive.changed()),
    ...speechHandlers(speech),
    ...bookingHandlers(bookings),
    ...bookingListHandlers(
      new BookingListImport(store, {
        folders: () => core.officeConfig.sync?.exportFolders ?? [],
        officeId: () => core.officeConfig.office.id,
        today: () => localDate(clock.now(), core.officeConfig.office.timeZone),
      }),
    ),
  }, store.health, officeAgencyDirectory(store, () => core.officeConfig));
  return { core, auth, pairing, printing, ratings, stats, settings, citySync, backups, security, speech, phone, phoneLive, bookings, instanceId, dispatcher };
}

export interface RunningOffice extends OfficeServices {
  store: Store;
  lan: LanServer;
  close(): Promise<void>;
}

/**
 * Starts the whole office (configuration, store, core, LAN server) in order, so a bad configuration
 * or an unwritable data folder stops the start before anything is served. Shared by Electron and serve.
 */
export async function startOffice(options: OfficeOptions): Promise<RunningOffice> {
  const config = loadOfficeConfig(configToStart(options.dataDir, options.configPath));
  const store = Store.open(options.dataDir);
  try {
    const services = createOfficeServices(store, config, options.clock, undefined, options.shell);
    const { core, dispatcher } = services;
    const lan = await startLanServer({
      host: options.host,
      port: options.port,
      dispatcher,
      store,
      subscribe: (l) => core.subscribe(l),
      loopbackIsKiosk: options.loopbackIsKiosk,
      ...(options.rendererDir ? { rendererDir: options.rendererDir } : {}),
      ...(options.voiceDir ? { voiceDir: options.voiceDir } : {}),
      logosDir: agencyLogosDir(options.configPath),
      security: services.security,
      hostNames: () => officeHostNames(core.officeConfig),
      zoneServices: (zone) => zoneServiceCodes(core.officeConfig, zone),
      phone: {
        open: (code, source) => services.phone.open(code, source),
        watch: (ticketId, send) => services.phoneLive.watch(ticketId, send),
        pageHtml: phonePageHtml,
        instanceId: services.instanceId,
      },
      ...options.lan,
    });
    services.auth.offerSetup();
    const stopBackups = startDailyBackups(services.backups);
    services.citySync.start();
    // Ratings reach the daily counters once their burst window has passed, also when nobody answers;
    // on a full disk they wait (the timer must not stop the office).
    const settle = (): void => store.health.guard('ratings', () => services.ratings.settle());
    settle();
    const settleTimer = setInterval(settle, 60_000);
    settleTimer.unref();
    const checkpointTimer = setInterval(() => store.checkpointWhenIdle(), options.checkpointEveryMs ?? DEFAULT_CHECKPOINT_EVERY_MS);
    checkpointTimer.unref();
    const stopProbe = startStorageProbe(store, options.storageProbeEveryMs);
    return {
      ...services,
      store,
      lan,
      async close() {
        clearInterval(settleTimer);
        clearInterval(checkpointTimer);
        services.phoneLive.close();
        stopProbe();
        stopBackups();
        await services.citySync.close();
        await lan.close();
        services.speech.close();
        await services.printing.close();
        store.close();
      },
    };
  } catch (err) {
    store.close();
    throw err;
  }
}

/** The names the office answers to: lan.hostNames and the host of lan.publicUrl (the address in the tickets' QR codes). */
export function officeHostNames(config: OfficeConfig): string[] {
  const names = [...(config.lan?.hostNames ?? [])];
  const publicUrl = config.lan?.publicUrl;
  if (publicUrl) names.push(new URL(publicUrl).hostname.replace(/^\[(.*)\]$/, '$1'));
  return names;
}
