import { describe, expect, it } from '@jest/globals';
import { actsFromOutside, joined, personActing, systemContext, userContext } from './council-context.js';
import type { Principal } from './principal.js';

const coordinator: Principal = { userId: 'u1', councilId: 'c1', role: 'coordinator', authorityId: null, email: 'scrutiny@dartford.example', name: 'Co-ordinator', timeZone: 'Europe/London' };
const police: Principal = { ...coordinator, userId: 'u2', role: 'authority', authorityId: 'a1', email: 'inspector@police.example', name: 'Inspector' };

describe('the council context', () => {
  it("takes today in the council's time zone: the evening after 23:00 UTC in summer is already tomorrow in London, in winter it is not", () => {
    expect(userContext(coordinator, new Date('2017-07-26T23:30:00Z')).today).toBe('2017-07-27');
    expect(userContext(coordinator, new Date('2017-12-20T23:30:00Z')).today).toBe('2017-12-20');
    // The night the clocks go back (29 October 2017, 02:00 BST → 01:00 GMT).
    expect(userContext(coordinator, new Date('2017-10-28T23:30:00Z')).today).toBe('2017-10-29');
    expect(systemContext('c1', 'Europe/London', new Date('2017-03-25T23:30:00Z')).today).toBe('2017-03-25');
  });

  it('records who acts: the user, or the system for the council', () => {
    expect(userContext(coordinator, new Date()).actor).toEqual({ councilId: 'c1', userId: 'u1', label: 'Co-ordinator <scrutiny@dartford.example> (coordinator)' });
    const system = systemContext('c1', 'Europe/London', new Date());
    expect(system).toMatchObject({ councilId: 'c1', user: null, actor: { councilId: 'c1', userId: null, label: 'Scrutineer' }, manager: null });
    expect(() => personActing(system)).toThrow(/Scrutineer is not a person/);
    expect(personActing(userContext(police, new Date()))).toBe(police);
  });

  it('says who is outside the council, and joins a transaction without changing who acts', () => {
    expect(actsFromOutside(userContext(police, new Date()))).toBe(true);
    expect(actsFromOutside(userContext(coordinator, new Date()))).toBe(false);
    const manager = {} as never;
    const context = userContext(coordinator, new Date('2017-07-26T12:00:00Z'));
    expect(joined(context, manager)).toEqual({ ...context, manager });
    expect(context.manager).toBeNull();
  });
});
