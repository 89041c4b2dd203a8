import { describe, expect, it } from '@jest/globals';
import type { Logger } from '@nestjs/common';
import { WorkerErrors } from './worker-errors.js';

describe("a worker's connection errors", () => {
  it('are logged once each while they repeat, and again when another came between', () => {
    const logged: string[] = [];
    const errors = new WorkerErrors({ warn: (message: string) => logged.push(message) } as unknown as Logger);
    for (const message of ['connect ECONNREFUSED', 'connect ECONNREFUSED', 'connect ECONNREFUSED', 'Connection is closed.', 'connect ECONNREFUSED']) errors.note(new Error(message));
    expect(logged).toEqual(['Worker: connect ECONNREFUSED', 'Worker: Connection is closed.', 'Worker: connect ECONNREFUSED']);
  });
});
