import type { OpeningHours } from '../../../../../shared/config/officeConfig';
import { translate, type Language } from '../../../../../shared/i18n';
import { WEEKDAYS } from './choices';
import { ListInput } from './fields';

/** Opening hours per weekday as "08:00-12:00, 13:00-15:00"; an empty day is closed. */
export function HoursEditor({ lang, hours, path, testId, onChange }: { lang: Language; hours: OpeningHours; path: string; testId: string; onChange: (hours: OpeningHours) => void }) {
  return (
    <div className="hours-grid">
      {WEEKDAYS.map((day) => (
        <ListInput
          key={day}
          label={translate(lang, `supervisor.settings.day.${day}`)}
          path={`${path}.${day}`}
          testId={`${testId}-${day}`}
          value={hours[day] ?? []}
          separator=","
          onChange={(ranges) => {
            const next = { ...hours };
            if (ranges.length > 0) next[day] = ranges;
            else delete next[day];
            onChange(next);
          }}
        />
      ))}
    </div>
  );
}
