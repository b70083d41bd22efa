import type { z } from 'zod';
import type { updateStatusView } from '../../shared/api/methods/shell';
import type { Off } from './installTarget';
import { isInRollout, type InstallDecision, type InstallRules } from './updatePolicy';

export type UpdateStatus = z.infer<typeof updateStatusView>;

/** What the updater reports; the Electron shell translates electron-updater's events into these. */
export type UpdateEvent =
  | ({ type: 'disabled' } & Off)
  | { type: 'checking'; at: number; feedUrl: string }
  | { type: 'rollout_checked'; version: string; rolloutPercent: number | null }
  | { type: 'available'; version: string; rolloutPercent: number | null }
  | { type: 'not_available' }
  | { type: 'progress'; percent: number }
  | { type: 'downloaded'; version: string }
  | { type: 'decided'; decision: InstallDecision }
  | { type: 'installing' }
  | { type: 'error'; message: string };

/**
 * The supervisor's view of updates, folded from the updater's events. Pure, so the status screen's
 * every state is tested without electron-updater.
 */
export class UpdateTracker {
  private status: Omit<UpdateStatus, 'unexpectedErrors'>;
  private readonly unexpectedErrors: () => UpdateStatus['unexpectedErrors'];

  constructor(
    private readonly replicaId: () => string,
    init: {
      currentVersion: string;
      feedUrl: string | null;
      rules: InstallRules;
      disabled?: Off;
      /** The main process's recent unexpected errors (shell/processFaults.ts), shown with the update status. */
      unexpectedErrors?: () => UpdateStatus['unexpectedErrors'];
    },
  ) {
    this.unexpectedErrors = init.unexpectedErrors ?? (() => []);
    this.status = {
      state: init.disabled ? 'disabled' : 'idle',
      disabledWhy: init.disabled?.why ?? null,
      disabledDetail: init.disabled?.detail ?? null,
      disabledReason: init.disabled?.reason ?? null,
      currentVersion: init.currentVersion,
      feedUrl: init.feedUrl,
      availableVersion: null,
      downloadPercent: null,
      rolloutPercent: null,
      inRollout: null,
      waitingFor: null,
      lastCheckAt: null,
      lastError: null,
      rules: { ...init.rules },
    };
  }

  get current(): UpdateStatus {
    return { ...this.status, rules: { ...this.status.rules }, unexpectedErrors: this.unexpectedErrors() };
  }

  apply(event: UpdateEvent): void {
    const s = this.status;
    switch (event.type) {
      case 'disabled':
        s.state = 'disabled';
        s.disabledWhy = event.why;
        s.disabledDetail = event.detail ?? null;
        s.disabledReason = event.reason;
        return;
      case 'checking':
        // A check while a download is ready must not hide that an install is pending.
        if (s.state !== 'downloaded') s.state = 'checking';
        s.lastCheckAt = event.at;
        s.feedUrl = event.feedUrl;
        return;
      case 'rollout_checked': {
        // electron-updater reports an update outside this kiosk's rollout as "not available"; say why.
        const inRollout = isInRollout(this.replicaId(), event.rolloutPercent);
        s.rolloutPercent = event.rolloutPercent;
        s.inRollout = inRollout;
        if (!inRollout) {
          s.availableVersion = event.version;
          s.waitingFor = 'not_in_rollout';
        }
        return;
      }
      case 'available':
        s.state = 'downloading';
        s.availableVersion = event.version;
        s.downloadPercent = 0;
        s.rolloutPercent = event.rolloutPercent;
        s.inRollout = isInRollout(this.replicaId(), event.rolloutPercent);
        s.lastError = null;
        return;
      case 'not_available':
        if (s.state !== 'downloaded') s.state = 'idle';
        s.lastError = null;
        return;
      case 'progress':
        s.state = 'downloading';
        s.downloadPercent = Math.max(0, Math.min(100, Math.round(event.percent)));
        return;
      case 'downloaded':
        s.state = 'downloaded';
        s.availableVersion = event.version;
        s.downloadPercent = 100;
        return;
      case 'decided':
        s.waitingFor = event.decision.install ? null : event.decision.reason;
        return;
      case 'installing':
        s.state = 'installing';
        s.waitingFor = null;
        return;
      case 'error':
        if (s.state !== 'downloaded') s.state = 'error';
        s.lastError = event.message;
        return;
    }
  }
}

/**
 * The generic feed of this kiosk: LOKET_UPDATE_URL when set, otherwise /updates/ on the city server
 * the kiosk is enrolled with, so one installer serves every office.
 */
export function updateFeedUrl(env: NodeJS.ProcessEnv, enrolledServerUrl: string | null): string | null {
  const base = env.LOKET_UPDATE_URL || (enrolledServerUrl ? `${enrolledServerUrl.replace(/\/+$/, '')}/updates/` : null);
  if (!base) return null;
  return base.endsWith('/') ? base : `${base}/`;
}
