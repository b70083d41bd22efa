import type { SyncStatusView } from '../../../../../shared/api/methods/sync';
import type { MessageKey } from '../../../../../shared/i18n';

export interface SyncHeadline {
  key: MessageKey;
  params: { n: number };
  /** fact--ok, fact--warn or fact--over on the panel and the Monitor. */
  tone: 'ok' | 'warn' | 'over' | null;
}

export const HEADLINE_CLASS: Record<NonNullable<SyncHeadline['tone']>, string> = { ok: 'fact--ok', warn: 'fact--warn', over: 'fact--over' };

/**
 * The one line saying how far the figures got, on Sinkronisasi and the Monitor. "Everything sent" only
 * when nothing waits, nothing is set aside and nothing failed; otherwise it says what waits and why.
 */
export function syncHeadline(s: SyncStatusView): SyncHeadline {
  // Days of figures, not rows: a supervisor knows what "3 days not sent" means.
  const n = s.pendingDays.count;
  if (!s.enrolled) return { key: 'supervisor.sync.state.not_enrolled', params: { n }, tone: null };
  if (s.state === 'reenrol_required') return { key: 'supervisor.sync.state.reenrol_required', params: { n }, tone: 'over' };
  if (s.state === 'stopped') return { key: 'supervisor.sync.state.stopped', params: { n }, tone: null };
  if (s.state === 'pushing') return { key: 'supervisor.sync.headline.pushing', params: { n }, tone: null };
  if (s.lastError) {
    return { key: s.state === 'offline' ? 'supervisor.sync.headline.offline' : 'supervisor.sync.headline.failing', params: { n }, tone: 'over' };
  }
  if (s.rowsPending > 0) return { key: 'supervisor.sync.headline.pending', params: { n }, tone: 'warn' };
  if (s.held.rows > 0) return { key: 'supervisor.sync.headline.held', params: { n: s.held.rows }, tone: 'warn' };
  if (s.setAside.count > 0) return { key: 'supervisor.sync.headline.setAside', params: { n: s.setAside.count }, tone: 'warn' };
  // state.idle says "Tersambung, semua terkirim": only here.
  return { key: 'supervisor.sync.state.idle', params: { n }, tone: 'ok' };
}
