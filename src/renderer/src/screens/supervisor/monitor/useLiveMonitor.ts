import type { MonitorView } from '../../../../../shared/api/methods/stats';
import { call } from '../../../api/client';
import { useLiveRead } from '../useLiveRead';

const readMonitor = (): Promise<MonitorView> => call('monitor.live', {});

/** monitor.live, kept fresh (useLiveRead). */
export function useLiveMonitor(onSessionEnded: () => void) {
  const { value: monitor, error, refresh } = useLiveRead('monitor.live', readMonitor, onSessionEnded);
  return { monitor, error, refresh };
}
