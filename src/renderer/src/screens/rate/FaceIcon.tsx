import type { QuickFace } from '../../../../shared/skm';

/** The mouth of each face, from a deep frown to a wide smile; eyes are the same for all. */
const MOUTHS: Record<QuickFace, string> = {
  'very-unhappy': 'M30 72 Q50 52 70 72',
  unhappy: 'M32 68 Q50 60 68 68',
  happy: 'M32 62 Q50 74 68 62',
  'very-happy': 'M28 58 Q50 84 72 58',
};

export function FaceIcon({ face }: { face: QuickFace }) {
  return (
    <svg className={`face-icon face-icon--${face}`} viewBox="0 0 100 100" aria-hidden="true">
      <circle cx="50" cy="50" r="46" className="face-fill" />
      <circle cx="36" cy="40" r="6" className="face-feature" />
      <circle cx="64" cy="40" r="6" className="face-feature" />
      {face === 'very-unhappy' && <path d="M24 28 L42 34 M76 28 L58 34" className="face-line" />}
      <path d={MOUTHS[face]} className="face-line" />
    </svg>
  );
}
