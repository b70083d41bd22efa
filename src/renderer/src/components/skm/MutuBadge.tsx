import type { Mutu } from '../../../../shared/skm';

/** The service quality grade A–D as a letter in a coloured square; the letter itself carries the meaning. */
export function MutuBadge({ mutu, size = 'normal' }: { mutu: Mutu; size?: 'normal' | 'large' }) {
  return (
    <span className={`mutu-badge mutu-badge--${mutu} mutu-badge--${size}`} data-testid="mutu">
      {mutu}
    </span>
  );
}
