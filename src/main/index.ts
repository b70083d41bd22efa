import { app, BrowserWindow, dialog, Menu, powerMonitor, powerSaveBlocker, screen, session, type WebContents } from 'electron';
import { join } from 'node:path';
import { agencyLogosDir } from './config/agencyLogos';
import { ConfigError } from './config/loadConfig';
import { readDurabilityTimings } from './durability/durabilityTimings';
import { RotatingLog, teeConsoleTo } from './durability/logFile';
import { OfficeInUseError } from './durability/officeLock';
import { restoreBackup, restoreRequest } from './durability/restore';
import { startWhenStorageAllows } from './durability/startRetry';
import { readEnvironment } from './environment';
import { startOffice, type OfficeOptions, type RunningOffice } from './office';
import { isAppUrl } from './shell/appProtocol';
import { registerAppScheme, serveAppScheme } from './shell/appScheme';
import { ClosePolicy } from './shell/closePolicy';
import { hardenContents, hardenSession } from './shell/contentsHardening';
import { keepDisplayWindowOnSecondScreen } from './shell/displayWindow';
import { installIpcBridge } from './shell/ipcBridge';
import { handleProcessFault, RecentErrors } from './shell/processFaults';
import { superviseRenderer } from './shell/rendererSupervisor';
import { createShellSecretStore } from './shell/safeStorageSecrets';
import { createScreenWindow } from './shell/screenWindow';
import { utilityWorker } from './shell/utilityWorker';
import { beginStartupCheck, startUpdates, type StartupCheck } from './shell/updateLifecycle';
import { WindowRoles } from './shell/windowRoles';
import { StorageError } from './store/database';
import { installRulesFromEnv } from './update/updatePolicy';
import { updateFeedUrl, UpdateTracker } from './update/updateTracker';

/** The Electron entry: the same office core as browser mode, plus the kiosk and TV windows on this PC. */

const production = app.isPackaged;
const devServerUrl = production ? undefined : process.env.ELECTRON_RENDERER_URL;
const isTrustedUrl = (url: string): boolean => isAppUrl(url) || (devServerUrl !== undefined && url.startsWith(devServerUrl));

let office: RunningOffice | null = null;
/** The start-up check of a newly installed update (packaged only). */
let startup: StartupCheck | null = null;

// An unhandled rejection is logged and shown to the supervisor (update.status), and Loket keeps serving;
// an uncaught exception still exits for the OS supervisor to start Loket afresh; a full disk is only
// recorded. Why each: shell/processFaults.ts.
const unexpected = new RecentErrors();
for (const kind of ['uncaughtException', 'unhandledRejection'] as const) {
  process.on(kind, (err: unknown) => {
    handleProcessFault(kind, err, {
      recent: unexpected,
      reportStorage: (e, during) => office?.store.health.report(e, during) ?? false,
      exit: (code) => app.exit(code),
    });
  });
}

registerAppScheme();
app.enableSandbox();
// The TV announces calls without anyone touching it first.
app.commandLine.appendSwitch('autoplay-policy', 'no-user-gesture-required');
app.commandLine.appendSwitch('disable-pinch');
Menu.setApplicationMenu(null);

/** Installed: the configuration lives in the data folder, so updates (which replace the program folder) keep it. */
function environment(): ReturnType<typeof readEnvironment> {
  const dataDir = process.env.LOKET_DATA_DIR ?? app.getPath('userData');
  return readEnvironment(process.env, {
    dataDir,
    configPath: production ? join(dataDir, 'office.json') : 'resources/office.example.json',
  });
}

/** `Loket --restore <backup>`: the installed kiosk's restore (the office must not be running). */
async function restore(file: string): Promise<void> {
  await app.whenReady();
  const { dataDir } = environment();
  try {
    const result = restoreBackup(dataDir, file);
    const kept = result.previousKeptIn ? `\nThe replaced database was kept in ${result.previousKeptIn}.` : '';
    console.log(`Restored ${result.restoredFrom} into ${dataDir}.${kept}`);
    dialog.showMessageBoxSync({ type: 'info', title: 'Loket', message: `Backup restored / Cadangan dipulihkan:\n${result.restoredFrom}${kept}` });
    app.exit(0);
  } catch (err) {
    console.error((err as Error).message);
    dialog.showErrorBox('Loket: restore failed / pemulihan gagal', (err as Error).message);
    app.exit(1);
  }
}

async function main(): Promise<void> {
  await app.whenReady();
  const env = environment();
  const log = new RotatingLog(join(env.dataDir, 'logs'));
  teeConsoleTo(log);
  console.log(`[main] Loket ${app.getVersion()} starting (data: ${env.dataDir}, config: ${env.configPath})`);
  if (production) {
    startup = await beginStartupCheck(env.dataDir);
    if (!startup) return; // the previous version is being brought back
  }

  const windows = new WindowRoles<WebContents>(isTrustedUrl);
  hardenSession(session.defaultSession, { isKioskWindow: (contents) => windows.roleOf(contents) === 'kiosk', isTrustedUrl });
  serveAppScheme(session.defaultSession, {
    rendererDir: join(__dirname, '../renderer'),
    voiceDir: production ? join(process.resourcesPath, 'voice') : join(__dirname, '../../resources/voice'),
    logosDir: agencyLogosDir(env.configPath),
  });

  const rules = installRulesFromEnv(process.env);
  let lastActivityAt = Date.now();
  const closing = new ClosePolicy();
  const tracker = new UpdateTracker(() => office?.citySync.status().replicaId ?? '', {
    currentVersion: app.getVersion(),
    feedUrl: null,
    rules,
    unexpectedErrors: () => unexpected.list(),
    ...(production ? {} : { disabled: { why: 'development_build', reason: 'Development build (not packaged): updates are off.' } }),
  });

  const timings = readDurabilityTimings(process.env);
  const options: OfficeOptions = {
    ...env,
    ...timings,
    rendererDir: join(__dirname, '../renderer'),
    voiceDir: production ? join(process.resourcesPath, 'voice') : join(__dirname, '../../resources/voice'),
    shell: {
      secrets: createShellSecretStore(env.dataDir),
      speechWorker: utilityWorker(join(__dirname, 'speechWorker.js')),
      controls: {
        exitKiosk(by) {
          console.log(`[shell] kiosk mode left by supervisor ${by}`);
          closing.leaveKioskMode();
          // The windows become ordinary ones the supervisor can move and close; DevTools stay off.
          for (const contents of windows.windows()) {
            const win = contents.isDestroyed() ? null : BrowserWindow.fromWebContents(contents);
            win?.setKiosk(false);
            win?.setFullScreen(false);
          }
        },
        updateStatus: () => tracker.current,
      },
    },
  };
  // A full disk at start: said in the log and once on the screen (closed when Loket is up), and tried again.
  const fullDiskNotice = new AbortController();
  let noticeShown = false;
  const running = await startWhenStorageAllows({
    dataDir: env.dataDir,
    retryMs: timings.startRetryMs,
    onWaiting: (message) => {
      console.error(message);
      if (!noticeShown) {
        dialog
          .showMessageBox({ type: 'warning', title: 'Loket', message, signal: fullDiskNotice.signal })
          .catch((err: unknown) => console.warn('[main] the full-disk notice could not be shown:', err));
      }
      noticeShown = true;
    },
    start: () => startOffice(options),
  });
  fullDiskNotice.abort('started');
  office = running;
  log.onWriteFailure = (err) => running.store.health.report(err, 'log');
  const windowSessions = installIpcBridge(running.dispatcher, running.core, running.store, windows);
  running.core.subscribe(() => {
    lastActivityAt = Date.now();
  });
  powerSaveBlocker.start('prevent-display-sleep');

  app.on('web-contents-created', (_event, contents) => {
    hardenContents(contents, { production, isTrustedUrl });
    contents.on('input-event', () => {
      lastActivityAt = Date.now();
      windowSessions.noteInput(contents, lastActivityAt);
    });
    contents.once('destroyed', () => windowSessions.forget(contents));
  });
  const open = (role: 'kiosk' | 'display', bounds: Electron.Rectangle) => {
    const win = createScreenWindow({ role, production, bounds, devServerUrl, roles: windows });
    superviseRenderer(win);
    win.on('close', (event) => {
      if (closing.mayClose()) return;
      event.preventDefault();
      console.warn(`[shell] closing the ${role} window was refused: kiosk mode (a supervisor leaves it with the PIN)`);
    });
    // Windows ends the session without before-quit.
    win.on('session-end', () => closing.appEnding());
    return win;
  };
  powerMonitor.on('shutdown', () => closing.appEnding());
  const kiosk = open('kiosk', screen.getPrimaryDisplay().bounds);
  kiosk.on('closed', () => {
    if (!closing.quitAfterKioskClosed()) return;
    console.warn('[shell] the kiosk window is gone: quitting, so the OS starts Loket afresh');
    app.quit();
  });
  keepDisplayWindowOnSecondScreen((bounds) => open('display', bounds));

  // A new version passes its start-up check once the office serves (above) and the kiosk page has loaded.
  kiosk.webContents.on('did-finish-load', () => {
    if (isTrustedUrl(kiosk.webContents.getURL())) startup?.healthy();
  });
  if (startup) {
    startUpdates(
      {
        tracker,
        rules,
        replicaId: () => running.citySync.status().replicaId,
        feedUrl: () => updateFeedUrl(process.env, running.citySync.status().serverUrl),
        situation: () => ({
          now: Date.now(),
          office: running.core.officeConfig.office,
          lastActivityAt,
          activeTickets: running.store.tickets.active(running.core.serviceDate()).length,
        }),
      },
      startup,
      running.core.officeConfig.update?.publicKey,
    );
  }

  app.on('second-instance', () => kiosk.focus());
  app.on('before-quit', () => {
    closing.appEnding();
    running.close().catch((err: unknown) => console.error('[main] closing the office failed:', err));
  });
}

const restoreFile = restoreRequest(process.argv);
if (restoreFile) {
  restore(restoreFile).catch((err: unknown) => {
    console.error('[main] restore failed:', err);
    app.exit(1);
  });
} else if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  main().catch((err: unknown) => {
    const known = err instanceof ConfigError || err instanceof StorageError || err instanceof OfficeInUseError;
    const detail = known ? err.message : String((err as Error).stack ?? err);
    console.error(detail);
    // A new version on trial does not wait for a click: its next start counts, and the second failure rolls it back.
    if (!startup?.onTrial) dialog.showErrorBox('Loket tidak dapat dimulai / Loket cannot start', detail);
    app.exit(1);
  });
}
