import { screen, type BrowserWindow } from 'electron';
import { pickDisplayScreen } from './displayPlacement';

/**
 * Keeps the TV display window on the second screen: opened full-screen there when one is attached (also
 * later, when the TV is switched on), moved when screens change, closed when the TV goes away.
 */
export function keepDisplayWindowOnSecondScreen(create: (bounds: Electron.Rectangle) => BrowserWindow): void {
  let win: BrowserWindow | null = null;
  const place = (): void => {
    const target = pickDisplayScreen(screen.getAllDisplays(), screen.getPrimaryDisplay().id);
    if (!target) {
      win?.destroy();
      win = null;
      return;
    }
    if (!win || win.isDestroyed()) {
      const created = create(target.bounds);
      created.on('closed', () => {
        if (win === created) win = null;
      });
      win = created;
    } else {
      win.setFullScreen(false);
      win.setBounds(target.bounds);
    }
    win.setFullScreen(true);
  };
  place();
  screen.on('display-added', place);
  screen.on('display-removed', place);
  screen.on('display-metrics-changed', place);
}
