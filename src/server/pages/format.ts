/** Indonesian number formatting for the pages (decimal comma). */
const nf = (digits: number) => new Intl.NumberFormat('id-ID', { minimumFractionDigits: digits, maximumFractionDigits: digits });

export function formatNumber(value: number, digits = 0): string {
  return nf(digits).format(value);
}

export function formatOptional(value: number | null, digits: number, suffix = ''): string {
  return value === null ? '—' : `${formatNumber(value, digits)}${suffix}`;
}

export function formatPercent(share: number | null): string {
  return share === null ? '—' : `${formatNumber(share * 100, 1)} %`;
}
