import type { IkmReport, IkmResultView } from '../../../../shared/api/methods/ratings';
import { translate, type Language } from '../../../../shared/i18n';
import { AGE_BAND_LABELS, EDUCATION_LABELS, GENDER_LABELS, OCCUPATION_LABELS, UNSUR, type LocalizedText } from '../../../../shared/skm';
import { formatCount, formatDecimal } from '../../components/skm/formatSkm';
import { kinerjaText } from '../../components/skm/kinerja';

/** Published breakdown cells with fewer respondents than this could identify someone (skm-ikm.md). */
export const MIN_CELL = 5;

export function UnsurTable({ lang, overall }: { lang: Language; overall: IkmResultView }) {
  return (
    <table className="report-table" data-testid="unsur-table">
      <thead>
        <tr>
          <th>{translate(lang, 'report.col.code')}</th>
          <th className="report-wide">{translate(lang, 'report.col.unsur')}</th>
          <th className="num">{translate(lang, 'report.col.total')}</th>
          <th className="num">{translate(lang, 'report.col.count')}</th>
          <th className="num">{translate(lang, 'report.col.nrr')}</th>
          <th className="num">{translate(lang, 'report.col.konversi')}</th>
          <th>{translate(lang, 'report.col.mutu')}</th>
        </tr>
      </thead>
      <tbody>
        {overall.unsur.map((u) => (
          <tr key={u.code} data-testid={`unsur-row-${u.code}`}>
            <td>{u.code}</td>
            <td>{UNSUR.find((x) => x.code === u.code)?.name[lang] ?? u.code}</td>
            <td className="num">{formatCount(lang, u.total)}</td>
            <td className="num">{formatCount(lang, u.count)}</td>
            <td className="num">{formatDecimal(lang, u.nrr, 3)}</td>
            <td className="num" data-testid={`unsur-konversi-${u.code}`}>
              {formatDecimal(lang, u.konversi, 2)}
            </td>
            <td>{u.mutu}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export interface GroupRow {
  key: string;
  label: string;
  result: IkmResultView;
}

/** IKM per service, counter or month; cells of fewer than MIN_CELL respondents are withheld. */
export function GroupTable({ lang, heading, rows, testId }: { lang: Language; heading: string; rows: readonly GroupRow[]; testId: string }) {
  return (
    <table className="report-table" data-testid={testId}>
      <thead>
        <tr>
          <th className="report-wide">{heading}</th>
          <th className="num">{translate(lang, 'report.col.respondents')}</th>
          <th className="num">{translate(lang, 'report.col.konversi')}</th>
          <th>{translate(lang, 'report.col.mutu')}</th>
          <th>{translate(lang, 'report.col.kinerja')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(({ key, label, result }) => {
          const shown = result.respondents >= MIN_CELL;
          const withheld = translate(lang, 'report.suppressed');
          return (
            <tr key={key}>
              <td>{label}</td>
              <td className="num">{shown ? formatCount(lang, result.respondents) : withheld}</td>
              <td className="num">{shown ? formatDecimal(lang, result.konversi, 2) : '–'}</td>
              <td>{shown ? result.mutu : '–'}</td>
              <td>{shown ? kinerjaText(lang, result) : '–'}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

const PROFILE_LABELS: Readonly<Record<string, Readonly<Record<string, LocalizedText>>>> = {
  gender: GENDER_LABELS,
  ageBand: AGE_BAND_LABELS,
  education: EDUCATION_LABELS,
  occupation: OCCUPATION_LABELS,
};

const PROFILE_FIELDS = ['gender', 'ageBand', 'education', 'occupation'] as const;

/** The questionnaire's own order (education from none to S3); unknown values, then skipped, last. */
function profileOrder(field: (typeof PROFILE_FIELDS)[number], value: string): number {
  if (value === '-') return Number.MAX_SAFE_INTEGER;
  const index = Object.keys(PROFILE_LABELS[field] ?? {}).indexOf(value);
  return index === -1 ? Number.MAX_SAFE_INTEGER - 1 : index;
}

/** Respondent counts per answer of each profile question; "-" is a skipped question. */
export function ProfileTables({ lang, profile }: { lang: Language; profile: IkmReport['profile'] }) {
  return (
    <div className="report-profile" data-testid="profile-tables">
      {PROFILE_FIELDS.map((field) => (
        <table key={field} className="report-table">
          <thead>
            <tr>
              <th className="report-wide">{translate(lang, `report.field.${field}`)}</th>
              <th className="num">{translate(lang, 'report.col.n')}</th>
            </tr>
          </thead>
          <tbody>
            {profile
              .filter((row) => row.field === field)
              .sort((a, b) => profileOrder(field, a.value) - profileOrder(field, b.value))
              .map((row) => (
                <tr key={row.value}>
                  <td>{row.value === '-' ? translate(lang, 'report.notGiven') : (PROFILE_LABELS[field]?.[row.value]?.[lang] ?? row.value)}</td>
                  <td className="num">{row.n >= MIN_CELL ? formatCount(lang, row.n) : translate(lang, 'report.suppressed')}</td>
                </tr>
              ))}
          </tbody>
        </table>
      ))}
    </div>
  );
}
