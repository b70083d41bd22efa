import { issueText, translate, type Language } from '../../../../../shared/i18n';
import type { Issue } from '../../../../../shared/validation/issueRules';
import { Dialog } from '../../../components/staff/Dialog';

/** The consequences the office listed for a risky change; saving again with confirm: true applies it. */
export function ConfirmChangesDialog({ lang, consequences, onConfirm, onClose }: { lang: Language; consequences: Issue[]; onConfirm: () => void; onClose: () => void }) {
  return (
    <Dialog title={translate(lang, 'supervisor.settings.confirmTitle')} lang={lang} onClose={onClose} testId="confirm-dialog">
      <ul className="consequence-list" data-testid="consequences">
        {consequences.map((c, i) => (
          <li key={`${i}:${c.field}`}>{issueText(lang, c)}</li>
        ))}
      </ul>
      <button type="button" className="staff-button staff-button--danger" data-testid="confirm-yes" data-autofocus onClick={onConfirm}>
        {translate(lang, 'supervisor.settings.confirmSave')}
      </button>
    </Dialog>
  );
}
