import { singleQueryValue } from '../common/http/input.rules.js';
import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiQuery, ApiTags } from '@nestjs/swagger';
import { PublicWorkPlanView } from './work-plan.dto.js';
import type { Request, Response } from 'express';
import { wantsPage } from '../common/web/negotiate.js';
import { PageRenderer } from '../common/web/page-renderer.js';
import { CATEGORY_LABELS, STATUS_TAGS } from './work-plan.rules.js';
import { Public } from '../common/auth/access.decorators.js';
import { NotFoundError } from '../common/errors/domain-errors.js';
import { ApiErrors } from '../common/http/api-docs.decorators.js';
import { WorkPlanService } from './work-plan.service.js';
import { publicTitle } from '../exempt-information/exempt.rules.js';

/** What anyone may read of the work plan: each committee's items by meeting or season, titles and status only. */
@ApiTags('public')
@Controller('public')
export class MeetingsFeedController {
  constructor(
    private readonly workPlan: WorkPlanService,
    private readonly pages: PageRenderer,
  ) {}

  @Get(':councilSlug/work-plan')
  @Public()
  @ApiOperation({
    summary:
      "Each committee's rolling work plan, by meeting or season: titles, basis, category and status (no descriptions); every year, or the municipal year of `year` (e.g. 2017-18). " +
      'A page, with the changes made during the year, to a browser: it opens at the current municipal year, the others a link away',
  })
  @ApiQuery({ name: 'year', required: false, example: '2017-18', description: 'A municipal year; unknown: 404' })
  @ApiOkResponse({ type: PublicWorkPlanView })
  @ApiErrors(400, 404)
  async plan(@Param('councilSlug') slug: string, @Query('year') year: unknown, @Req() request: Request, @Res() response: Response): Promise<void> {
    const asked = singleQueryValue(year, 'year');
    const page = wantsPage(request, response);
    const found = await this.workPlan.publicPlan(slug, { municipalYear: asked, firstYear: page });
    if (!found) throw new NotFoundError('Council', slug);
    const { council } = found;
    const shown = found.year;
    if (page) {
      return this.pages.sendPublic(response, 'work-plan/pages/public-plan.njk', {
        title: shown ? `Work plan ${shown.label}` : 'Work plan',
        area: 'public-work-plan',
        council,
        year: shown,
        years: found.years,
        committees: found.committees.map(({ committee, groups }) => ({
          name: committee.name,
          groups: groups
            .map((g) => ({ ...g, items: g.items.filter((i) => i.status !== 'withdrawn').map((i) => ({ title: publicTitle(i.title, i.exemptParagraph), category: CATEGORY_LABELS[i.category] ?? i.category, tag: STATUS_TAGS[i.status] })) }))
            .filter((g) => g.items.length > 0),
        })),
        amendments: await this.workPlan.publicAmendments(council.id, council.timeZone, shown),
      });
    }
    response.json({
      council: council.name,
      ...(shown ? { municipalYear: shown.label } : {}),
      committees: found.committees.map(({ committee, groups }) => ({
        committeeId: committee.id,
        name: committee.name,
        groups: groups.map((g) => ({ meetingId: g.meetingId, season: g.season, date: g.date, items: g.items.map((i) => ({ title: publicTitle(i.title, i.exemptParagraph), basis: i.basis, category: i.category, status: i.status })) })),
      })),
    } satisfies PublicWorkPlanView);
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
