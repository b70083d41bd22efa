import { useCallback, useState } from 'react';
import type { Language } from '../../../../shared/i18n';
import { toApiError, type ApiError } from '../../api/client';
import type { NoticeTone } from '../../components/staff/Notice';
import { staffErrorMessage } from '../../components/staff/staffErrors';

export interface PanelNotice {
  tone: NoticeTone;
  text: string;
}

/**
 * Runs a panel's request and keeps its outcome as one notice: a success text (or a notice of its own tone
 * when an accepted request still did not do its job, as a reprint with the paper out), or the refusal in
 * plain words (`explain` may give a more specific one). An ended session goes back to sign-in.
 */
export function usePanelRequest(lang: Language, onSessionEnded: () => void) {
  const [notice, setNotice] = useState<PanelNotice | null>(null);
  const [busy, setBusy] = useState(false);

  const run = useCallback(
    async <T>(request: () => Promise<T>, success: (result: T) => string | PanelNotice | null, explain?: (error: ApiError) => string | null): Promise<boolean> => {
      setBusy(true);
      try {
        const result = await request();
        const outcome = success(result);
        setNotice(typeof outcome === 'string' ? { tone: 'success', text: outcome } : outcome);
        return true;
      } catch (err) {
        const error = toApiError(err);
        console.warn('[supervisor] request failed:', error.code, error.message, error.problems);
        if (error.code === 'unauthorized') onSessionEnded();
        else setNotice({ tone: 'error', text: explain?.(error) ?? staffErrorMessage(lang, error) });
        return false;
      } finally {
        setBusy(false);
      }
    },
    [lang, onSessionEnded],
  );

  return { notice, busy, run, dismiss: () => setNotice(null), setNotice };
}
