import { describe, expect, it } from '@jest/globals';
import { loggedPath, requestIdFrom } from './request-log.rules.js';

describe('requestIdFrom', () => {
  it('keeps a plain id given by the proxy, and makes one otherwise', () => {
    expect(requestIdFrom('abc-123.4:5')).toBe('abc-123.4:5');
    expect(requestIdFrom(['first', 'second'])).toBe('first');
    for (const bad of [undefined, '', 'has space', 'x'.repeat(65), 'line\nbreak', '{"json":1}']) {
      expect(requestIdFrom(bad)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    }
    expect(requestIdFrom(undefined)).not.toBe(requestIdFrom(undefined));
  });
});

describe('loggedPath', () => {
  const token = 'Zq3vN8xK1pLmR7tYw2sD9fGhJ4kA6bC0eU5iO_-xy';
  it('masks tokens in the path, keeping ids, words and extensions', () => {
    expect(loggedPath(`/respond/${token}`)).toBe('/respond/…');
    expect(loggedPath(`/feeds/${token}.ics`)).toBe('/feeds/….ics');
    expect(loggedPath(`/api/v1/obligations/0b6c6f4e-8a43-4c4e-9d2a-3c1f2b7d9e10/response-links/${token}/report.html`)).toBe(
      '/api/v1/obligations/0b6c6f4e-8a43-4c4e-9d2a-3c1f2b7d9e10/response-links/…/report.html',
    );
    expect(loggedPath('/public/dartford/work-plan')).toBe('/public/dartford/work-plan');
    expect(loggedPath('/api/v1/work-plan/coverage')).toBe('/api/v1/work-plan/coverage');
  });

  it('keeps only the names of the query', () => {
    expect(loggedPath(`/sign-in/with/kent/callback?code=${token}&state=abc`)).toBe('/sign-in/with/kent/callback?code=…&state=…');
    expect(loggedPath('/api/v1/work-plan?committeeId=x&municipalYear=2017-18')).toBe('/api/v1/work-plan?committeeId=…&municipalYear=…');
    expect(loggedPath('/health')).toBe('/health');
  });
});
