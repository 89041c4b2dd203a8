import { Controller, Get, Param, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { PublicWorkPlanView } from './work-plan.dto.js';
import type { Response } from 'express';
import { Public } from '../common/auth/access.decorators.js';
import { NotFoundError } from '../common/errors/domain-errors.js';
import { ApiErrors } from '../common/http/api-docs.decorators.js';
import { WorkPlanService } from './work-plan.service.js';
import { publicTitle } from '../exempt-information/exempt.rules.js';

/** What anyone may read of the work plan: each committee's items by meeting or season, titles and status only. */
@ApiTags('public')
@Controller('public')
export class MeetingsFeedController {
  constructor(private readonly workPlan: WorkPlanService) {}

  @Get(':councilSlug/work-plan')
  @Public()
  @ApiOperation({ summary: "Each committee's rolling work plan, by meeting or season: titles, basis, category and status (no descriptions)" })
  @ApiOkResponse({ type: PublicWorkPlanView })
  @ApiErrors(404)
  async plan(@Param('councilSlug') slug: string): Promise<PublicWorkPlanView> {
    const found = await this.workPlan.publicPlan(slug);
    if (!found) throw new NotFoundError('Council', slug);
    return {
      council: found.council.name,
      committees: found.committees.map(({ committee, groups }) => ({
        committeeId: committee.id,
        name: committee.name,
        groups: groups.map((g) => ({ meetingId: g.meetingId, season: g.season, date: g.date, items: g.items.map((i) => ({ title: publicTitle(i.title, i.exemptParagraph), basis: i.basis, category: i.category, status: i.status })) })),
      })),
    };
  }

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
