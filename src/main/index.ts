import { app, dialog, powerSaveBlocker, type BrowserWindow } from 'electron';
import { join } from 'node:path';
import { ConfigError } from './config/loadConfig';
import { readEnvironment } from './environment';
import { startOffice } from './office';
import { installIpcBridge } from './shell/ipcBridge';
import { createKioskWindow } from './shell/kioskWindow';
import { StorageError } from './store/database';

/** The Electron entry: the same office core as browser mode, plus the kiosk window on this PC. */
if (!app.requestSingleInstanceLock()) app.quit();

let kioskWindow: BrowserWindow | null = null;

async function main(): Promise<void> {
  await app.whenReady();
  const env = readEnvironment(process.env, {
    dataDir: app.getPath('userData'),
    configPath: app.isPackaged ? join(process.resourcesPath, 'office.json') : 'resources/office.example.json',
  });
  const office = await startOffice({ ...env, rendererDir: join(__dirname, '../renderer'), voiceDir: app.isPackaged ? join(process.resourcesPath, 'voice') : join(__dirname, '../../resources/voice') });
  installIpcBridge(office.dispatcher, office.core, () => kioskWindow?.webContents ?? null);
  powerSaveBlocker.start('prevent-display-sleep');
  kioskWindow = createKioskWindow({ packaged: app.isPackaged, devServerUrl: process.env.ELECTRON_RENDERER_URL });
  app.on('second-instance', () => kioskWindow?.focus());
  app.on('before-quit', () => void office.close());
}

main().catch((err: unknown) => {
  const detail = err instanceof ConfigError || err instanceof StorageError ? err.message : String((err as Error).stack ?? err);
  console.error(detail);
  dialog.showErrorBox('Loket tidak dapat dimulai / Loket cannot start', detail);
  app.exit(1);
});
