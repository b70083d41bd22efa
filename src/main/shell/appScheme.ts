import { protocol, type Session } from 'electron';
import { APP_SCHEME, createAppProtocolHandler, type AppFolders } from './appProtocol';

/** Must run before the app is ready: loket:// behaves like https (standard, secure, fetch and media streaming). */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true } },
  ]);
}

export function serveAppScheme(session: Session, folders: AppFolders): void {
  session.protocol.handle(APP_SCHEME, createAppProtocolHandler(folders));
}
