import type { Language } from '../../../../shared/i18n';
import { translate } from '../../../../shared/i18n';
import { Dialog } from './Dialog';

/** "Are you sure?" for an action that is hard to undo (closing a counter, disabling staff, revoking a device). */
export function ConfirmDialog({
  title,
  hint,
  confirmLabel,
  lang,
  onConfirm,
  onClose,
}: {
  title: string;
  hint?: string;
  confirmLabel?: string;
  lang: Language;
  onConfirm: () => void;
  onClose: () => void;
}) {
  return (
    <Dialog title={title} lang={lang} onClose={onClose} testId="confirm-dialog">
      {hint && <p className="dialog-hint">{hint}</p>}
      <button type="button" className="staff-button staff-button--danger" data-testid="confirm-yes" data-autofocus onClick={onConfirm}>
        {confirmLabel ?? translate(lang, 'staff.confirm')}
      </button>
    </Dialog>
  );
}
