import { Suspense, useState } from 'react';
import { translate } from '../../../../shared/i18n';
import type { PanelProps } from './panelTypes';
import { SUPERVISOR_TABS } from './tabs';

/** The tab bar and the chosen panel; a supervisor of one agency sees that agency's tabs only. */
export function SupervisorTabs({ lang, onSessionEnded, agency = null }: PanelProps) {
  const tabs = agency === null ? SUPERVISOR_TABS : SUPERVISOR_TABS.filter((t) => t.forAgency);
  const [chosen, setChosen] = useState(tabs[0]?.id ?? '');
  const tab = tabs.find((t) => t.id === chosen);
  return (
    <main className="staff-main supervisor-main">
      <nav className="tab-bar" role="tablist">
        {tabs.map((t) => (
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
          {tab && <tab.Panel lang={lang} onSessionEnded={onSessionEnded} agency={agency} />}
        </Suspense>
      </div>
    </main>
  );
}
