import { describe, expect, it } from '@jest/globals';
import { emailOfClaims, normaliseEmail, safeNextPath } from './sign-in.rules.js';

describe('where a sign-in leads', () => {
  it('keeps a path of this site', () => {
    expect(safeNextPath('/obligations/5?view=thread')).toBe('/obligations/5?view=thread');
    expect(safeNextPath('/')).toBe('/');
  });

  it('never leads to another site', () => {
    for (const next of ['//evil.example', '/\\evil.example', 'https://evil.example', 'evil', '/a b', '', undefined, ['/x'], `/${'a'.repeat(600)}`]) {
      expect(safeNextPath(next)).toBe('/');
    }
  });
});

describe('addresses typed at sign-in', () => {
  it('tidies case and spaces, refuses what is not an address', () => {
    expect(normaliseEmail('  Jo.Smith@Dartford.GOV.uk ')).toBe('jo.smith@dartford.gov.uk');
    expect(normaliseEmail('jo')).toBeNull();
    expect(normaliseEmail('jo@dartford')).toBeNull();
    expect(normaliseEmail(42)).toBeNull();
  });
});

describe('the address an identity provider vouches for', () => {
  it('is the email claim, else an Entra ID sign-in name that is an address', () => {
    expect(emailOfClaims({ email: 'Jo@Dartford.gov.uk', preferred_username: 'other@x.org' })).toBe('jo@dartford.gov.uk');
    expect(emailOfClaims({ preferred_username: 'jo@dartford.gov.uk' })).toBe('jo@dartford.gov.uk');
    expect(emailOfClaims({ preferred_username: 'jsmith', upn: 'jo@dartford.gov.uk' })).toBe('jo@dartford.gov.uk');
    expect(emailOfClaims({ sub: '123' })).toBeNull();
  });
});
