/**
 * What stands for an agency without a logo: an acronym whole ("BPN", "PDAM"), the initials of several words
 * ("BPJS Kesehatan": "BK"), or a single word's first three letters ("Samsat": "SAM"), so "Pajak" and
 * "Polresta" do not share one "P".
 */
export function agencyInitials(shortName: string): string {
  const words = shortName.trim().split(/\s+/);
  const [first = ''] = words;
  if (words.length > 1) return words.map((w) => w.charAt(0)).join('').slice(0, 3).toUpperCase();
  if (first.length <= 4 && first === first.toUpperCase()) return first;
  return first.slice(0, 3).toUpperCase();
}
