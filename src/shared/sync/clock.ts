/**
 * The city server's clock as the kiosk knows it: every answer carries the city's time, and the kiosk
 * keeps the difference to its own. The difference decides which rows wait for the supervisor's word.
 */

/** Beyond this difference the supervisor is told to set the computer's date and time. */
export const CLOCK_WARN_MS = 5 * 60_000;

/** The city's clock minus this kiosk's, from one exchange: the reply was written halfway through it. */
export function clockOffsetMs(sentAt: number, receivedAt: number, serverTime: number): number {
  return Math.round(serverTime - (sentAt + receivedAt) / 2);
}

/** What the kiosk knows about dates when it decides whether a row can go to the city. */
export interface DateFacts {
  /** The city's service date now (this kiosk's clock corrected by the last offset), or null before any answer. */
  cityToday: string | null;
  /** The city's date on the day this installation was first enrolled, or null (enrolled by an older version). */
  enrolledOn: string | null;
  /** Dates the supervisor confirmed as right (sync.confirmDates). */
  confirmed: (date: string) => boolean;
}

/** Why a row's date needs the supervisor's word before it is sent, or null when it can go. */
export function unconfirmedDate(date: string, facts: DateFacts): string | null {
  if (facts.cityToday !== null && date > facts.cityToday) {
    return `dated ${date}, after the city's today (${facts.cityToday}): the service day was opened by a clock that ran ahead`;
  }
  if (facts.enrolledOn !== null && date < facts.enrolledOn && !facts.confirmed(date)) {
    return `dated ${date}, before this kiosk was enrolled (${facts.enrolledOn}): a clock that was wrong, or days served before enrolment`;
  }
  return null;
}
