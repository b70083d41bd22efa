import type { MethodOutput } from '../../shared/api/contract';
import type { SyncStatusView } from '../../shared/api/methods/sync';
import type { PrinterStatusView } from '../../shared/api/schemas';
import type { OfficeConfig } from '../../shared/config/officeConfig';
import type { Clock } from '../core/clock';
import type { OfficeCore } from '../core/officeCore';

type Monitor = MethodOutput<'monitor.live'>;
type Alert = Monitor['alerts'][number];

const MINUTE = 60_000;
/** A counter paused this long is worth a glance; sync failing this long is an alert (issue 6). */
const PAUSED_LONG_MINUTES = 30;
const SYNC_FAILING_MS = 60 * MINUTE;

/** The supervisor's live view, built from the queue snapshot (no history query, so it stays cheap). */
export function liveMonitor(
  core: OfficeCore,
  config: OfficeConfig,
  printer: PrinterStatusView,
  sync: SyncStatusView,
  clock: Clock,
): Monitor {
  const now = clock.now();
  const snapshot = core.snapshot();
  const alerts: Alert[] = [];

  const services = snapshot.services.map((s) => {
    const cfg = config.services.find((c) => c.code === s.code);
    const target = cfg?.targetWaitMinutes ?? 15;
    const oldest = s.waiting.reduce((min, t) => Math.min(min, t.issuedAt), Number.POSITIVE_INFINITY);
    const longest = Number.isFinite(oldest) ? (now - oldest) / MINUTE : null;
    if (longest !== null && longest > target) {
      alerts.push({ kind: 'wait_over_target', severity: longest > 2 * target ? 'critical' : 'warning', serviceCode: s.code, counterNumber: null, value: Math.round(longest) });
    }
    return {
      serviceCode: s.code,
      waiting: s.waiting.length,
      longestWaitMinutes: longest,
      estimatedWaitMinutes: core.estimateForNewTicket(s.code, s.waiting.length),
      targetWaitMinutes: target,
      next: s.waiting.slice(0, 3),
    };
  });

  // People waiting whom no open counter can call: the worst state, whatever the wait so far.
  for (const s of snapshot.services) {
    const served = snapshot.counters.some((c) => c.state === 'open' && c.services.includes(s.code));
    if (s.waiting.length > 0 && !served) {
      alerts.push({ kind: 'no_counter_open', severity: 'critical', serviceCode: s.code, counterNumber: null, value: s.waiting.length });
    }
  }

  const waitingBy = new Map(snapshot.services.map((s) => [s.code, s.waiting.length]));
  const counters = snapshot.counters.map((c) => {
    const queueWaiting = c.services.reduce((n, code) => n + (waitingBy.get(code) ?? 0), 0);
    const minutesInState = (now - c.stateSince) / MINUTE;
    if (c.state === 'open' && c.current === null && queueWaiting > 0) {
      alerts.push({ kind: 'idle_with_queue', severity: 'warning', serviceCode: null, counterNumber: c.number, value: queueWaiting });
    }
    if (c.state === 'paused' && minutesInState > PAUSED_LONG_MINUTES) {
      alerts.push({ kind: 'paused_long', severity: 'warning', serviceCode: null, counterNumber: c.number, value: Math.round(minutesInState) });
    }
    return { ...c, minutesInState, queueWaiting };
  });

  if (printer.state === 'near_end') alerts.push({ kind: 'paper', severity: 'warning', serviceCode: null, counterNumber: null, value: printer.state });
  if (['paper_out', 'cover_open', 'offline', 'error', 'no_reply'].includes(printer.state)) {
    alerts.push({ kind: 'printer', severity: 'critical', serviceCode: null, counterNumber: null, value: printer.state });
  }
  const storage = core.storageStatus();
  if (storage.state === 'full') {
    alerts.push({ kind: 'storage_full', severity: 'critical', serviceCode: null, counterNumber: null, value: storage.freeBytes });
  }
  if (sync.enrolled && sync.lastError) {
    const failingSince = sync.lastSuccessAt ?? sync.lastError.at;
    if (now - failingSince > SYNC_FAILING_MS) {
      alerts.push({ kind: 'sync_failing', severity: 'warning', serviceCode: null, counterNumber: null, value: Math.round((now - failingSince) / MINUTE) });
    }
  }
  return { at: now, serviceDate: snapshot.serviceDate, services, counters, printer, sync, storage, alerts };
}
