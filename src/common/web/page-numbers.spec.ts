import { describe, expect, it } from '@jest/globals';
import { pageAsked, pagination } from './page-numbers.js';

describe('page numbers of a long list', () => {
  it('reads the page asked for, the first for anything that is not a whole number from 1', () => {
    expect(pageAsked('3', 50)).toEqual({ page: 3, offset: 100 });
    for (const odd of [undefined, '', '0', '-2', 'x', ['2', '3']]) expect(pageAsked(odd, 50)).toEqual({ page: 1, offset: 0 });
    expect(pageAsked('2.7', 50)).toEqual({ page: 2, offset: 50 });
  });

  it("gives govuk-frontend's pagination, none for one page, no previous on the first nor next on the last", () => {
    expect(pagination('/operator', 1, 50, 50)).toBeNull();
    expect(pagination('/operator', 1, 0, 50)).toBeNull();
    expect(pagination('/operator', 1, 101, 50)).toEqual({
      previous: undefined,
      next: { href: '/operator?page=2' },
      items: [
        { number: 1, href: '/operator?page=1', current: true },
        { number: 2, href: '/operator?page=2', current: false },
        { number: 3, href: '/operator?page=3', current: false },
      ],
    });
    expect(pagination('/operator/audit', 3, 101, 50)).toMatchObject({ previous: { href: '/operator/audit?page=2' }, next: undefined });
  });
});
