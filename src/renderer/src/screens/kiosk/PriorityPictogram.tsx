import type { ReactNode } from 'react';
import type { PriorityReason } from '../../../../shared/domain/priority';

/**
 * Hand-drawn pictograms for the Pasal 29 groups (the kiosk's Chromium has no emoji font). Thick round
 * strokes in currentColor read from a distance and follow the button's colours.
 */
const DRAWINGS: Record<PriorityReason, ReactNode> = {
  disabilitas: (
    <>
      <circle cx="50" cy="13" r="8" fill="currentColor" stroke="none" />
      <path d="M47 26 L45 54 L66 54 L73 78 L82 78" />
      <path d="M46 37 L62 37" />
      <path d="M31 47 A22 22 0 1 0 61 56" />
    </>
  ),
  lansia: (
    <>
      <circle cx="46" cy="13" r="8" fill="currentColor" stroke="none" />
      <path d="M42 26 Q36 40 38 54" />
      <path d="M38 54 L30 86" />
      <path d="M38 54 L48 86" />
      <path d="M41 33 L58 46" />
      <path d="M54 46 Q58 38 64 44 L64 86" />
    </>
  ),
  hamil: (
    <>
      <circle cx="44" cy="13" r="8" fill="currentColor" stroke="none" />
      <path d="M40 26 L50 26 L51 36 C64 40 67 58 55 66 L53 70 L37 70 Z" fill="currentColor" strokeWidth="4" />
      <path d="M42 70 L42 88" />
      <path d="M50 70 L50 88" />
    </>
  ),
  anak: (
    <>
      <circle cx="32" cy="13" r="8" fill="currentColor" stroke="none" />
      <path d="M32 26 L32 56" />
      <path d="M32 56 L24 86" />
      <path d="M32 56 L40 86" />
      <path d="M32 34 L52 52" />
      <circle cx="66" cy="40" r="7" fill="currentColor" stroke="none" />
      <path d="M66 51 L66 70" />
      <path d="M66 70 L60 86" />
      <path d="M66 70 L72 86" />
      <path d="M66 56 L53 52" />
    </>
  ),
  bencana_alam: (
    <>
      <path d="M16 44 L48 18 L80 44" />
      <path d="M26 38 L26 62 L70 62 L70 38" />
      <path d="M42 62 L42 50 L54 50 L54 62" />
      <path d="M8 74 Q17 66 26 74 T44 74 T62 74 T80 74" />
      <path d="M16 88 Q25 80 34 88 T52 88 T70 88 T88 88" />
    </>
  ),
  bencana_sosial: (
    <>
      <path d="M8 82 L48 20 L88 82 Z" />
      <path d="M36 82 L48 58 L60 82" />
      <path d="M48 20 L48 12" />
    </>
  ),
};

export function PriorityPictogram({ reason, className }: { reason: PriorityReason; className?: string }) {
  return (
    <svg
      className={className ?? 'pictogram'}
      viewBox="0 0 96 96"
      aria-hidden="true"
      fill="none"
      stroke="currentColor"
      strokeWidth="7"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      {DRAWINGS[reason]}
    </svg>
  );
}
