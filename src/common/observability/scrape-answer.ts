import { createHash, timingSafeEqual } from 'node:crypto';
import type { Metrics } from './metrics.service.js';

const digest = (value: string) => createHash('sha256').update(value).digest();

/** What a scrape is answered: the metrics for the holder of the token; 404 without one set; 401 to anyone else. */
export async function scrapeAnswer(metrics: Metrics, token: string | undefined, authorization: string | undefined): Promise<{ status: 200 | 401 | 404; contentType: string; body: string }> {
  if (!token) return { status: 404, contentType: 'text/plain', body: 'Metrics are not served: set METRICS_TOKEN to serve them to Prometheus' };
  const given = /^Bearer\s+(\S+)$/i.exec(authorization ?? '')?.[1] ?? '';
  // Compared as digests, in constant time: neither the token nor its length leaks through timing.
  if (!timingSafeEqual(digest(given), digest(token))) return { status: 401, contentType: 'text/plain', body: 'The metrics token is not valid' };
  return { status: 200, contentType: metrics.registry.contentType, body: await metrics.registry.metrics() };
}
