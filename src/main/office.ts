import { Dispatcher, coreHandlers } from './api/dispatcher';
import { loadOfficeConfig } from './config/loadConfig';
import type { Clock } from './core/clock';
import { OfficeCore } from './core/officeCore';
import { startLanServer, type LanServer } from './lan/lanServer';
import { Store } from './store/store';

export interface OfficeOptions {
  configPath: string;
  dataDir: string;
  host: string;
  port: number;
  loopbackIsKiosk: boolean;
  rendererDir?: string;
  clock?: Clock;
}

export interface RunningOffice {
  core: OfficeCore;
  store: Store;
  dispatcher: Dispatcher;
  lan: LanServer;
  close(): Promise<void>;
}

/**
 * Starts the whole office (configuration, store, core, LAN server) in order, so a bad configuration
 * or an unwritable data folder stops the start before anything is served. Shared by Electron and serve.
 */
export async function startOffice(options: OfficeOptions): Promise<RunningOffice> {
  const config = loadOfficeConfig(options.configPath);
  const store = Store.open(options.dataDir);
  try {
    const core = new OfficeCore(store, config, options.clock);
    const dispatcher = new Dispatcher(coreHandlers(core));
    const lan = await startLanServer({
      host: options.host,
      port: options.port,
      dispatcher,
      store,
      subscribe: (l) => core.subscribe(l),
      loopbackIsKiosk: options.loopbackIsKiosk,
      ...(options.rendererDir ? { rendererDir: options.rendererDir } : {}),
    });
    return {
      core,
      store,
      dispatcher,
      lan,
      async close() {
        await lan.close();
        store.close();
      },
    };
  } catch (err) {
    store.close();
    throw err;
  }
}
