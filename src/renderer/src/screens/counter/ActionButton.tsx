import { translate, type Language } from '../../../../shared/i18n';
import type { DeskAction } from './deskState';
import { shortcutLabel } from './shortcuts';

/** One desk action with its keyboard shortcut printed on it; disabled when the core would refuse it. */
export function ActionButton({
  action,
  enabled,
  lang,
  onRun,
  tone = 'normal',
  label,
}: {
  action: Exclude<DeskAction, 'resume'>;
  enabled: boolean;
  lang: Language;
  onRun: (action: DeskAction) => void;
  tone?: 'primary' | 'normal' | 'warn';
  /** The words when they depend on the counter's state (opening a closed counter vs ending a break). */
  label?: string;
}) {
  const keys = shortcutLabel(action, translate(lang, 'counter.key.space'));
  return (
    <button
      type="button"
      className={`action-button action-button--${tone}`}
      data-testid={`action-${action}`}
      disabled={!enabled}
      aria-keyshortcuts={shortcutLabel(action, 'Space')?.split(' / ').join(' ')}
      onClick={() => onRun(action)}
    >
      <span className="action-label">{label ?? translate(lang, `counter.action.${action}`)}</span>
      {keys && <kbd className="action-key">{keys}</kbd>}
    </button>
  );
}
