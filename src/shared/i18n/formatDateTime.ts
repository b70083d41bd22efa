import { LOCALES, type Language } from './languages';

/** Dates and clocks in the office's time zone (never the machine's), in the visitor's language. */

const cache = new Map<string, Intl.DateTimeFormat>();

function formatter(lang: Language, timeZone: string, kind: 'date' | 'dayMonth' | 'clock'): Intl.DateTimeFormat {
  const key = `${lang}|${timeZone}|${kind}`;
  let f = cache.get(key);
  if (!f) {
    f =
      kind === 'date'
        ? new Intl.DateTimeFormat(LOCALES[lang], { timeZone, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' })
        : kind === 'dayMonth'
          ? new Intl.DateTimeFormat(LOCALES[lang], { timeZone, weekday: 'long', day: 'numeric', month: 'long' })
          : new Intl.DateTimeFormat(LOCALES[lang], { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    cache.set(key, f);
  }
  return f;
}

/** "Senin, 1 Desember 2025" / "Monday 1 December 2025". */
export function formatLongDate(epochMs: number, timeZone: string, lang: Language): string {
  return formatter(lang, timeZone, 'date').format(epochMs);
}

/** "Senin, 7 Desember" / "Monday 7 December": a day within the coming weeks. */
export function formatDayMonth(epochMs: number, timeZone: string, lang: Language): string {
  return formatter(lang, timeZone, 'dayMonth').format(epochMs);
}

/** "09.41" (Indonesian style) / "09:41". */
export function formatClock(epochMs: number, timeZone: string, lang: Language): string {
  return formatter(lang, timeZone, 'clock').format(epochMs);
}
