import { Controller, Get, HttpStatus, Res } from '@nestjs/common';
import { ApiOperation, ApiProperty, ApiPropertyOptional, ApiResponse, ApiTags } from '@nestjs/swagger';
import { HealthCheckService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import type { Response } from 'express';
import { Public } from '../auth/access.decorators.js';
import { RedisHealthIndicator } from './redis.health.js';
import { StorageHealth } from './storage.health.js';

class HealthView {
  @ApiProperty({ enum: ['ok', 'error'] }) status: 'ok' | 'error';
  @ApiProperty({ enum: ['up', 'down'] }) db: 'up' | 'down';
  @ApiProperty({ enum: ['up', 'down'] }) redis: 'up' | 'down';
  @ApiPropertyOptional({ type: [String], description: 'What is wrong, in words, when something is' }) problems?: string[];
}

@ApiTags('operations')
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly db: TypeOrmHealthIndicator,
    private readonly redis: RedisHealthIndicator,
    private readonly storage: StorageHealth,
  ) {}

  @Get()
  @Public()
  @ApiOperation({ summary: 'Whether the database (able to make writes durable) and Redis answer' })
  @ApiResponse({ status: 200, type: HealthView, description: 'Both answer' })
  @ApiResponse({ status: 503, type: HealthView, description: 'One of them does not, or the database cannot store writes' })
  check(@Res({ passthrough: true }) response: Response): Promise<HealthView> {
    return this.report(response);
  }

  @Get('ready')
  @Public()
  @ApiOperation({ summary: 'For orchestrators: whether this instance can serve requests now (as /health)' })
  @ApiResponse({ status: 200, type: HealthView })
  @ApiResponse({ status: 503, type: HealthView })
  ready(@Res({ passthrough: true }) response: Response): Promise<HealthView> {
    return this.report(response);
  }

  @Get('live')
  @Public()
  @ApiOperation({ summary: 'For orchestrators: the process answers (restart it if not); says nothing of its dependencies' })
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  private async report(response: Response): Promise<HealthView> {
    const [details, storage] = await Promise.all([
      this.health
        .check([() => this.db.pingCheck('db').withTimeout(1_500), () => this.redis.check('redis')])
        .then((result) => result.details)
        .catch((error: { response?: { details?: Record<string, { status: string }> } }) => error.response?.details ?? {}),
      this.storage.problem().catch((error: Error) => `the database could not be checked: ${error.message}`),
    ]);
    const db = details.db?.status === 'up' && !storage ? 'up' : 'down';
    const redis = details.redis?.status === 'up' ? 'up' : 'down';
    const ok = db === 'up' && redis === 'up';
    response.status(ok ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE);
    if (ok) return { status: 'ok', db, redis };
    const problems = [
      ...(details.db?.status === 'up' ? [] : ['the database does not answer']),
      ...(storage ? [`the database cannot store changes: ${storage}`] : []),
      ...(redis === 'up' ? [] : ['Redis does not answer: queued work waits']),
    ];
    return { status: 'error', db, redis, problems };
  }
}
