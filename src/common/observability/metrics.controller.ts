import { Controller, Get, Headers, NotFoundException, Res, UnauthorizedException } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { Public } from '../auth/access.decorators.js';
import { AppConfig } from '../config/app-config.js';
import { Metrics } from './metrics.service.js';
import { scrapeAnswer } from './scrape-answer.js';

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
