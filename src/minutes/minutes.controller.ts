import { dateIn, toZonedIso } from '../common/time/dates.js';
import { Body, Controller, Get, Headers, HttpCode, Param, ParseIntPipe, Post, Put, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { wantsPage } from '../common/web/negotiate.js';
import { PageRenderer } from '../common/web/page-renderer.js';
import { instantInWords } from '../common/web/words.js';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiPublishedDocument, documentFromBody } from '../common/documents/published-document.http.js';
import { Acting, Public, Roles } from '../common/auth/access.decorators.js';
import { type CouncilContext } from '../common/auth/council-context.js';
import { NotFoundError } from '../common/errors/domain-errors.js';
import { ApiErrors } from '../common/http/api-docs.decorators.js';
import { ConfirmMinutesDto, MinuteItemView, MinutesView, PublicMeetingsView, PublicMinutesView, SaveMinutesDto, UndertakingDecisionDto, WorkPlanChangeDecisionDto } from './minutes.dto.js';
import type { MinuteItem } from './minutes.entity.js';
import { publicItem } from './minutes.rules.js';
import { municipalYearOf } from '../councils/municipal-year.rules.js';
import { MinuteProposalsService } from './minute-proposals.service.js';
import { type MinutesRecord, MinutesService } from './minutes.service.js';

const itemView = (i: MinuteItem): MinuteItemView => ({
  id: i.id,
  number: i.number,
  title: i.title,
  summary: i.summary,
  resolutions: i.resolutions,
  undertakings: i.undertakings,
  workPlanChanges: i.workPlanChanges,
  exempt: i.exempt,
  excludesPublic: i.excludesPublic,
  drawDown: i.drawDown,
  agendaItemId: i.agendaItemId,
  workPlanItemId: i.workPlanItemId,
  importReading: i.importReading,
});

const view = ({ minutes, items }: MinutesRecord): MinutesView => ({
  id: minutes.id,
  meetingId: minutes.meetingId,
  status: minutes.status,
  attendance: minutes.attendance,
  items: items.map(itemView),
  closedAt: minutes.closedAt,
  warnings: minutes.warnings,
  confirmedAtMeetingId: minutes.confirmedAtMeetingId,
  approvedAt: minutes.approvedAt?.toISOString() ?? null,
});

@ApiTags('minutes')
@Controller()
export class MinutesController {
  constructor(private readonly minutes: MinutesService) {}

  @Get('api/v1/meetings/:id/minutes')
  @Roles('coordinator', 'member', 'approver')
  @ApiOperation({ summary: "The meeting's minutes: attendance and items with their resolutions, undertakings and work plan changes (draft or approved)" })
  @ApiOkResponse({ type: MinutesView })
  @ApiErrors(404)
  async get(@Acting() acting: CouncilContext, @Param('id') id: string): Promise<MinutesView> {
    return view(await this.minutes.get(acting.councilId, id));
  }

  @Put('api/v1/meetings/:id/minutes')
  @Roles('coordinator')
  @ApiOperation({ summary: 'Save the draft minutes whole; items are linked to the agenda and the work plan items they record are considered' })
  @ApiOkResponse({ type: MinutesView })
  @ApiErrors(400, 404, 409, 413)
  async save(@Acting() acting: CouncilContext, @Param('id') id: string, @Body() body: SaveMinutesDto): Promise<MinutesView> {
    return view(await this.minutes.save(acting, id, body));
  }

  @Post('api/v1/meetings/:id/minutes/import')
  @HttpCode(200)
  @Roles('coordinator')
  @ApiPublishedDocument('The minutes')
  @ApiOperation({ summary: 'Import published minutes into the draft, with warnings for what could not be placed or should be checked' })
  @ApiOkResponse({ type: MinutesView })
  @ApiErrors(400, 404, 409, 413)
  async import(@Acting() acting: CouncilContext, @Param('id') id: string, @Body() body: unknown, @Headers('content-type') type: string | undefined): Promise<MinutesView> {
    return view(await this.minutes.import(acting, id, documentFromBody(body, 'the minutes'), type ?? null));
  }

  @Post('api/v1/meetings/:id/minutes/confirm')
  @HttpCode(200)
  @Roles('coordinator')
  @ApiOperation({ summary: 'The minutes were confirmed as a correct record at a later meeting: approved, and public (exempt items reduced)' })
  @ApiOkResponse({ type: MinutesView })
  @ApiErrors(400, 404, 409, 413)
  async confirm(@Acting() acting: CouncilContext, @Param('id') id: string, @Body() body: ConfirmMinutesDto): Promise<MinutesView> {
    return view(await this.minutes.confirm(acting, id, body.confirmedAtMeetingId));
  }

  @Get('public/:councilSlug/meetings/:meetingId/minutes')
  @Public()
  @ApiTags('public')
  @ApiOperation({ summary: 'Approved minutes, for anyone: exempt items show their title and "considered in closed session" only' })
  @ApiOkResponse({ type: PublicMinutesView })
  @ApiErrors(404)
  async published(@Param('councilSlug') slug: string, @Param('meetingId') meetingId: string): Promise<PublicMinutesView> {
    const found = await this.minutes.published(slug, meetingId);
    if (!found) throw new NotFoundError('Approved minutes of meeting', meetingId);
    return {
      meetingId,
      startsAt: found.meeting.startsAt.toISOString(),
      confirmedOn: found.confirmedOn,
      attendance: found.minutes.attendance,
      items: found.items.map(publicItem),
    };
  }
}

/** What anyone may read of the meetings: when, which committee, the agenda (exempt items marked), and where approved minutes are. */
@ApiTags('public')
@Controller('public')
export class PublicMeetingsController {
  constructor(
    private readonly minutes: MinutesService,
    private readonly pages: PageRenderer,
  ) {}

  @Get(':councilSlug/meetings')
  @Public()
  @ApiOperation({ summary: "The council's committee meetings: date, venue, agenda titles (exempt items marked with their Schedule 12A paragraph) and a link to approved minutes. A page to a browser" })
  @ApiOkResponse({ type: PublicMeetingsView })
  @ApiErrors(404)
  async meetings(@Param('councilSlug') slug: string, @Req() request: Request, @Res() response: Response): Promise<void> {
    const found = await this.minutes.publicMeetings(slug);
    if (!found) throw new NotFoundError('Council', slug);
    const { council } = found;
    if (wantsPage(request, response)) {
      // By municipal year as the council counts it (from May), newest first.
      const byYear = new Map<string, typeof found.meetings>();
      for (const entry of [...found.meetings].reverse()) {
        const year = municipalYearOf(dateIn(entry.meeting.startsAt, council.timeZone));
        byYear.set(year, [...(byYear.get(year) ?? []), entry]);
      }
      return this.pages.sendPublic(response, 'minutes/pages/public-meetings.njk', {
        title: 'Meetings',
        area: 'public-meetings',
        council,
        years: [...byYear].map(([year, meetings]) => ({ year, meetings })),
        timeZone: council.timeZone,
      });
    }
    response.json({
      council: council.name,
      meetings: found.meetings.map(({ meeting, agenda, approved }) => ({
        meetingId: meeting.id,
        committee: found.committees.find((c) => c.id === meeting.committeeId)?.name ?? '',
        startsAt: meeting.startsAt.toISOString(),
        startsAtLocal: toZonedIso(meeting.startsAt, council.timeZone),
        venue: meeting.venue,
        cancelled: meeting.cancelledAt !== null,
        agendaPublishedOn: meeting.agendaPublishedAt ? dateIn(meeting.agendaPublishedAt, council.timeZone) : null,
        agenda,
        minutes: approved ? `/public/${slug}/meetings/${meeting.id}/minutes` : null,
      })),
    } satisfies PublicMeetingsView);
  }

  /** One meeting for the public: its agenda as published and, once approved, its minutes. */
  @Get(':councilSlug/meetings/:meetingId')
  @Public()
  @ApiOperation({ summary: 'One meeting as the public reads it: its published agenda and its approved minutes (a page; the JSON is /meetings and /minutes)' })
  @ApiErrors(404)
  async meeting(@Param('councilSlug') slug: string, @Param('meetingId') meetingId: string, @Res() response: Response): Promise<void> {
    const found = await this.minutes.publicMeetings(slug);
    const entry = found?.meetings.find((m) => m.meeting.id === meetingId);
    if (!found || !entry) throw new NotFoundError('Meeting', meetingId);
    const approved = entry.approved ? await this.minutes.published(slug, meetingId) : null;
    this.pages.sendPublic(response, 'minutes/pages/public-meeting.njk', {
      title: `Meeting of ${instantInWords(entry.meeting.startsAt, found.council.timeZone)}`,
      area: 'public-meetings',
      council: found.council,
      committee: found.committees.find((c) => c.id === entry.meeting.committeeId) ?? null,
      meeting: entry.meeting,
      agenda: entry.meeting.agendaPublishedAt ? entry.agenda : [],
      minutes: approved ? { confirmedOn: approved.confirmedOn, attendance: approved.minutes.attendance, items: approved.items.map(publicItem) } : null,
      timeZone: found.council.timeZone,
    });
  }
}

/** The co-ordinator's decisions on what the minutes propose: undertakings and work plan changes. */
@ApiTags('minutes')
@Controller('api/v1/minute-items')
export class MinuteProposalsController {
  constructor(private readonly proposals: MinuteProposalsService) {}

  @Post(':id/undertakings/:index')
  @HttpCode(200)
  @Roles('coordinator')
  @ApiOperation({ summary: 'Confirm an undertaking (it becomes an obligation of the authority that gave it, due when set) or dismiss it' })
  @ApiOkResponse({ type: MinuteItemView })
  @ApiErrors(400, 404, 409, 413)
  async undertaking(@Acting() acting: CouncilContext, @Param('id') id: string, @Param('index', ParseIntPipe) index: number, @Body() body: UndertakingDecisionDto): Promise<MinuteItemView> {
    return itemView(await this.proposals.decideUndertaking(acting, id, index, body));
  }

  @Post(':id/work-plan-changes/:index')
  @HttpCode(200)
  @Roles('coordinator')
  @ApiOperation({ summary: 'Confirm a work plan change the minutes record (add an item, defer or withdraw one, citing the minute) or dismiss it' })
  @ApiOkResponse({ type: MinuteItemView })
  @ApiErrors(400, 404, 409, 413)
  async workPlanChange(@Acting() acting: CouncilContext, @Param('id') id: string, @Param('index', ParseIntPipe) index: number, @Body() body: WorkPlanChangeDecisionDto): Promise<MinuteItemView> {
    return itemView(await this.proposals.decideWorkPlanChange(acting, id, index, body));
  }
}
