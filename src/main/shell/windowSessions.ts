import type { Caller } from '../auth/caller';
import type { DispatchResult } from '../api/dispatcher';

/** A supervisor signed in on the touchscreen is signed out after this long without a touch. */
export const WINDOW_SESSION_IDLE_MS = 3 * 60_000;

interface Held {
  token: string;
  lastInputAt: number;
}

/**
 * The supervisor's session inside one of the app's own windows (the kiosk touchscreen, where the
 * supervisor screens open after the PIN). It is held here in the main process and never handed to the
 * page, and it ends after a few minutes without a touch, so a supervisor who walks away leaves no open
 * supervisor screen to the next visitor. Generic over the window type, so it is tested without Electron.
 */
export class WindowSessions<W> {
  private readonly held = new Map<W, Held>();

  constructor(
    /** Who a session token belongs to now (expired, signed out and PIN-changed sessions give no role). */
    private readonly resolve: (token: string) => Caller,
    /** Ends a session in the store (sign-out), for a window left idle. */
    private readonly end: (caller: Caller) => void,
    private readonly idleMs = WINDOW_SESSION_IDLE_MS,
  ) {}

  /** The caller of a call from `window`: the supervisor signed in there, else the window's own role. */
  callerFor(window: W, windowCaller: Caller, now: number): Caller {
    const held = this.held.get(window);
    if (!held) return windowCaller;
    const signedIn = this.resolve(held.token);
    if (signedIn.role !== 'supervisor' || !signedIn.session) {
      this.held.delete(window);
      return windowCaller;
    }
    if (now - held.lastInputAt >= this.idleMs) {
      this.held.delete(window);
      this.end(signedIn);
      return windowCaller;
    }
    return { ...signedIn, via: 'ipc', local: true, ...(windowCaller.source ? { source: windowCaller.source } : {}) };
  }

  /**
   * After a call from `window`: a supervisor's sign-in (or first-run setup) is held for that window and
   * its token taken out of the answer; a sign-out lets go of it.
   */
  afterCall(window: W, method: string, answer: DispatchResult, now: number): DispatchResult {
    if (!answer.ok) return answer;
    if (method === 'auth.signOut') {
      this.held.delete(window);
      return answer;
    }
    if (method !== 'auth.signIn' && method !== 'auth.setup') return answer;
    const signed = answer.result as { token: string; session: { role: string } };
    if (signed.session.role !== 'supervisor') return answer;
    this.held.set(window, { token: signed.token, lastInputAt: now });
    return { ok: true, result: { ...signed, token: '' } };
  }

  /** A touch, click or key in `window` keeps its supervisor signed in. */
  noteInput(window: W, now: number): void {
    const held = this.held.get(window);
    if (held) held.lastInputAt = now;
  }

  /** The window closed: its session ends with it. */
  forget(window: W): void {
    const held = this.held.get(window);
    if (!held) return;
    this.held.delete(window);
    const signedIn = this.resolve(held.token);
    if (signedIn.session) this.end(signedIn);
  }
}
