import { useEffect, useRef, type ReactNode } from 'react';
import { translate, type Language } from '../../../../shared/i18n';

/**
 * A modal panel over a staff screen. Escape or "Batal" closes it; while it is open the screen's
 * shortcuts are off (the screen checks `data-dialog-open` on the body).
 */
export function Dialog({
  title,
  lang,
  onClose,
  children,
  testId,
}: {
  title: string;
  lang: Language;
  onClose: () => void;
  children: ReactNode;
  testId?: string;
}) {
  const panel = useRef<HTMLDivElement>(null);
  const close = useRef(onClose);
  useEffect(() => {
    close.current = onClose;
  });

  useEffect(() => {
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    document.body.dataset.dialogOpen = 'true';
    panel.current?.querySelector<HTMLElement>('[data-autofocus], input, button')?.focus();
    const onKey = (event: KeyboardEvent): void => {
      if (event.key === 'Escape') {
        event.preventDefault();
        close.current();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
      delete document.body.dataset.dialogOpen;
      previous?.focus();
    };
  }, []);

  return (
    <div className="modal-backdrop">
      <div ref={panel} className="dialog" role="dialog" aria-modal="true" aria-labelledby="dialog-title" data-testid={testId}>
        <h2 id="dialog-title" className="dialog-title">
          {title}
        </h2>
        {children}
        <button type="button" className="staff-button staff-button--quiet dialog-cancel" data-testid="dialog-cancel" onClick={onClose}>
          {translate(lang, 'staff.cancel')}
        </button>
      </div>
    </div>
  );
}

/** True while a Dialog is open, so global shortcuts stay quiet. */
export function isDialogOpen(): boolean {
  return document.body.dataset.dialogOpen === 'true';
}
