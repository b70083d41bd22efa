import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { version } from '../../package.json';
import type { DispatchResult } from '../../src/main/api/dispatcher';
import { browserModeShell } from '../../src/main/api/shellControls';
import type { Caller } from '../../src/main/auth/caller';
import { callerFromToken } from '../../src/main/auth/credentials';
import { startOffice, type RunningOffice } from '../../src/main/office';
import { WindowSessions } from '../../src/main/shell/windowSessions';
import type { WindowRole } from '../../src/main/shell/windowRoles';
import type { MethodInput, MethodName, MethodOutput } from '../../src/shared/api/contract';
import { lanCall, lanPost } from './lanApi';
import { makeTempDir } from './tempDir';
import { testConfigInput } from './testConfig';

/**
 * The office as the Electron app runs it, minus Electron: the real office (startOffice: core, dispatcher,
 * LAN server serving the built renderer) in this process, and browser pages standing in for its windows.
 * A window page gets the `window.loket` the preload exposes, wired by Playwright bindings to the real
 * dispatcher as the window's role, with the supervisor's session held for the window by the real
 * WindowSessions, as src/main/shell/ipcBridge.ts does over IPC (which needs Electron, so is not imported).
 * The real PIN check, refusals and audit log answer; only leaving kiosk mode, which Electron does, is
 * recorded in `exits`.
 */
export class WindowedOffice {
  readonly dir = makeTempDir('loket-e2e-');
  readonly dataDir = join(this.dir.path, 'data');
  /** Who left kiosk mode, in order (the supervisor's name, as ShellControls.exitKiosk gets it). */
  readonly exits: string[] = [];
  /** How far ahead of the wall clock the windows' sessions are judged (a supervisor who walked away). */
  sessionClockAheadMs = 0;
  private readonly setupCodes: string[] = [];
  private readonly windows = new Map<Page, WindowRole>();
  private running: RunningOffice | null = null;
  private sessions: WindowSessions<Page> | null = null;

  constructor(private readonly config: Record<string, unknown> = testConfigInput()) {}

  async start(): Promise<this> {
    const configPath = join(this.dir.path, 'office.json');
    writeFileSync(configPath, JSON.stringify(this.config, null, 2));
    const office = await startOffice({
      configPath,
      dataDir: this.dataDir,
      host: '127.0.0.1',
      port: 0,
      loopbackIsKiosk: true,
      rendererDir: resolve('out/renderer'),
      voiceDir: resolve('resources/voice'),
      shell: {
        controls: { exitKiosk: (by) => void this.exits.push(by), updateStatus: () => browserModeShell(version).updateStatus() },
        announceSetupCode: (code) => {
          this.setupCodes.push(code);
          return Promise.resolve({ printed: true, detail: 'captured by the test' });
        },
      },
    });
    this.running = office;
    this.sessions = new WindowSessions<Page>(
      (token) => callerFromToken(office.store, token, this.sessionNow(), 'ipc'),
      (caller) => void office.dispatcher.dispatch('auth.signOut', {}, caller),
    );
    office.core.subscribe((event) => {
      for (const page of this.windows.keys()) {
        if (!page.isClosed()) page.evaluate((e) => (globalThis as unknown as { loketEvent?(e: unknown): void }).loketEvent?.(e), event).catch(() => undefined);
      }
    });
    return this;
  }

  get office(): RunningOffice {
    if (!this.running) throw new Error('the office is not running');
    return this.running;
  }

  get url(): string {
    return this.office.lan.url;
  }

  /** The first-run setup code the office announced last (the slip the printer printed). */
  setupCode(): string {
    const code = this.setupCodes.at(-1);
    if (code === undefined) throw new Error('the office announced no setup code');
    return code;
  }

  /** A call over the LAN, as a browser or paired device makes it. */
  post(method: string, body: unknown, token?: string): Promise<{ status: number; json: any }> {
    return lanPost(this.url, method, body, token);
  }

  call<M extends MethodName>(method: M, input: MethodInput<M>, token?: string): Promise<MethodOutput<M>> {
    return lanCall(this.url, method, input, token);
  }

  /** A page of `context` as the app's `role` window: it gets `window.loket`, bound to this office (one window per context). */
  async openWindow(context: BrowserContext, role: WindowRole, path: string): Promise<Page> {
    await context.exposeBinding('loketIpc', ({ page }, method: string, input: unknown) => this.ipc(page, method, input));
    await context.addInitScript(() => {
      const w = globalThis as unknown as { loketIpc(method: string, input: unknown): Promise<unknown>; loket: unknown; loketEvent(e: unknown): void };
      const listeners = new Set<(e: unknown) => void>();
      w.loket = {
        call: (method: string, input: unknown) => w.loketIpc(method, input),
        onEvent(listener: (e: unknown) => void) {
          listeners.add(listener);
          return () => void listeners.delete(listener);
        },
      };
      w.loketEvent = (e) => {
        for (const listener of listeners) listener(e);
      };
    });
    const page = await context.newPage();
    this.windows.set(page, role);
    page.once('close', () => {
      this.windows.delete(page);
      this.sessions?.forget(page);
    });
    await page.goto(`${this.url}${path}`);
    return page;
  }

  private sessionNow(): number {
    return Date.now() + this.sessionClockAheadMs;
  }

  /** One IPC call from a window, as ipcBridge.ts answers it. */
  private async ipc(page: Page, method: string, input: unknown): Promise<DispatchResult> {
    const role = this.windows.get(page);
    const sessions = this.sessions;
    if (!role || !sessions) return { ok: false, status: 403, error: { code: 'forbidden', message: 'IPC calls are accepted only from the Loket windows.' } };
    const windowCaller: Caller = { role, via: 'ipc', local: true, source: `ipc:${role}` };
    const caller = sessions.callerFor(page, windowCaller, this.sessionNow());
    return sessions.afterCall(page, method, await this.office.dispatcher.dispatch(method, input, caller), this.sessionNow());
  }

  async remove(): Promise<void> {
    await this.running?.close();
    this.running = null;
    this.dir.remove();
  }
}
