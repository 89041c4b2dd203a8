import { Controller, Get, Headers, NotFoundException, Res, UnauthorizedException } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { createHash, timingSafeEqual } from 'node:crypto';
import { Public } from '../auth/access.decorators.js';
import { AppConfig } from '../config/app-config.js';
import { Metrics } from './metrics.service.js';

const digest = (value: string) => createHash('sha256').update(value).digest();

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
    const expected = this.config.METRICS_TOKEN;
    if (!expected) throw new NotFoundException('Metrics are not served: set METRICS_TOKEN to serve them to Prometheus');
    const given = /^Bearer\s+(\S+)$/i.exec(authorization ?? '')?.[1] ?? '';
    // Compared as digests, in constant time: neither the token nor its length leaks through timing.
    if (!timingSafeEqual(digest(given), digest(expected))) throw new UnauthorizedException('The metrics token is not valid');
    response.setHeader('Content-Type', this.metrics.registry.contentType);
    response.setHeader('Cache-Control', 'no-store');
    return this.metrics.registry.metrics();
  }
}
