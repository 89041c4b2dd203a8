import { describe, expect, it } from '@jest/globals';
import { seal, unseal } from './sealed.js';

describe('sealed text', () => {
  it('opens with its key, differently each time it is sealed', () => {
    const a = seal('client-secret', 'key one');
    expect(unseal(a, 'key one')).toBe('client-secret');
    expect(seal('client-secret', 'key one')).not.toBe(a);
    expect(a).not.toContain('client-secret');
  });

  it('does not open with another key, nor once changed or cut', () => {
    const sealed = seal('client-secret', 'key one');
    expect(unseal(sealed, 'key two')).toBeNull();
    const changed = `${sealed.slice(0, -2)}${sealed.endsWith('AA') ? 'AB' : 'AA'}`;
    expect(unseal(changed, 'key one')).toBeNull();
    expect(unseal(sealed.slice(0, 20), 'key one')).toBeNull();
    expect(unseal('not base64 at all!', 'key one')).toBeNull();
  });
});
