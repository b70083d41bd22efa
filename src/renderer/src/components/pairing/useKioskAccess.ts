import { useCallback, useEffect, useState } from 'react';
import { call, toApiError, type ClientErrorCode } from '../../api/client';
import { electronBridge } from '../../api/ipcTransport';
import { readToken } from '../../api/token';
import { forgetToken } from './deviceToken';
import { accessAfterProbe, type KioskAccess } from './kioskAccess';

const RETRY_MS = 5_000;

/**
 * Asks the office at start whether this page holds the kiosk role, by calling a kiosk-role method
 * (printer.status: read-only, harmless); `paired` lets the page in once pairing stored a token.
 */
export function useKioskAccess(): { access: KioskAccess; paired: () => void } {
  const [access, setAccess] = useState<KioskAccess>('checking');

  useEffect(() => {
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const probe = async (): Promise<void> => {
      let code: ClientErrorCode | null = null;
      try {
        await call('printer.status', {});
      } catch (err) {
        code = toApiError(err).code;
      }
      if (cancelled) return;
      const next = accessAfterProbe(code, { electron: electronBridge() !== null, tokenStored: readToken() !== null });
      // A refused token is forgotten, so pairing and the page after it do not send it again.
      if (next === 'unpaired') forgetToken();
      if (next === 'unreachable') timer = setTimeout(() => void probe(), RETRY_MS);
      setAccess(next);
    };
    void probe();
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, []);

  const paired = useCallback(() => setAccess('allowed'), []);
  return { access, paired };
}
