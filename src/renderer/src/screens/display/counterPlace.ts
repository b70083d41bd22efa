import { translate, type Language } from '../../../../shared/i18n';

/** Where a called visitor goes, as the TV shows it: the counter's number always, its name when it says more. */
export interface CounterPlace {
  /** "Loket 6": what the voice announces and the sign above the desk carries. */
  number: string;
  /** "Meja Informasi", or null when the name is only the number again ("Loket 6"). */
  name: string | null;
}

/**
 * A counter named "Meja Informasi" is still counter 6 to the voice and to the number on its desk, so the
 * screen shows both; a name that already carries the number ("Loket 6", "Loket 6 Informasi") is shown alone.
 */
export function counterPlace(lang: Language, counterNumber: number, counterName: string): CounterPlace {
  const number = translate(lang, 'display.counterNumber', { n: counterNumber });
  const name = counterName.trim();
  const carriesNumber = new RegExp(`(^|\\D)${counterNumber}(\\D|$)`).test(name);
  if (name === '' || carriesNumber) return { number: carriesNumber ? name : number, name: null };
  return { number, name };
}

/** The place in one line, for captions and lists: "Loket 6 · Meja Informasi". */
export function counterPlaceText(place: CounterPlace): string {
  return place.name ? `${place.number} · ${place.name}` : place.number;
}
