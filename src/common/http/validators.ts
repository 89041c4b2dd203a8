import { registerDecorator, ValidationOptions } from 'class-validator';
import { isIsoDate, isIsoInstant } from '../time/dates.js';

/** A calendar date `YYYY-MM-DD` that exists (2017-02-30 is refused). */
export function IsIsoDate(options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyName: string | symbol) =>
    registerDecorator({
      name: 'isIsoDate',
      target: target.constructor,
      propertyName: propertyName as string,
      options: { message: '$property must be a date that exists, written YYYY-MM-DD', ...options },
      validator: { validate: (value: unknown) => isIsoDate(value) },
    });
}

/** An ISO 8601 instant with its offset (`2017-07-26T19:00:00+01:00` or `…Z`). */
export function IsIsoInstant(options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyName: string | symbol) =>
    registerDecorator({
      name: 'isIsoInstant',
      target: target.constructor,
      propertyName: propertyName as string,
      options: {
        message: '$property must be an ISO 8601 date and time with its offset, e.g. 2017-07-26T19:00:00+01:00',
        ...options,
      },
      validator: { validate: (value: unknown) => isIsoInstant(value) },
    });
}
