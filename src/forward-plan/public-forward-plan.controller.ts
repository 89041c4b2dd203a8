import { Controller, Get, Param, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Public } from '../common/auth/access.decorators.js';
import { AppConfig } from '../common/config/app-config.js';
import { NotFoundError } from '../common/errors/domain-errors.js';
import { ApiErrors } from '../common/http/api-docs.decorators.js';
import { ForwardPlanService } from './forward-plan.service.js';
import { decisionsCalendar, publicDecision } from './public-forward-plan.js';

@ApiTags('public')
@Controller('public')
export class PublicForwardPlanController {
  constructor(
    private readonly forwardPlan: ForwardPlanService,
    private readonly config: AppConfig,
  ) {}

  @Get(':councilSlug/forward-plan')
  @Public()
  @ApiOperation({ summary: 'The published Regulation 9 notices and their key decisions; one to be taken in private shows its Schedule 12A paragraph, not its papers' })
  @ApiOkResponse({ description: '{ council, notices: [{ periodStart, periodEnd, publishedOn, decisions }] }' })
  @ApiErrors(404)
  async plan(@Param('councilSlug') slug: string) {
    const found = await this.forwardPlan.published(slug);
    if (!found) throw new NotFoundError('Council', slug);
    return {
      council: found.council.name,
      notices: found.notices.map(({ notice, decisions }) => ({
        id: notice.id,
        periodStart: notice.periodStart,
        periodEnd: notice.periodEnd,
        publishedOn: notice.publishedOn,
        decisions: decisions.map((d) => publicDecision(d, found.council.timeZone)),
      })),
    };
  }

  @Get(':councilSlug/forward-plan.ics')
  @Public()
  @ApiOperation({ summary: 'The dates of the published key decisions as an iCalendar feed' })
  @ApiProduces('text/calendar')
  @ApiOkResponse({ description: 'iCalendar (RFC 5545)' })
  @ApiErrors(404)
  async calendar(@Param('councilSlug') slug: string, @Res() response: Response): Promise<void> {
    const found = await this.forwardPlan.published(slug);
    if (!found) throw new NotFoundError('Council', slug);
    const decisions = found.notices.flatMap((n) => n.decisions.map((d) => publicDecision(d, found.council.timeZone)));
    response
      .status(200)
      .set({ 'Content-Type': 'text/calendar; charset=utf-8', 'Cache-Control': 'public, max-age=300' })
      .send(decisionsCalendar({ council: found.council.name, domain: this.config.mailDomain, decisions }));
  }
}
