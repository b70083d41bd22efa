import { LOCALES, type Language } from '../../shared/i18n/languages';

export interface IssuedAtText {
  /** "Senin, 5 Mei 2025" */
  date: string;
  /** "09.41 WITA" */
  time: string;
}

// Indonesia's three zones have names every visitor knows; Intl only knows them in the id-ID locale.
const INDONESIAN_ZONE_NAMES: Record<string, string> = {
  'Asia/Jakarta': 'WIB',
  'Asia/Pontianak': 'WIB',
  'Asia/Makassar': 'WITA',
  'Asia/Ujung_Pandang': 'WITA',
  'Asia/Jayapura': 'WIT',
};

/** The issue time in the office's time zone, Indonesian style (24-hour clock, zone name). */
export function formatIssuedAt(issuedAtMs: number, timeZone: string, language: Language): IssuedAtText {
  const locale = LOCALES[language];
  const date = new Intl.DateTimeFormat(locale, {
    timeZone,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(issuedAtMs);
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZoneName: 'short',
  }).formatToParts(issuedAtMs);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  const separator = language === 'id' ? '.' : ':';
  const zone = INDONESIAN_ZONE_NAMES[timeZone] ?? part('timeZoneName');
  return { date, time: `${part('hour')}${separator}${part('minute')} ${zone}` };
}
