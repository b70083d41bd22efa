import { useState } from 'react';
import { translate, type Language } from '../../../../shared/i18n';
import { call, toApiError } from '../../api/client';
import { electronBridge } from '../../api/ipcTransport';
import { Notice } from '../staff/Notice';
import { staffErrorMessage } from '../staff/staffErrors';
import { useIdleTimeout } from '../../hooks/useIdleTimeout';
import { goBack } from './returnPath';

/** A supervisor who walks away from the touchscreen: back to the kiosk after this long (the office signs them out too). */
const IDLE_SIGNED_IN_SECONDS = 170;
/** Someone who opened the sign-in by holding the office name and left it. */
const IDLE_SIGNED_OUT_SECONDS = 60;

/**
 * Shown on the supervisor screens when they were opened in the kiosk (or TV) window: the way back to
 * the kiosk (signing out), leaving kiosk mode (Electron only), and the idle return, so the touchscreen
 * never stays on the supervisor screens for the next visitor.
 */
export function AppWindowBar({ backTo, signedIn, lang, signOut }: { backTo: string; signedIn: boolean; lang: Language; signOut: () => Promise<void> }) {
  const [error, setError] = useState<string | null>(null);
  const [left, setLeft] = useState(false);
  const back = async (): Promise<void> => {
    if (signedIn) await signOut();
    goBack(backTo);
  };
  useIdleTimeout(!left, signedIn ? IDLE_SIGNED_IN_SECONDS : IDLE_SIGNED_OUT_SECONDS, () => void back());

  const leaveKioskMode = async (): Promise<void> => {
    try {
      await call('kiosk.exit', {});
      setLeft(true);
    } catch (err) {
      const apiError = toApiError(err);
      console.warn('[kiosk] kiosk.exit refused:', apiError.code, apiError.message);
      setError(staffErrorMessage(lang, apiError));
    }
  };

  return (
    <div className="app-window-bar" data-testid="app-window-bar">
      <p className="app-window-bar-note">{translate(lang, left ? 'appWindow.left' : 'appWindow.note')}</p>
      {error && <Notice tone="error" text={error} lang={lang} testId="kiosk-exit-error" />}
      <div className="app-window-bar-actions">
        {signedIn && electronBridge() && !left && (
          <button type="button" className="staff-button" data-testid="kiosk-exit" onClick={() => void leaveKioskMode()}>
            {translate(lang, 'appWindow.leaveKioskMode')}
          </button>
        )}
        <button type="button" className="staff-button staff-button--primary" data-testid="back-to-kiosk" onClick={() => void back()}>
          {translate(lang, backTo === '/display' ? 'appWindow.backToDisplay' : 'appWindow.backToKiosk')}
        </button>
      </div>
    </div>
  );
}
