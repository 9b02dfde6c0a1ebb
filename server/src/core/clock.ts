/** Where commands and jobs read the time: tests can hand them a fixed one. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };
