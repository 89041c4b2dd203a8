import { describe, expect, it } from '@jest/globals';
import { InvalidInputError } from '../errors/domain-errors.js';
import { readInWorker } from './document-worker.js';

// The minutes importer's worker script (built: `npm test` builds first), as any importer's.
const script = new URL('../../minutes/minutes-import.worker.js', import.meta.url);

describe('readInWorker', () => {
  it('reads many documents at once, a few at a time, every one answered', async () => {
    const read = await Promise.all(Array.from({ length: 9 }, (_, n) => readInWorker<{ items: { number: string }[] }>(script, `${n + 1}. ITEM ${n + 1}\nText.\n${n + 2}. NEXT\nMore.`)));
    expect(read.map((r) => r.result.items.map((i) => i.number))).toEqual(Array.from({ length: 9 }, (_, n) => [String(n + 1), String(n + 2)]));
    expect(read.every((r) => r.format === 'text')).toBe(true);
  });

  it('refuses what cannot be read with a 400 naming the file', async () => {
    await expect(readInWorker(script, new Uint8Array(Buffer.from('%PDF-1.7\ngarbage')))).rejects.toThrow(InvalidInputError);
    await expect(readInWorker(script, new Uint8Array([0, 1, 2, 3]))).rejects.toMatchObject({ problems: ['file: this is not text, a web page, a Word document (.docx) or a PDF'] });
  });
});
