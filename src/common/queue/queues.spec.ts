import { describe, expect, it } from '@jest/globals';
import { jobId } from './queues.js';

describe('jobId', () => {
  it('joins the parts with underscores, so the same logical job has the same id', () => {
    expect(jobId('send-reminder', '5f0c1e9a-2b7d-4a51-9c1f-0a7d3c2b1e44', 'due-minus-7')).toBe(
      'send-reminder_5f0c1e9a-2b7d-4a51-9c1f-0a7d3c2b1e44_due-minus-7',
    );
    expect(jobId('sweep', 202611231805)).toBe('sweep_202611231805');
  });

  it('refuses ids BullMQ would reject or misread', () => {
    expect(() => jobId('sweep', '2026-11-23T18:05')).toThrow(':');
    expect(() => jobId('123')).toThrow('digits');
    expect(() => jobId('sweep', '')).toThrow('empty');
  });
});
