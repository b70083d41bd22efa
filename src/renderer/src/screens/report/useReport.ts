import { useCallback, useRef, useState } from 'react';
import type { MethodInput } from '../../../../shared/api/contract';
import type { IkmReport } from '../../../../shared/api/methods/ratings';
import type { Language } from '../../../../shared/i18n';
import { call, toApiError } from '../../api/client';
import { reportErrorMessage } from './reportErrors';

export type ReportRequest = MethodInput<'ratings.report'>;

/** Runs ratings.report; keeps the last report with the request it answers, or the refusal in words. */
export function useReport(lang: Language, onSessionEnded: () => void) {
  const [report, setReport] = useState<{ request: ReportRequest; data: IkmReport; printedAt: number } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const latest = useRef(0);

  const load = useCallback(
    async (request: ReportRequest) => {
      const thisRequest = ++latest.current;
      setBusy(true);
      setError(null);
      try {
        const data = await call('ratings.report', request);
        if (thisRequest === latest.current) setReport({ request, data, printedAt: Date.now() });
      } catch (err) {
        const apiError = toApiError(err);
        console.warn('[laporan] ratings.report failed:', apiError.code, apiError.message, apiError.problems);
        if (thisRequest !== latest.current) return;
        if (apiError.code === 'unauthorized') onSessionEnded();
        else {
          setReport(null);
          setError(reportErrorMessage(lang, apiError));
        }
      } finally {
        if (thisRequest === latest.current) setBusy(false);
      }
    },
    [lang, onSessionEnded],
  );

  return { report, error, busy, load };
}
