import { Clock } from '../../src/common/time/clock.js';

/** A clock the test moves by hand. */
export class FakeClock extends Clock {
  constructor(private instant = new Date('2017-07-26T09:00:00Z')) {
    super();
  }

  now(): Date {
    return new Date(this.instant);
  }

  set(instant: string | Date): void {
    this.instant = new Date(instant);
  }

  advance(ms: number): void {
    this.instant = new Date(this.instant.getTime() + ms);
  }
}
