import type { OfficeConfig } from '../../../../../shared/config/officeConfig';
import type { Language } from '../../../../../shared/i18n';

/** A service's name in the language, or its code while the configuration is not loaded (or it was removed). */
export function serviceName(config: OfficeConfig | null, code: string, lang: Language): string {
  return config?.services.find((s) => s.code === code)?.name[lang] ?? code;
}

export function counterName(config: OfficeConfig | null, number: number | null, fallback: string): string {
  if (number === null) return fallback;
  return config?.counters.find((c) => c.number === number)?.name ?? `#${number}`;
}
