import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Acting, Roles } from '../common/auth/access.decorators.js';
import { actsFromOutside, type CouncilContext } from '../common/auth/council-context.js';
import { ROLES } from '../common/auth/principal.js';
import { ApiErrors } from '../common/http/api-docs.decorators.js';
import { Page, PageType } from '../common/http/pagination.js';
import { CalendarService } from '../calendar/calendar.service.js';
import { dateIn } from '../common/time/dates.js';
import { AddAgendaItemDto, AgendaItemView, CancelMeetingDto, ChangeAgendaItemDto, CreateMeetingDto, MeetingDeadlinesView, MeetingSummaryView, MeetingsQuery, MeetingView, PublishAgendaDto, ReorderAgendaDto } from './meeting.dto.js';
import { MeetingsService } from './meetings.service.js';

@ApiTags('meetings')
@Controller('api/v1/meetings')
export class MeetingsController {
  constructor(
    private readonly meetings: MeetingsService,
    private readonly calendar: CalendarService,
  ) {}

  @Get()
  @Roles(...ROLES)
  @ApiOperation({ summary: 'Meetings in date order; filter by committee and by days in the council time zone' })
  @ApiOkResponse({ type: PageType(MeetingSummaryView) })
  @ApiErrors(400)
  async list(@Acting() acting: CouncilContext, @Query() query: MeetingsQuery): Promise<Page<MeetingSummaryView>> {
    const { timeZone } = acting;
    const page = await this.meetings.list(acting.councilId, timeZone, query);
    return { items: page.items.map((m) => MeetingSummaryView.from(m, timeZone)), total: page.total };
  }

  @Post()
  @Roles('coordinator')
  @ApiOperation({ summary: 'Schedule a meeting; its agenda starts with the standard items' })
  @ApiCreatedResponse({ type: MeetingView })
  @ApiErrors(400, 404, 413)
  async create(@Acting() acting: CouncilContext, @Body() body: CreateMeetingDto): Promise<MeetingView> {
    const meeting = await this.meetings.create(acting, body);
    return this.view(acting, meeting.id);
  }

  @Get(':id')
  @Roles(...ROLES)
  @ApiOperation({ summary: 'A meeting with its agenda: standard items, substantive items, then exempt items last' })
  @ApiOkResponse({ type: MeetingView })
  @ApiErrors(404)
  async get(@Acting() acting: CouncilContext, @Param('id') id: string): Promise<MeetingView> {
    return this.view(acting, id);
  }

  @Get(':id/deadlines')
  @Roles('coordinator')
  @ApiOperation({ summary: 'The dates the meeting sets: the agenda publication date (s100B) and the latest day to ask an officer to attend' })
  @ApiOkResponse({ type: MeetingDeadlinesView })
  @ApiErrors(404)
  async deadlines(@Acting() acting: CouncilContext, @Param('id') id: string): Promise<MeetingDeadlinesView> {
    const meeting = await this.meetings.meeting(acting.councilId, id);
    const day = dateIn(meeting.startsAt, acting.timeZone);
    const { agendaPublication, attendanceRequest, reportDeadline } = await this.calendar.meetingDeadlines(acting.councilId, day);
    const view = (d: typeof agendaPublication) => ({ ...d, dueAt: d.dueAt.toISOString() });
    return { meetingId: meeting.id, meetingDate: day, agendaPublication: view(agendaPublication), reportDeadline: view(reportDeadline), attendanceRequest: view(attendanceRequest) };
  }

  @Post(':id/agenda-items')
  @Roles('coordinator')
  @ApiOperation({ summary: 'Add an item to the agenda, exempt (closed session) when a Schedule 12A paragraph is given' })
  @ApiCreatedResponse({ type: AgendaItemView })
  @ApiErrors(400, 404, 413)
  async addAgendaItem(@Acting() acting: CouncilContext, @Param('id') id: string, @Body() body: AddAgendaItemDto): Promise<AgendaItemView> {
    const item = await this.meetings.addAgendaItem(acting, id, body);
    const { agenda } = await this.meetings.get(acting.councilId, id);
    return AgendaItemView.from(agenda.find((entry) => entry.item?.id === item.id)!);
  }

  @Put(':id/agenda-items/:itemId')
  @Roles('coordinator')
  @ApiOperation({ summary: "Correct an item's title or its closed-session marking (exempt: null takes it in public), until the agenda is published" })
  @ApiOkResponse({ type: MeetingView })
  @ApiErrors(400, 404, 409, 413)
  async changeAgendaItem(@Acting() acting: CouncilContext, @Param('id') id: string, @Param('itemId') itemId: string, @Body() body: ChangeAgendaItemDto): Promise<MeetingView> {
    await this.meetings.changeAgendaItem(acting, id, itemId, body);
    return this.view(acting, id);
  }

  @Delete(':id/agenda-items/:itemId')
  @Roles('coordinator')
  @ApiOperation({ summary: 'Withdraw an item from the agenda, until it is published (an item from the work plan is deferred or withdrawn there)' })
  @ApiOkResponse({ type: MeetingView })
  @ApiErrors(404, 409)
  async withdrawAgendaItem(@Acting() acting: CouncilContext, @Param('id') id: string, @Param('itemId') itemId: string): Promise<MeetingView> {
    await this.meetings.withdrawAgendaItem(acting, id, itemId);
    return this.view(acting, id);
  }

  @Put(':id/agenda-order')
  @Roles('coordinator')
  @ApiOperation({ summary: "Put the agenda's own items in a new order (standard items, and the exempt section last, keep their places), until it is published" })
  @ApiOkResponse({ type: MeetingView })
  @ApiErrors(400, 404, 409, 413)
  async reorderAgenda(@Acting() acting: CouncilContext, @Param('id') id: string, @Body() body: ReorderAgendaDto): Promise<MeetingView> {
    await this.meetings.reorderAgenda(acting, id, body.itemIds);
    return this.view(acting, id);
  }

  @Post(':id/agenda/publish')
  @HttpCode(200)
  @Roles('coordinator')
  @ApiOperation({ summary: 'Publish the agenda (LGA 1972 s100B): the public reads it, numbered; it no longer changes' })
  @ApiOkResponse({ type: MeetingView })
  @ApiErrors(400, 404, 409, 413)
  async publishAgenda(@Acting() acting: CouncilContext, @Param('id') id: string, @Body() body: PublishAgendaDto): Promise<MeetingView> {
    await this.meetings.publishAgenda(acting, id, body.publishedOn);
    return this.view(acting, id);
  }

  @Post(':id/cancel')
  @HttpCode(200)
  @Roles('coordinator')
  @ApiOperation({ summary: 'Cancel a meeting, with the reason; the work plan then refuses to schedule items for it' })
  @ApiOkResponse({ type: MeetingView })
  @ApiErrors(400, 404, 409, 413)
  async cancel(@Acting() acting: CouncilContext, @Param('id') id: string, @Body() body: CancelMeetingDto): Promise<MeetingView> {
    await this.meetings.cancel(acting, id, body.reason);
    return this.view(acting, id);
  }

  private async view(acting: CouncilContext, id: string): Promise<MeetingView> {
    const { meeting, agenda } = await this.meetings.get(acting.councilId, id);
    const day = dateIn(meeting.startsAt, acting.timeZone);
    const { agendaPublication: publication, reportDeadline: report } = await this.calendar.meetingDeadlines(acting.councilId, day);
    // The Regulation 9 item notes the notice of the meeting's period, by name (seed 003, item 6).
    const notice = await this.meetings.regulation9Notice(acting.councilId, day);
    return {
      ...MeetingSummaryView.from(meeting, acting.timeZone),
      agendaPublishedBy: publication.date,
      reportDeadline: report.date,
      agenda: agenda.map((entry) => {
        const view = AgendaItemView.from(entry, actsFromOutside(acting));
        return entry.standardKind === 'regulation_9_notice' && notice ? { ...view, title: notice.title, noticeId: notice.id } : view;
      }),
    };
  }
}
