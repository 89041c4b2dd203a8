import { describe, expect, it } from '@jest/globals';
import { IsInt, IsOptional, IsString, Length, Min, validate } from 'class-validator';
import { rememberValidationRules } from './validation-rules.js';


class Base {
  @IsString()
  @Length(1, 5)
  name!: string;
}

class Derived extends Base {
  @IsOptional()
  @IsInt()
  @Min(2, { groups: ['strict'] })
  count?: number;
}

const problems = async (value: object, groups?: string[]) =>
  (await validate(value, groups ? { groups } : {})).map((e) => `${e.property}: ${Object.keys(e.constraints ?? {}).sort().join(',')}`);

describe('rememberValidationRules', () => {
  it('validates as before, inherited rules and groups included, however often asked', async () => {
    const cases = async () => [
      await problems(Object.assign(new Derived(), { name: 'far too long', count: 'x' })),
      await problems(Object.assign(new Derived(), { name: 'ok', count: 1 })),
      await problems(Object.assign(new Derived(), { name: 'ok', count: 1 }), ['strict']),
      await problems(Object.assign(new Derived(), { name: 'ok', count: 1 }), ['other']),
      await problems(Object.assign(new Base(), { name: '' })),
    ];
    const before = await cases();
    expect(before.flat().length).toBeGreaterThan(2);
    rememberValidationRules();
    for (let i = 0; i < 3; i++) expect(await cases()).toEqual(before);
  });

  it('sees a rule declared after the class was first validated', async () => {
    rememberValidationRules();
    class Later {
      @IsString()
      title!: string;
    }
    expect(await problems(Object.assign(new Later(), { title: 3 }))).toEqual(['title: isString']);
    // A decorator applied by hand, as a class declared later would.
    Min(10)(Later.prototype, 'size');
    expect(await problems(Object.assign(new Later(), { title: 'a', size: 3 }))).toEqual(['size: min']);
  });
});
