/** "Now", injected everywhere so that tests can move time. Never call `new Date()` in a rule. */
export abstract class Clock {
  abstract now(): Date;
}

export class SystemClock extends Clock {
  now(): Date {
    return new Date();
  }
}
