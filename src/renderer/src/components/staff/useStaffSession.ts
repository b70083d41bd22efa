import { useCallback, useEffect, useState } from 'react';
import type { MethodOutput } from '../../../../shared/api/contract';
import type { SessionView } from '../../../../shared/api/schemas';
import type { MessageKey } from '../../../../shared/i18n';
import { call, toApiError, type ApiError } from '../../api/client';
import { forgetToken, isTokenChange, storeToken } from './staffToken';

type AuthStatus = MethodOutput<'auth.status'>;
export type CounterChoice = AuthStatus['counters'][number];
/** A name on a sign-in list (ids and names only). */
export type StaffChoice = AuthStatus['supervisors'][number];
/** What the sign-in screens offer: the counters, and the names for each kind of sign-in. */
export type SignInChoices = Pick<AuthStatus, 'counters' | 'counterStaff' | 'supervisors'>;
export type SignedIn = MethodOutput<'auth.signIn'>;

export type StaffGate =
  | { kind: 'loading' }
  | { kind: 'unreachable'; error: ApiError }
  | { kind: 'setup' }
  | { kind: 'signedOut'; choices: SignInChoices; notice: MessageKey | null }
  | { kind: 'signedIn'; choices: SignInChoices; session: SessionView };

export interface StaffSession {
  gate: StaffGate;
  /** Keeps the token of a successful sign-in or setup and enters the screen (when the session fits it). */
  signedIn: (result: SignedIn) => void;
  signOut: () => Promise<void>;
  /** The API refused the token (expired, PIN changed, disabled): back to sign-in with a notice. */
  sessionEnded: () => void;
  /** Reads auth.status again, e.g. after another screen finished the setup; `notice` shows on the sign-in. */
  recheck: (notice?: MessageKey) => void;
}

/** The sessions /supervisor and /laporan accept. */
export function isSupervisorSession(session: SessionView): boolean {
  return session.role === 'supervisor';
}

/**
 * Who is signed in on this screen, from auth.status. `fits` says which sessions this screen accepts
 * (a counter session on /counter, a supervisor one on /supervisor); any other shows the sign-in.
 */
export function useStaffSession(fits: (session: SessionView) => boolean): StaffSession {
  const [gate, setGate] = useState<StaffGate>({ kind: 'loading' });

  const load = useCallback(
    async (notice: MessageKey | null = null) => {
      try {
        const { needsSetup, session, ...choices } = await call('auth.status', {});
        if (needsSetup) setGate({ kind: 'setup' });
        else if (session && fits(session)) setGate({ kind: 'signedIn', choices, session });
        else setGate({ kind: 'signedOut', choices, notice });
      } catch (err) {
        const error = toApiError(err);
        console.warn('[staff] auth.status failed:', error.code, error.message);
        setGate({ kind: 'unreachable', error });
      }
    },
    [fits],
  );

  useEffect(() => {
    void load();
    const onStorage = (event: StorageEvent): void => {
      if (isTokenChange(event)) void load();
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, [load]);

  // Until the office answers, try again every few seconds rather than leaving a dead screen.
  useEffect(() => {
    if (gate.kind !== 'unreachable') return;
    const timer = setTimeout(() => void load(), 5_000);
    return () => clearTimeout(timer);
  }, [gate, load]);

  const signedIn = useCallback(
    (result: SignedIn) => {
      // In the app's own window the office keeps the session for the window and hands out no token.
      if (result.token !== '') storeToken(result.token);
      void load();
    },
    [load],
  );

  const signOut = useCallback(async () => {
    try {
      await call('auth.signOut', {});
    } catch (err) {
      // The session ends here anyway; the server forgets it when it expires.
      console.warn('[staff] auth.signOut failed:', toApiError(err).message);
    }
    forgetToken();
    await load();
  }, [load]);

  const sessionEnded = useCallback(() => {
    forgetToken();
    void load('staff.sessionEnded');
  }, [load]);

  return { gate, signedIn, signOut, sessionEnded, recheck: (notice) => void load(notice ?? null) };
}
