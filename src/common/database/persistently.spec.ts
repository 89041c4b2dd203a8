import { describe, expect, it } from '@jest/globals';
import { persistently } from './persistently.js';

describe('persistently', () => {
  it('tries a failing write again until it succeeds', async () => {
    let calls = 0;
    const result = await persistently(async () => {
      calls++;
      if (calls < 3) throw new Error('Connection terminated unexpectedly');
      return 'recorded';
    });
    expect(result).toBe('recorded');
    expect(calls).toBe(3);
  });

  it('gives up with the last error once its time is spent', async () => {
    let calls = 0;
    await expect(
      persistently(async () => {
        calls++;
        throw new Error(`refused ${calls}`);
      }, 500),
    ).rejects.toThrow(/^refused \d+$/);
    expect(calls).toBeGreaterThan(1);
    expect(calls).toBeLessThan(6);
  });
});
