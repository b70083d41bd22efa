import { useCallback, useEffect, useState } from 'react';
import type { MethodInput, MethodOutput } from '../../../../../shared/api/contract';
import type { OfficeConfig } from '../../../../../shared/config/officeConfig';
import type { Issue } from '../../../../../shared/validation/issueRules';
import { call, toApiError, type ApiError } from '../../../api/client';
import { useEvents } from '../../../hooks/useEvents';

type SettingsView = MethodOutput<'settings.get'>;

export type SaveOutcome =
  | { kind: 'idle' }
  | { kind: 'saved' }
  | { kind: 'invalid'; error: ApiError }
  | { kind: 'needsConfirmation'; consequences: Issue[] }
  | { kind: 'refused'; reasons: Issue[] }
  | { kind: 'failed'; error: ApiError };

/** What settings.updateAgency takes: the agency's part of its narrowed view (settings.get), without the agency it cannot change. */
function agencyPart(draft: OfficeConfig, agency: string): MethodInput<'settings.updateAgency'>['config'] {
  const own = draft.agencies?.find((a) => a.id === agency);
  return {
    services: draft.services.map(({ agency: _a, ...s }) => s),
    counters: draft.counters.map(({ agency: _a, ...c }) => c),
    priorityPolicy: own?.priorityPolicy,
    runningText: own?.runningText,
  };
}

/**
 * The settings being edited: the office's saved configuration, a draft, and the outcome of the last save.
 * Another supervisor's change reloads the form when nothing is being edited, else it is only reported.
 * With an agency (its supervisor's view), only its own part is sent, with settings.updateAgency.
 */
export function useSettingsDraft(onSessionEnded: () => void, agency: string | null = null) {
  const [saved, setSaved] = useState<SettingsView | null>(null);
  const [draft, setDraft] = useState<OfficeConfig | null>(null);
  const [outcome, setOutcome] = useState<SaveOutcome>({ kind: 'idle' });
  const [busy, setBusy] = useState(false);
  const [changedBy, setChangedBy] = useState<string | null>(null);
  const [loadError, setLoadError] = useState<ApiError | null>(null);

  const dirty = saved !== null && draft !== null && JSON.stringify(saved.config) !== JSON.stringify(draft);

  const load = useCallback(async () => {
    try {
      const view = await call('settings.get', {});
      setSaved(view);
      setDraft(view.config);
      setChangedBy(null);
      setLoadError(null);
    } catch (err) {
      const error = toApiError(err);
      if (error.code === 'unauthorized') onSessionEnded();
      else setLoadError(error);
    }
  }, [onSessionEnded]);

  useEffect(() => {
    void load();
  }, [load]);

  useEvents((event) => {
    if (event.type !== 'config.changed' || busy) return;
    if (dirty) setChangedBy(event.payload.by);
    else void load();
  });

  const save = async (confirm: boolean): Promise<void> => {
    if (!draft) return;
    setBusy(true);
    try {
      const view = agency === null ? await call('settings.update', { config: draft, confirm }) : await call('settings.updateAgency', { agency, config: agencyPart(draft, agency), confirm });
      setSaved(view);
      setDraft(view.config);
      setChangedBy(null);
      setOutcome({ kind: 'saved' });
    } catch (err) {
      const error = toApiError(err);
      console.warn('[supervisor] settings.update refused:', error.code, error.problems);
      if (error.code === 'unauthorized') onSessionEnded();
      else if (error.code === 'bad_request') setOutcome({ kind: 'invalid', error });
      else if (error.code === 'needs_confirmation') setOutcome({ kind: 'needsConfirmation', consequences: error.issues });
      else if (error.code === 'wrong_state') setOutcome({ kind: 'refused', reasons: error.issues });
      else setOutcome({ kind: 'failed', error });
    } finally {
      setBusy(false);
    }
  };

  const edit = (update: (draft: OfficeConfig) => OfficeConfig): void => {
    setDraft((d) => (d ? update(d) : d));
    if (outcome.kind === 'saved') setOutcome({ kind: 'idle' });
  };

  const discard = (): void => {
    void load();
    setOutcome({ kind: 'idle' });
  };

  return { saved, draft, dirty, outcome, busy, changedBy, loadError, edit, save, discard, dismiss: () => setOutcome({ kind: 'idle' }) };
}
