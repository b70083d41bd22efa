/** The wall clock, injectable so tests can move time (and jump it back) deterministically. */
export interface Clock {
  now(): number;
}

export const systemClock: Clock = { now: () => Date.now() };
