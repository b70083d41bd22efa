import type { ReactNode } from 'react';

/** One part of the settings form, titled, with the fields in a responsive grid. */
export function Section({ id, title, hint, actions, children }: { id: string; title: string; hint?: string; actions?: ReactNode; children: ReactNode }) {
  return (
    <section className="desk-panel set-section" aria-labelledby={`set-${id}`} data-testid={`settings-${id}`}>
      <div className="panel-head">
        <h2 id={`set-${id}`} className="panel-title">
          {title}
        </h2>
        {actions}
      </div>
      {hint && <p className="staff-hint">{hint}</p>}
      {children}
    </section>
  );
}
