import type { Language } from '../../../../shared/i18n';

/** What every supervisor tab receives; a new dashboard tab only needs these. */
export interface PanelProps {
  lang: Language;
  /** The API refused the session (expired, PIN changed): back to sign-in. */
  onSessionEnded: () => void;
  /** The signed-in supervisor's agency in a Mal Pelayanan Publik; null or absent: the building. */
  agency?: string | null;
}
