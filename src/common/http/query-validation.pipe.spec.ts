import { describe, expect, it } from '@jest/globals';
import { BadRequestException } from '@nestjs/common';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Length, registerDecorator } from 'class-validator';
import { QueryRememberingValidationPipe } from './query-validation.pipe.js';

let checks = 0;
/** Counts how often the class's rules run. */
function Counted(): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({ name: 'counted', target: target.constructor, propertyName: propertyName as string, validator: { validate: () => (checks++, true) } });
}

class PlanQuery {
  @Counted()
  @IsString()
  @Length(1, 36)
  committeeId!: string;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  page?: number;
}

const asQuery = { type: 'query' as const, metatype: PlanQuery, data: undefined };

describe('QueryRememberingValidationPipe', () => {
  it('checks a query string once, and gives each request its own copy of what it came to', async () => {
    const pipe = new QueryRememberingValidationPipe();
    checks = 0;
    const first = (await pipe.transform({ committeeId: 'c1', page: '2' }, asQuery)) as PlanQuery;
    expect(first).toBeInstanceOf(PlanQuery);
    expect(first).toEqual({ committeeId: 'c1', page: 2 });
    first.committeeId = 'changed by a handler';
    const again = (await pipe.transform({ committeeId: 'c1', page: '2' }, asQuery)) as PlanQuery;
    expect(again).toBeInstanceOf(PlanQuery);
    expect(again).toEqual({ committeeId: 'c1', page: 2 });
    expect(checks).toBe(1);
    await pipe.transform({ committeeId: 'c2' }, asQuery);
    expect(checks).toBe(2);
  });

  it('refuses a bad query every time it is asked, naming the field', async () => {
    const pipe = new QueryRememberingValidationPipe();
    for (let i = 0; i < 2; i++) {
      const refused = await pipe.transform({ committeeId: 'c1', page: 'two' }, asQuery).catch((e: unknown) => e);
      expect(refused).toBeInstanceOf(BadRequestException);
      expect(JSON.stringify((refused as BadRequestException).getResponse())).toContain('page must be an integer number');
    }
    const unknown = await pipe.transform({ committeeId: 'c1', colour: 'red' }, asQuery).catch((e: unknown) => e);
    expect(JSON.stringify((unknown as BadRequestException).getResponse())).toContain('property colour should not exist');
  });

  it('checks bodies every time', async () => {
    const pipe = new QueryRememberingValidationPipe();
    checks = 0;
    await pipe.transform({ committeeId: 'c1' }, { ...asQuery, type: 'body' });
    await pipe.transform({ committeeId: 'c1' }, { ...asQuery, type: 'body' });
    expect(checks).toBe(2);
  });

  it('forgets the oldest query strings rather than grow without end', async () => {
    const pipe = new QueryRememberingValidationPipe();
    for (let i = 0; i <= 1_000; i++) await pipe.transform({ committeeId: `c${i}` }, asQuery);
    checks = 0;
    await pipe.transform({ committeeId: 'c1000' }, asQuery);
    expect(checks).toBe(0);
    await pipe.transform({ committeeId: 'c0' }, asQuery);
    expect(checks).toBe(1);
  });
});
