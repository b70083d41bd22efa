import type { MethodOutput } from '../../../../../shared/api/contract';
import type { OfficeConfig } from '../../../../../shared/config/officeConfig';
import { translate, type Language, type MessageKey } from '../../../../../shared/i18n';
import { formatWhen } from '../dashboard/formatWhen';
import { Section } from './Section';

type Change = MethodOutput<'settings.get'>['changes'][number];

const PART_NAMES: Partial<Record<string, MessageKey>> = {
  office: 'supervisor.settings.office',
  language: 'supervisor.settings.language',
  services: 'supervisor.settings.services',
  counters: 'supervisor.settings.counters',
  priority: 'supervisor.settings.priority',
  printer: 'supervisor.settings.printer',
  display: 'supervisor.settings.part.display',
  kiosk: 'supervisor.settings.part.kiosk',
  ratings: 'supervisor.settings.part.ratings',
  booking: 'supervisor.settings.booking',
};

/** Who changed the settings, when, and which parts, newest first. */
export function ChangeLog({ lang, changes, config }: { lang: Language; changes: Change[]; config: OfficeConfig }) {
  const partName = (part: string): string => {
    const key = PART_NAMES[part];
    return key ? translate(lang, key) : part;
  };
  return (
    <Section id="changes" title={translate(lang, 'supervisor.settings.changes')}>
      {changes.length === 0 ? (
        <p className="queue-empty">{translate(lang, 'supervisor.settings.noChanges')}</p>
      ) : (
        <table className="staff-table" data-testid="change-log">
          <thead>
            <tr>
              <th>{translate(lang, 'supervisor.settings.when')}</th>
              <th>{translate(lang, 'supervisor.settings.who')}</th>
              <th>{translate(lang, 'supervisor.settings.what')}</th>
            </tr>
          </thead>
          <tbody>
            {changes.map((c) => (
              <tr key={`${c.at}-${c.by}`}>
                <td>{formatWhen(lang, c.at, config)}</td>
                <td>{c.by}</td>
                <td>{c.summary.map(partName).join(', ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Section>
  );
}
