import type { MonitorView } from '../../../../../shared/api/methods/stats';
import { translate, type Language } from '../../../../../shared/i18n';
import { wholeMinutes } from '../dashboard/format';

type CounterLine = MonitorView['counters'][number];

const MINUTE = 60_000;

/** What a counter is doing, in one sentence, and whether it deserves attention (idle while people wait). */
export function counterActivity(lang: Language, counter: CounterLine, at: number): { text: string; attention: boolean } {
  const inState = wholeMinutes(counter.minutesInState);
  if (counter.state === 'closed') return { text: translate(lang, 'supervisor.counter.closed'), attention: false };
  if (counter.state === 'paused') {
    const reason = counter.pauseReason ? translate(lang, `counter.pause.${counter.pauseReason}`) : '–';
    return { text: translate(lang, 'supervisor.counter.paused', { reason, m: inState }), attention: false };
  }
  const current = counter.current;
  if (current) {
    const since = current.startedAt ?? current.calledAt ?? at;
    const m = wholeMinutes((at - since) / MINUTE);
    const key = current.state === 'serving' ? 'supervisor.counter.serving' : 'supervisor.counter.calling';
    return { text: translate(lang, key, { label: current.label, m }), attention: false };
  }
  if (counter.queueWaiting > 0) {
    return { text: translate(lang, 'supervisor.counter.idleWithQueue', { n: counter.queueWaiting, m: inState }), attention: true };
  }
  return { text: translate(lang, 'supervisor.counter.idle', { m: inState }), attention: false };
}
