import type { OfficeConfig } from '../../../../../shared/config/officeConfig';
import { translate, type Language } from '../../../../../shared/i18n';
import type { FieldProblem } from './problems';

/** "services[2].prefix" as "Layanan Akta Kelahiran › prefix", so the summary says where without a code. */
function placeOf(lang: Language, path: string, draft: OfficeConfig): string {
  if (path === '') return translate(lang, 'supervisor.settings.wholeConfig');
  return path
    .replace(/^services\[(\d+)\]/, (_, i: string) => `${translate(lang, 'supervisor.settings.service')} ${draft.services[Number(i)]?.name[lang] || Number(i) + 1}`)
    .replace(/^counters\[(\d+)\]/, (_, i: string) => draft.counters[Number(i)]?.name ?? `${translate(lang, 'supervisor.settings.counterNumber')} ${Number(i) + 1}`)
    .replaceAll('.', ' › ');
}

/** Jumps to the field a problem names, or the nearest part of the form that holds it ("counters[0].services[1]" → its services). */
function showField(path: string): void {
  const parent = /(\.[^.[]+|\[\d+\])$/;
  let field: HTMLElement | null = null;
  for (let p = path; p !== '' && !field; p = p.replace(parent, '')) {
    field = document.querySelector<HTMLElement>(`[data-path="${CSS.escape(p)}"]`);
    if (!parent.test(p)) break;
  }
  field?.scrollIntoView({ block: 'center' });
  field?.querySelector<HTMLElement>('input, select, textarea')?.focus();
}

/** Every problem the office found, in one list above the form; each entry leads to its field. */
export function ProblemSummary({ lang, problems, draft }: { lang: Language; problems: FieldProblem[]; draft: OfficeConfig }) {
  return (
    <div className="staff-notice staff-notice--error set-summary" role="alert" data-testid="settings-problems">
      <p className="set-summary-title">{translate(lang, 'supervisor.settings.problems', { n: problems.length })}</p>
      <ul>
        {problems.map((p) => (
          <li key={p.key}>
            <button type="button" className="link-button" onClick={() => showField(p.path)}>
              {placeOf(lang, p.path, draft)}
            </button>
            : {p.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
