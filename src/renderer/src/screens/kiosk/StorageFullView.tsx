import { translate, type Language } from '../../../../shared/i18n';

/**
 * The office PC's disk is full: no number can be taken until space is freed. Shown in place of the
 * services (not as an error after a tap), and gone by itself when the office resumes issuing.
 */
export function StorageFullView({ lang }: { lang: Language }) {
  return (
    <section className="kiosk-step visitor-error storage-full" data-testid="kiosk-storage-full" role="alert">
      <svg className="error-pictogram" viewBox="0 0 96 96" aria-hidden="true" fill="none" stroke="currentColor" strokeWidth="6" strokeLinecap="round">
        <ellipse cx="48" cy="20" rx="30" ry="10" />
        <path d="M18 20 V76 A30 10 0 0 0 78 76 V20" />
        <path d="M18 39 A30 10 0 0 0 78 39" />
        <path d="M18 58 A30 10 0 0 0 78 58" />
      </svg>
      <p className="visitor-error-message">{translate(lang, 'error.storage_full')}</p>
      <p className="storage-full-hint">{translate(lang, 'kiosk.storageFullHint')}</p>
    </section>
  );
}
