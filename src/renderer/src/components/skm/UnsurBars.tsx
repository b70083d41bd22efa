import type { Language } from '../../../../shared/i18n';
import { UNSUR, type UnsurCode } from '../../../../shared/skm';
import { formatDecimal } from './formatSkm';

/** Each unsur's konversi as a bar on the 0–100 scale, the number written beside it. */
export function UnsurBars({ lang, unsur }: { lang: Language; unsur: readonly { code: UnsurCode; konversi: number }[] }) {
  return (
    <ol className="unsur-bars">
      {unsur.map((u) => {
        const name = UNSUR.find((x) => x.code === u.code)?.name[lang] ?? u.code;
        return (
          <li key={u.code} className="unsur-bar" data-testid={`unsur-${u.code}`}>
            <span className="unsur-bar-name">
              <span className="unsur-bar-code">{u.code}</span> {name}
            </span>
            <span className="unsur-bar-track" aria-hidden="true">
              <span className="unsur-bar-fill" style={{ width: `${u.konversi}%` }} />
            </span>
            <span className="unsur-bar-value">{formatDecimal(lang, u.konversi, 2)}</span>
          </li>
        );
      })}
    </ol>
  );
}
