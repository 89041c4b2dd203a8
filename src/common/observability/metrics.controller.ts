import { Controller, Get, Headers, NotFoundException, Res, UnauthorizedException } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { createHash, timingSafeEqual } from 'node:crypto';
import { Public } from '../auth/access.decorators.js';
import { AppConfig } from '../config/app-config.js';
import { Metrics } from './metrics.service.js';

const digest = (value: string) => createHash('sha256').update(value).digest();

/** What a scrape is answered: the metrics for the holder of the token; 404 without one set; 401 to anyone else. */
export async function scrapeAnswer(metrics: Metrics, token: string | undefined, authorization: string | undefined): Promise<{ status: 200 | 401 | 404; contentType: string; body: string }> {
  if (!token) return { status: 404, contentType: 'text/plain', body: 'Metrics are not served: set METRICS_TOKEN to serve them to Prometheus' };
  const given = /^Bearer\s+(\S+)$/i.exec(authorization ?? '')?.[1] ?? '';
  // Compared as digests, in constant time: neither the token nor its length leaks through timing.
  if (!timingSafeEqual(digest(given), digest(token))) return { status: 401, contentType: 'text/plain', body: 'The metrics token is not valid' };
  return { status: 200, contentType: metrics.registry.contentType, body: await metrics.registry.metrics() };
}

/** Prometheus's scrape: served only when METRICS_TOKEN is set, to whoever sends it. */
@ApiExcludeController()
@Controller('metrics')
export class MetricsController {
  constructor(
    private readonly metrics: Metrics,
    private readonly config: AppConfig,
  ) {}

  @Get()
  @Public()
  async scrape(@Headers('authorization') authorization: string | undefined, @Res({ passthrough: true }) response: Response): Promise<string> {
    const answer = await scrapeAnswer(this.metrics, this.config.METRICS_TOKEN, authorization);
    if (answer.status === 404) throw new NotFoundException(answer.body);
    if (answer.status === 401) throw new UnauthorizedException(answer.body);
    response.setHeader('Content-Type', answer.contentType);
    response.setHeader('Cache-Control', 'no-store');
    return answer.body;
  }
}
