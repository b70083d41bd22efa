import { dirname } from 'node:path';
import { BookingCitySync } from '../booking/bookingCitySync';
import type { Clock } from '../core/clock';
import type { OfficeCore } from '../core/officeCore';
import type { Store } from '../store/store';
import { LiveSnapshotJob } from './liveSnapshotJob';
import { FileSecretStore, type SecretStore } from './secretStore';
import { SyncClient, type CityConnection, type SyncClientOptions } from './syncClient';

export interface SyncSetup {
  /** Electron passes its safeStorage store; browser mode uses a 0600 file next to the database. */
  secrets?: SecretStore;
  options?: Partial<SyncClientOptions>;
}

function positiveMs(env: NodeJS.ProcessEnv, name: string): number | undefined {
  const raw = env[name];
  if (raw === undefined || raw === '') return undefined;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 100) throw new Error(`${name} must be a number of milliseconds (at least 100), not "${raw}"`);
  return value;
}

/** LOKET_SYNC_INTERVAL_MS and LOKET_SYNC_DEBOUNCE_MS tune the push timing (docs/central-server.md). */
export function syncOptionsFromEnv(env: NodeJS.ProcessEnv): Partial<SyncClientOptions> {
  const intervalMs = positiveMs(env, 'LOKET_SYNC_INTERVAL_MS');
  const debounceMs = positiveMs(env, 'LOKET_SYNC_DEBOUNCE_MS');
  return { ...(intervalMs ? { intervalMs } : {}), ...(debounceMs ? { debounceMs } : {}) };
}

/**
 * The sync client of an office, pushed after every change to the daily counters, whoever makes it:
 * tickets, the day's close, and ratings as they settle. Each push that gets through also brings the
 * bookings up to date (BookingCitySync) and sends the live snapshot of the queue (LiveSnapshotJob).
 */
export function createSyncClient(store: Store, core: OfficeCore, clock: Clock, setup: SyncSetup = {}): SyncClient {
  const secrets = setup.secrets ?? new FileSecretStore(dirname(store.db.name));
  const exportFolders = () => core.officeConfig.sync?.exportFolders ?? [];
  const office = () => {
    const o = core.officeConfig.office;
    return { officeId: o.id, timeZone: o.timeZone, dayStartsAt: o.dayStartsAt };
  };
  const serviceDay = () => ({ current: core.serviceDate(), byClock: core.clockServiceDate() });
  const bookings = new BookingCitySync(store, () => core.officeConfig, clock);
  const live = new LiveSnapshotJob(store, core, clock);
  const alsoEachCycle = async (city: CityConnection) => {
    await bookings.cycle(city);
    await live.cycle(city);
  };
  const sync = new SyncClient(store, secrets, clock, { exportFolders, office, serviceDay, alsoEachCycle, ...syncOptionsFromEnv(process.env), ...setup.options });
  store.daily.onAdd(() => sync.notifyChange());
  return sync;
}
