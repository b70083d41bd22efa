import type { MonitorView } from '../../../../../shared/api/methods/stats';
import type { OfficeConfig } from '../../../../../shared/config/officeConfig';
import { translate, type Language } from '../../../../../shared/i18n';
import { counterName, serviceName } from '../dashboard/names';
import { wholeMinutes } from '../dashboard/format';
import { printerStateName } from './printerStateName';

type Alert = MonitorView['alerts'][number];

/** One alert as a plain sentence: "Antrian KK: 23 orang, terlama 48 menit (target 20)". */
export function alertSentence(lang: Language, alert: Alert, monitor: MonitorView, config: OfficeConfig | null): string {
  const counter = monitor.counters.find((c) => c.number === alert.counterNumber);
  const counterLabel = counter?.name ?? counterName(config, alert.counterNumber, '');
  const minutes = typeof alert.value === 'number' ? wholeMinutes(alert.value) : 0;
  switch (alert.kind) {
    case 'wait_over_target': {
      const service = monitor.services.find((s) => s.serviceCode === alert.serviceCode);
      return translate(lang, 'supervisor.alert.wait', {
        service: serviceName(config, alert.serviceCode ?? '', lang),
        n: service?.waiting ?? 0,
        m: minutes,
        target: service?.targetWaitMinutes ?? 0,
      });
    }
    case 'no_counter_open':
      return translate(lang, 'supervisor.alert.noCounter', {
        service: serviceName(config, alert.serviceCode ?? '', lang),
        n: monitor.services.find((s) => s.serviceCode === alert.serviceCode)?.waiting ?? 0,
      });
    case 'idle_with_queue':
      return translate(lang, 'supervisor.alert.idle', { counter: counterLabel, n: counter?.queueWaiting ?? minutes });
    case 'paused_long':
      return translate(lang, 'supervisor.alert.paused', {
        counter: counterLabel,
        reason: counter?.pauseReason ? translate(lang, `counter.pause.${counter.pauseReason}`) : '–',
        m: minutes,
      });
    case 'paper':
      return translate(lang, 'supervisor.alert.paper');
    case 'printer':
      return translate(lang, 'supervisor.alert.printer', { state: printerStateName(lang, monitor.printer.state) });
    case 'storage_full':
      return translate(lang, 'supervisor.alert.storage');
    case 'sync_failing': {
      const error = monitor.sync.lastError;
      const reason = error ? (lang === 'id' ? error.pesan : error.message) : '';
      return translate(lang, 'supervisor.alert.sync', { m: minutes, reason });
    }
  }
}
