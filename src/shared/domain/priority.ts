/** The groups of UU 25/2009 Pasal 29 that are entitled to special treatment, in the order the law lists them. */
export const PRIORITY_REASONS = [
  'disabilitas',
  'lansia',
  'hamil',
  'anak',
  'bencana_alam',
  'bencana_sosial',
] as const;

export type PriorityReason = (typeof PRIORITY_REASONS)[number];

export function isPriorityReason(value: string): value is PriorityReason {
  return (PRIORITY_REASONS as readonly string[]).includes(value);
}
