import type { OfficeConfig } from '../../../../../shared/config/officeConfig';
import { formatClock, formatLongDate, type Language } from '../../../../../shared/i18n';

/** "Senin, 1 Desember 2025 09.41" in the office's time zone (the machine's until the configuration is known). */
export function formatWhen(lang: Language, epochMs: number, config: OfficeConfig | null): string {
  const timeZone = config?.office.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  return `${formatLongDate(epochMs, timeZone, lang)} ${formatClock(epochMs, timeZone, lang)}`;
}
