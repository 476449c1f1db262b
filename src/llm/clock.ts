/** The time source for everything that measures time (budgets, breakers, usage). Tests pass a manual clock. */
export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number;
}

export const systemClock: Clock = { now: () => Date.now() };
