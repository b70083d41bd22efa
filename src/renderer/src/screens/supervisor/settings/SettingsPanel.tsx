import { useMemo } from 'react';
import { issueText, translate } from '../../../../../shared/i18n';
import { Notice } from '../../../components/staff/Notice';
import { staffErrorMessage } from '../../../components/staff/staffErrors';
import type { PanelProps } from '../panelTypes';
import { AgencyOwnSection } from './AgencyOwnSection';
import { BookingSection } from './BookingSection';
import { ChangeLog } from './ChangeLog';
import { ConfirmChangesDialog } from './ConfirmChangesDialog';
import { CountersSection } from './CountersSection';
import { OfficeSection } from './OfficeSection';
import { PhoneSection } from './PhoneSection';
import { PrinterSection } from './PrinterSection';
import { PrioritySection } from './PrioritySection';
import { ProblemSummary } from './ProblemSummary';
import { fieldProblems, ProblemsContext } from './problems';
import { ScreensSection } from './ScreensSection';
import { ServicesSection } from './ServicesSection';
import { useSettingsDraft } from './useSettingsDraft';
import './settings.css';

/**
 * Pengaturan: the whole office configuration as a form. The office validates it with the file's own
 * schema; its problems appear at their fields and in a summary, risky changes are confirmed first.
 * A supervisor of one agency gets its own part only: its services and counters, its priority rule and running text.
 */
export default function SettingsPanel({ lang, onSessionEnded, agency = null }: PanelProps) {
  const settings = useSettingsDraft(onSessionEnded, agency);
  const { draft, saved, outcome } = settings;
  const savedCodes = useMemo(() => new Set(saved?.config.services.map((s) => s.code) ?? []), [saved]);
  const problems = useMemo(() => (outcome.kind === 'invalid' ? fieldProblems(lang, outcome.error) : []), [outcome, lang]);

  if (!draft || !saved) {
    return settings.loadError ? <Notice tone="error" text={staffErrorMessage(lang, settings.loadError)} lang={lang} /> : <p className="staff-hint">{translate(lang, 'staff.loading')}</p>;
  }
  const sectionProps = { lang, draft, onChange: settings.edit };

  return (
    <ProblemsContext.Provider value={problems}>
      <form
        className="settings"
        data-testid="settings"
        onSubmit={(event) => {
          event.preventDefault();
          void settings.save(false);
        }}
      >
        <div className="set-bar">
          <p className="set-bar-state" data-testid="settings-state">
            {settings.dirty ? translate(lang, 'supervisor.settings.unsaved') : translate(lang, 'supervisor.settings.upToDate')}
          </p>
          <button type="button" className="staff-button staff-button--small staff-button--quiet" disabled={!settings.dirty || settings.busy} onClick={settings.discard} data-testid="settings-discard">
            {translate(lang, 'supervisor.settings.discard')}
          </button>
          <button type="submit" className="staff-button staff-button--small staff-button--primary" disabled={!settings.dirty || settings.busy} data-testid="settings-save">
            {translate(lang, 'supervisor.settings.save')}
          </button>
        </div>
        {settings.changedBy && <Notice tone="info" text={translate(lang, 'supervisor.settings.changedElsewhere', { by: settings.changedBy })} lang={lang} />}
        {outcome.kind === 'saved' && <Notice tone="success" text={translate(lang, 'supervisor.settings.saved')} lang={lang} onDismiss={settings.dismiss} testId="settings-saved" />}
        {outcome.kind === 'invalid' && <ProblemSummary lang={lang} problems={problems} draft={draft} />}
        {outcome.kind === 'refused' && (
          <div className="staff-notice staff-notice--error set-summary" role="alert" data-testid="settings-refused">
            <p className="set-summary-title">{translate(lang, 'supervisor.settings.refused')}</p>
            <ul>
              {outcome.reasons.map((r, i) => (
                <li key={`${i}:${r.field}`}>{issueText(lang, r)}</li>
              ))}
            </ul>
          </div>
        )}
        {outcome.kind === 'failed' && <Notice tone="error" text={staffErrorMessage(lang, outcome.error)} lang={lang} onDismiss={settings.dismiss} />}
        {agency === null ? (
          <>
            <p className="staff-hint">{translate(lang, 'supervisor.settings.savedTo', { path: saved.savedTo })}</p>
            <OfficeSection {...sectionProps} />
            <ServicesSection {...sectionProps} savedCodes={savedCodes} />
            <CountersSection {...sectionProps} />
            <PrioritySection {...sectionProps} />
            <PrinterSection {...sectionProps} />
            <ScreensSection {...sectionProps} />
            <PhoneSection {...sectionProps} />
            <BookingSection {...sectionProps} />
            <ChangeLog lang={lang} changes={saved.changes} config={saved.config} />
          </>
        ) : (
          <>
            <p className="staff-hint" data-testid="settings-agency-intro">
              {translate(lang, 'supervisor.settings.agencyIntro', { agency: saved.config.agencies?.find((a) => a.id === agency)?.name[lang] ?? agency })}
            </p>
            <ServicesSection {...sectionProps} savedCodes={savedCodes} fixed />
            <CountersSection {...sectionProps} fixed />
            <AgencyOwnSection {...sectionProps} agency={agency} />
          </>
        )}
      </form>
      {outcome.kind === 'needsConfirmation' && (
        <ConfirmChangesDialog lang={lang} consequences={outcome.consequences} onClose={settings.dismiss} onConfirm={() => void settings.save(true)} />
      )}
    </ProblemsContext.Provider>
  );
}
