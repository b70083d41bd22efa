/**
 * When one of the app's windows may close. In kiosk mode a close request from the keyboard, the
 * window manager or a stray touch is vetoed; it is allowed only after a supervisor left kiosk mode,
 * or when the app itself is ending (quit for an update, OS shutdown or logout). If the kiosk window is
 * gone anyway (it crashed beyond recovery, a compositor closed it), the app quits so the OS supervisor
 * (systemd, Shell Launcher, the logon task) starts it afresh with its touchscreen.
 */
export class ClosePolicy {
  private kioskMode = true;
  private ending = false;

  /** A supervisor left kiosk mode with their PIN: windows become ordinary ones. */
  leaveKioskMode(): void {
    this.kioskMode = false;
  }

  /** The app is quitting (before-quit, the OS ending the session): nothing may hold it back. */
  appEnding(): void {
    this.ending = true;
  }

  mayClose(): boolean {
    return this.ending || !this.kioskMode;
  }

  /** The kiosk window closed: the app must quit, unless it is already ending. */
  quitAfterKioskClosed(): boolean {
    return !this.ending;
  }
}
