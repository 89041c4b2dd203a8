import { Controller, Get, Param, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Public } from '../common/auth/access.decorators.js';
import { NotFoundError } from '../common/errors/domain-errors.js';
import { ApiErrors } from '../common/http/api-docs.decorators.js';
import { WorkPlanService } from './work-plan.service.js';

@ApiTags('public')
@Controller('public')
export class MeetingsFeedController {
  constructor(private readonly workPlan: WorkPlanService) {}

  @Get(':councilSlug/meetings.ics')
  @Public()
  @ApiOperation({ summary: "The council's committee meetings as an iCalendar feed: one event per meeting, with its agenda date and planned items" })
  @ApiProduces('text/calendar')
  @ApiOkResponse({ description: 'iCalendar (RFC 5545)' })
  @ApiErrors(404)
  async meetings(@Param('councilSlug') slug: string, @Res() response: Response): Promise<void> {
    const calendar = await this.workPlan.meetingsFeed(slug);
    if (calendar === null) throw new NotFoundError('Council', slug);
    response.status(200).set({ 'Content-Type': 'text/calendar; charset=utf-8', 'Cache-Control': 'public, max-age=300' }).send(calendar);
  }
}
