import { translate, type Language } from '../../../../shared/i18n';

export type NoticeTone = 'error' | 'info' | 'success';

/** One message for staff (an error, a warning, a confirmation), dismissible. */
export function Notice({
  tone,
  text,
  lang,
  onDismiss,
  testId,
}: {
  tone: NoticeTone;
  text: string;
  lang: Language;
  onDismiss?: () => void;
  testId?: string;
}) {
  return (
    <div className={`staff-notice staff-notice--${tone}`} role={tone === 'error' ? 'alert' : 'status'} data-testid={testId}>
      <span className="staff-notice-text">{text}</span>
      {onDismiss && (
        <button type="button" className="staff-notice-dismiss" aria-label={translate(lang, 'staff.dismiss')} onClick={onDismiss}>
          ×
        </button>
      )}
    </div>
  );
}
