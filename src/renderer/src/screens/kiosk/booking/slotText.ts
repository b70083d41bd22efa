import type { Language } from '../../../../../shared/i18n';

/** A booking's "HH:MM" slot as the kiosk says a time: "10.30" in Indonesian, "10:30" in English (as formatClock). */
export function slotText(lang: Language, slot: string): string {
  return lang === 'id' ? slot.replace(':', '.') : slot;
}
