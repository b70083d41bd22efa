import { Suspense, useState } from 'react';
import { translate } from '../../../../shared/i18n';
import type { PanelProps } from './panelTypes';
import { SUPERVISOR_TABS } from './tabs';

/** The tab bar and the chosen panel. */
export function SupervisorTabs({ lang, onSessionEnded }: PanelProps) {
  const [chosen, setChosen] = useState(SUPERVISOR_TABS[0]?.id ?? '');
  const tab = SUPERVISOR_TABS.find((t) => t.id === chosen);
  return (
    <main className="staff-main supervisor-main">
      <nav className="tab-bar" role="tablist">
        {SUPERVISOR_TABS.map((t) => (
          <button
            key={t.id}
            type="button"
            role="tab"
            aria-selected={t.id === chosen}
            className={t.id === chosen ? 'tab tab--chosen' : 'tab'}
            data-testid={`tab-${t.id}`}
            onClick={() => setChosen(t.id)}
          >
            {translate(lang, t.label)}
          </button>
        ))}
      </nav>
      <div role="tabpanel" className="tab-panel">
        <Suspense fallback={<p className="staff-hint">{translate(lang, 'staff.loading')}</p>}>
          {tab && <tab.Panel lang={lang} onSessionEnded={onSessionEnded} />}
        </Suspense>
      </div>
    </main>
  );
}
