import { Controller, Get, HttpStatus, Res } from '@nestjs/common';
import { ApiOperation, ApiProperty, ApiResponse, ApiTags } from '@nestjs/swagger';
import { HealthCheckService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import type { Response } from 'express';
import { Public } from '../auth/access.decorators.js';
import { RedisHealthIndicator } from './redis.health.js';

class HealthView {
  @ApiProperty({ enum: ['ok', 'error'] }) status: 'ok' | 'error';
  @ApiProperty({ enum: ['up', 'down'] }) db: 'up' | 'down';
  @ApiProperty({ enum: ['up', 'down'] }) redis: 'up' | 'down';
}

@ApiTags('operations')
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly db: TypeOrmHealthIndicator,
    private readonly redis: RedisHealthIndicator,
  ) {}

  @Get()
  @Public()
  @ApiOperation({ summary: 'Whether the database and Redis answer' })
  @ApiResponse({ status: 200, type: HealthView, description: 'Both answer' })
  @ApiResponse({ status: 503, type: HealthView, description: 'One of them does not' })
  async check(@Res({ passthrough: true }) response: Response): Promise<HealthView> {
    const details = await this.health
      .check([() => this.db.pingCheck('db').withTimeout(1_500), () => this.redis.check('redis')])
      .then((result) => result.details)
      .catch((error: { response?: { details?: Record<string, { status: string }> } }) => error.response?.details ?? {});
    const db = details.db?.status === 'up' ? 'up' : 'down';
    const redis = details.redis?.status === 'up' ? 'up' : 'down';
    const ok = db === 'up' && redis === 'up';
    response.status(ok ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE);
    return { status: ok ? 'ok' : 'error', db, redis };
  }
}
