import type { Caller } from '../auth/caller';

/** The roles the app's own windows hold: the touchscreen is the kiosk, the TV window the display. */
export type WindowRole = 'kiosk' | 'display';

/** What an IPC message tells about its sender (Electron's WebContents and WebFrameMain, reduced). */
export interface IpcSender<C> {
  sender: C;
  senderFrame: { url: string } | null;
}

/**
 * Which window holds which role, and the IPC sender check: a call is accepted only from the top frame
 * of a registered window showing the app's own origin. Generic over the contents type, so the check is
 * tested without Electron.
 */
export class WindowRoles<C extends { mainFrame: unknown }> {
  private readonly roles = new Map<C, WindowRole>();

  constructor(private readonly isTrustedUrl: (url: string) => boolean) {}

  register(contents: C, role: WindowRole): void {
    this.roles.set(contents, role);
  }

  unregister(contents: C): void {
    this.roles.delete(contents);
  }

  windows(): C[] {
    return [...this.roles.keys()];
  }

  /** The role of a window's contents, or null for any other contents. */
  roleOf(contents: C): WindowRole | null {
    return this.roles.get(contents) ?? null;
  }

  /** The caller of an IPC message, or null when it must be refused. */
  callerFor(event: IpcSender<C>): Caller | null {
    const role = this.roles.get(event.sender);
    if (!role || !event.senderFrame || event.senderFrame !== event.sender.mainFrame) return null;
    if (!this.isTrustedUrl(event.senderFrame.url)) return null;
    return { role, via: 'ipc', local: true, source: `ipc:${role}` };
  }
}
