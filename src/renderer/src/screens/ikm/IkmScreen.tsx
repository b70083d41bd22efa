import { useState } from 'react';
import { DEFAULT_LANGUAGE, translate, type Language } from '../../../../shared/i18n';
import { LanguageToggle } from '../../components/LanguageToggle';
import { MutuBadge } from '../../components/skm/MutuBadge';
import { UnsurBars } from '../../components/skm/UnsurBars';
import { formatDecimal, formatLocalDay } from '../../components/skm/formatSkm';
import { kinerjaText } from '../../components/skm/kinerja';
import { AgencyFigures } from './AgencyFigures';
import { QuickFigure } from './QuickFigure';
import { usePublishedIkm, type PublishedIkm } from './usePublishedIkm';
import '../../components/skm/skm.css';
import './ikm.css';

function semesterOf(from: string): { semester: string; year: string } {
  return { semester: from.slice(5, 7) === '01' ? 'I' : 'II', year: from.slice(0, 4) };
}

/** /ikm: the office's published IKM for the current semester, for a TV in the hall or a phone. No sign-in. */
export function IkmScreen() {
  const { data, failed } = usePublishedIkm();
  const [lang, setLang] = useState<Language>(DEFAULT_LANGUAGE);
  return (
    <div className="ikm-page" lang={lang}>
      <header className="ikm-header">
        <div>
          <p className="ikm-office">{data?.officeName ?? ''}</p>
          <h1 className="ikm-title">{translate(lang, 'ikm.title')}</h1>
          {data && (
            <p className="ikm-period" data-testid="ikm-period">
              {translate(lang, 'ikm.period', { ...semesterOf(data.from), from: formatLocalDay(lang, data.from), to: formatLocalDay(lang, data.to) })}
            </p>
          )}
        </div>
        <LanguageToggle lang={lang} onChange={setLang} />
      </header>
      <main className={data && data.agencies.length > 0 ? 'ikm-main ikm-main--agencies' : 'ikm-main'}>{data ? <Published data={data} lang={lang} /> : <p className="ikm-status">{translate(lang, failed ? 'ikm.unavailable' : 'rate.loading')}</p>}</main>
    </div>
  );
}

function Published({ data, lang }: { data: PublishedIkm; lang: Language }) {
  const overall = data.overall;
  return (
    <>
      {overall ? (
        <>
          <section className="ikm-card ikm-score" aria-label={translate(lang, 'ikm.konversi')}>
            <p className="ikm-score-label">{translate(lang, data.agencies.length > 0 ? 'ikm.konversiBuilding' : 'ikm.konversi')}</p>
            <p className="ikm-konversi" data-testid="ikm-konversi">
              {formatDecimal(lang, overall.konversi, 2)}
            </p>
            <div className="ikm-grade">
              <MutuBadge mutu={overall.mutu} size="large" />
              <div>
                <p className="ikm-grade-label">{translate(lang, 'ikm.mutu')}</p>
                <p className="ikm-kinerja" data-testid="ikm-kinerja">
                  {kinerjaText(lang, overall)}
                </p>
              </div>
            </div>
            <p className="ikm-respondents" data-testid="ikm-respondents">
              {translate(lang, 'ikm.respondents', { n: overall.respondents })}
            </p>
          </section>
          <section className="ikm-card ikm-unsur" aria-labelledby="ikm-unsur-title">
            <h2 id="ikm-unsur-title" className="ikm-card-title">
              {translate(lang, 'ikm.unsur')}
            </h2>
            <UnsurBars lang={lang} unsur={overall.unsur} />
          </section>
        </>
      ) : (
        <section className="ikm-card ikm-score">
          <p className="ikm-status" data-testid="ikm-none">
            {translate(lang, 'ikm.none')}
          </p>
        </section>
      )}
      <QuickFigure lang={lang} quick={data.quick} />
      {data.agencies.length > 0 && <AgencyFigures lang={lang} agencies={data.agencies} />}
      <p className="ikm-basis">{translate(lang, 'ikm.basis')}</p>
    </>
  );
}
