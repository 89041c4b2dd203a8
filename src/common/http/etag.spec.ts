import { describe, expect, it } from '@jest/globals';
import express from 'express';
import { weakEtag } from './etag.js';

describe('weakEtag', () => {
  it("is the entity tag Express would make of the same body, multi-byte characters included", () => {
    const expressEtag = express().get('etag fn') as (body: Buffer, encoding?: string) => string;
    for (const body of ['', '{"groups":[]}', 'Café — Ysgol Gymraeg ’s plan', 'x'.repeat(30_000)]) {
      expect(weakEtag(body)).toBe(expressEtag(Buffer.from(body, 'utf8')));
    }
  });

  it('differs for different bodies', () => {
    expect(weakEtag('{"a":1}')).not.toBe(weakEtag('{"a":2}'));
  });
});
