import type { OfficeConfig } from '../../../../../shared/config/officeConfig';
import type { Language } from '../../../../../shared/i18n';

/** What every settings section gets: the draft and a way to change it. */
export interface SectionProps {
  lang: Language;
  draft: OfficeConfig;
  onChange: (update: (draft: OfficeConfig) => OfficeConfig) => void;
}

/** Replaces the i-th element of a list. */
export function replaceAt<T>(list: readonly T[], i: number, update: (item: T) => T): T[] {
  return list.map((item, j) => (j === i ? update(item) : item));
}

/** A required number left empty is sent as null, so the office names the field rather than silently using a default. */
export function required(n: number | undefined): number {
  return n ?? Number.NaN;
}
