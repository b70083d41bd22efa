import type { IkmReport, IkmResultView } from '../../../../shared/api/methods/ratings';
import { translate, type Language } from '../../../../shared/i18n';
import { CATEGORIES, QUICK_FACE_LABELS, QUICK_FACES, UNSUR } from '../../../../shared/skm';
import { formatCount, formatDecimal, formatPercent } from '../../components/skm/formatSkm';

const FOLLOW_UP_ROWS = 3;

/** "U3 Waktu Penyelesaian (82,75)": an unsur as the weakest/strongest line and the follow-up table name it. */
function unsurLabel(lang: Language, u: IkmResultView['unsur'][number]): string {
  return `${u.code} ${UNSUR.find((x) => x.code === u.code)?.name[lang] ?? ''} (${formatDecimal(lang, u.konversi, 2)})`;
}

export function weakestFirst(overall: IkmResultView): IkmResultView['unsur'] {
  return [...overall.unsur].sort((a, b) => a.konversi - b.konversi || a.code.localeCompare(b.code));
}

export function WeakestLine({ lang, overall }: { lang: Language; overall: IkmResultView }) {
  const sorted = weakestFirst(overall);
  // The highest konversi; among equals the first by code, as the weakest are.
  const best = [...overall.unsur].sort((a, b) => b.konversi - a.konversi || a.code.localeCompare(b.code))[0];
  if (!best) return null;
  return (
    <p className="report-line">
      {translate(lang, 'report.weakest', { list: sorted.slice(0, 2).map((u) => unsurLabel(lang, u)).join('; '), best: unsurLabel(lang, best) })}
    </p>
  );
}

export function QuickSection({ lang, quick }: { lang: Language; quick: IkmReport['quick'] }) {
  if (quick.mean === null) return <p className="report-line">{translate(lang, 'report.quick.none')}</p>;
  return (
    <>
      <p className="report-line" data-testid="report-quick">
        {translate(lang, 'report.quick.summary', { n: formatCount(lang, quick.responses), mean: formatDecimal(lang, quick.mean, 2) })}
      </p>
      <table className="report-table report-table--narrow">
        <thead>
          <tr>
            <th className="report-wide">{translate(lang, 'report.col.face')}</th>
            <th className="num">{translate(lang, 'report.col.share')}</th>
          </tr>
        </thead>
        <tbody>
          {QUICK_FACES.map((face) => (
            <tr key={face}>
              <td>{QUICK_FACE_LABELS[face][lang]}</td>
              <td className="num">{formatPercent(lang, quick.shares[face] ?? 0)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

/** Where the counted answers were given: the office's rating tablet or the visitors' own phones. */
export function ChannelLine({ lang, byChannel }: { lang: Language; byChannel: IkmReport['byChannel'] }) {
  const of = (channel: 'tablet' | 'phone') => byChannel.find((c) => c.channel === channel) ?? { survey: 0, quick: 0 };
  const tablet = of('tablet');
  const phone = of('phone');
  return (
    <p className="report-line" data-testid="report-channels">
      {translate(lang, 'report.channel.summary', {
        tabletSurvey: formatCount(lang, tablet.survey),
        tabletQuick: formatCount(lang, tablet.quick),
        phoneSurvey: formatCount(lang, phone.survey),
        phoneQuick: formatCount(lang, phone.quick),
      })}
    </p>
  );
}

export function ExcludedSection({ lang, excluded }: { lang: Language; excluded: IkmReport['excluded'] }) {
  return (
    <>
      <p className="report-line" data-testid="report-excluded">
        {translate(lang, 'report.excluded.summary', { survey: formatCount(lang, excluded.survey), quick: formatCount(lang, excluded.quick) })}
      </p>
      <p className="report-line report-small">{translate(lang, 'report.excluded.reason')}</p>
    </>
  );
}

/** Left blank on purpose: the office writes its programme by hand, starting from the weakest unsur. */
export function FollowUpTable({ lang, overall }: { lang: Language; overall: IkmResultView | null }) {
  const weakest = overall ? weakestFirst(overall).slice(0, FOLLOW_UP_ROWS) : [];
  const rows = Array.from({ length: FOLLOW_UP_ROWS }, (_, i) => weakest[i]);
  return (
    <>
      <p className="report-line report-small">{translate(lang, 'report.followUp.hint')}</p>
      <table className="report-table report-table--write">
        <thead>
          <tr>
            <th>{translate(lang, 'report.col.unsur')}</th>
            <th className="report-wide">{translate(lang, 'report.col.program')}</th>
            <th>{translate(lang, 'report.col.when')}</th>
            <th>{translate(lang, 'report.col.who')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((u, i) => (
            <tr key={u?.code ?? i}>
              <td>{u ? unsurLabel(lang, u) : ''}</td>
              <td />
              <td />
              <td />
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

/** The regulation's formula and its category table, from the same table the computation uses. */
export function MethodNote({ lang }: { lang: Language }) {
  return (
    <>
      <p className="report-line report-small">{translate(lang, 'report.note.formula', { n: UNSUR.length })}</p>
      <p className="report-line report-small">{translate(lang, 'report.note.categories')}</p>
      <table className="report-table report-table--narrow report-small" data-testid="category-table">
        <thead>
          <tr>
            <th>{translate(lang, 'report.note.persepsi')}</th>
            <th>{translate(lang, 'report.note.interval')}</th>
            <th>{translate(lang, 'report.col.mutu')}</th>
            <th>{translate(lang, 'report.col.kinerja')}</th>
          </tr>
        </thead>
        <tbody>
          {CATEGORIES.map((c) => (
            <tr key={c.mutu}>
              <td>{c.nilaiPersepsi}</td>
              <td>
                {formatDecimal(lang, c.minHundredths / 100, 2)} – {formatDecimal(lang, c.maxHundredths / 100, 2)}
              </td>
              <td>{c.mutu}</td>
              <td>{lang === 'id' ? c.kinerja : c.kinerjaEn}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
