import { singleQueryValue } from '../common/http/input.rules.js';
import { Body, Controller, Get, Param, Post, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Acting, Pages, Roles } from '../common/auth/access.decorators.js';
import type { CouncilContext } from '../common/auth/council-context.js';
import { dateIn, instantAt, isIsoDate, toZonedIso } from '../common/time/dates.js';
import { checkForm, dateFromParts, type FormErrors, type FormField, noErrors, problemsAsErrors, submitForm, timeFromText } from '../common/web/forms.js';
import { PageRenderer } from '../common/web/page-renderer.js';
import { countdown, dateInWords } from '../common/web/words.js';
import { CalendarService } from '../calendar/calendar.service.js';
import { MunicipalYearsService } from '../councils/municipal-years.service.js';
import { EXEMPT_PARAGRAPHS } from '../exempt-information/exempt.rules.js';
import { movedOneStep } from './agenda.rules.js';
import { AddAgendaItemDto, CancelMeetingDto, CreateMeetingDto } from './meeting.dto.js';
import { CommitteesService } from '../councils/committees.service.js';
import { MeetingsService } from './meetings.service.js';
import { yearShownFirst } from '../councils/municipal-year.rules.js';

/** The add-item form's fields, as the committee names them. */
const ITEM_FIELDS: Record<string, FormField> = {
  title: { label: 'Title', message: 'Enter the title of the item, in 300 characters or fewer' },
  exempt: { label: 'Exempt information', anchor: 'exemptParagraph' },
  exemptParagraph: { label: 'Paragraph of Schedule 12A', message: 'Select the paragraph of Schedule 12A the item is exempt under' },
  exemptReason: { label: 'Why it is exempt', message: 'Enter why the public interest in keeping it exempt outweighs disclosing it, in 2,000 characters or fewer', anchor: 'exemptReason' },
};

type PageForm = { name: 'item' | 'cancel'; errors: FormErrors; values: Record<string, unknown> };

/** The co-ordinator's pages of meetings: the year's list, and each meeting with its agenda and deadlines. */
@Pages()
@Controller('meetings')
export class MeetingPagesController {
  constructor(
    private readonly meetings: MeetingsService,
    private readonly calendar: CalendarService,
    private readonly years: MunicipalYearsService,
    private readonly committees: CommitteesService,
    private readonly pages: PageRenderer,
  ) {}

  @Get()
  @Roles('coordinator', 'member')
  async list(@Req() request: Request, @Res() response: Response, @Acting() acting: CouncilContext, @Query('year') asked: unknown): Promise<void> {
    const label = singleQueryValue(asked, 'year');
    const all = (await this.years.list(acting.councilId, 100, 0)).items;
    const year = all.find((y) => y.label === label) ?? yearShownFirst(all, acting.today);
    // The year's meetings alone (every meeting while the council has no municipal years).
    const meetings = year ? await this.meetings.meetingsDuring(acting.councilId, year.startsOn, year.endsOn, acting.timeZone) : await this.meetings.meetingsOf(acting.councilId);
    const shown = meetings
      .map((m) => ({ meeting: m, day: dateIn(m.startsAt, acting.timeZone) }))
      .map(({ meeting, day }) => ({ id: meeting.id, startsAt: meeting.startsAt, venue: meeting.venue, cancelled: meeting.cancelledAt !== null, held: day < acting.today, published: meeting.agendaPublishedAt !== null }));
    this.pages.send(request, response, 'meetings/pages/list.njk', { title: 'Meetings', area: 'meetings', years: all, year, meetings: shown, timeZone: acting.timeZone });
  }

  @Get('new')
  @Roles('coordinator')
  async newMeeting(@Req() request: Request, @Res() response: Response): Promise<void> {
    this.pages.send(request, response, 'meetings/pages/new.njk', { title: 'Arrange a meeting', area: 'meetings', typed: {}, errors: [], fieldErrors: {} });
  }

  @Post('new')
  @Roles('coordinator')
  async arrange(@Req() request: Request, @Res() response: Response, @Acting() acting: CouncilContext, @Body() body: Record<string, unknown>): Promise<void> {
    const committee = await this.committees.scrutinyCommittee(acting.councilId);
    const day = dateFromParts(body, 'day');
    const time = timeFromText(body.time);
    const venue = typeof body.venue === 'string' && body.venue.trim() ? body.venue.trim() : undefined;
    const errors = noErrors();
    if (!committee) errors.list.push({ text: 'Set up the committee first', href: '/set-up' });
    if (!day || !isIsoDate(day)) errors.byField.day = { text: 'Enter the day of the meeting as a real date, like 19 9 2017' };
    if (!time) errors.byField.time = { text: 'Enter the time the meeting starts, like 7pm or 19:00' };
    if (errors.byField.day) errors.list.push({ text: errors.byField.day.text, href: '#day-day' });
    if (errors.byField.time) errors.list.push({ text: errors.byField.time.text, href: '#time' });
    if (errors.list.length === 0) {
      const startsAt = toZonedIso(instantAt(day!, time!, acting.timeZone), acting.timeZone);
      const checked = await checkForm(CreateMeetingDto, { committeeId: committee!.id, startsAt, ...(venue ? { venue } : {}) }, { venue: { label: 'Venue', message: 'Enter the venue in 300 characters or fewer' } });
      if (!checked.errors) {
        const meeting = await this.meetings.create(acting, checked.value);
        return response.redirect(303, `/meetings/${meeting.id}?done=arranged`);
      }
      errors.list.push(...checked.errors.list);
      Object.assign(errors.byField, checked.errors.byField);
    }
    this.pages.send(request, response, 'meetings/pages/new.njk', { title: 'Arrange a meeting', area: 'meetings', typed: body, errors: errors.list, fieldErrors: errors.byField }, 400);
  }

  @Get(':id')
  @Roles('coordinator', 'member')
  async meeting(@Req() request: Request, @Res() response: Response, @Acting() acting: CouncilContext, @Param('id') id: string): Promise<void> {
    await this.show(request, response, acting, id, null);
  }

  @Post(':id/agenda-items')
  @Roles('coordinator')
  async addItem(@Req() request: Request, @Res() response: Response, @Acting() acting: CouncilContext, @Param('id') id: string, @Body() body: Record<string, unknown>): Promise<void> {
    const title = typeof body.title === 'string' ? body.title.trim() : '';
    const paragraph = body.exemptParagraph ? Number(body.exemptParagraph) : null;
    const reason = typeof body.exemptReason === 'string' ? body.exemptReason.trim() : '';
    const input = { title, ...(paragraph !== null || reason ? { exempt: { paragraph: paragraph ?? undefined, reason } } : {}) };
    const submitted = await submitForm(AddAgendaItemDto, input, ITEM_FIELDS, (value) => this.meetings.addAgendaItem(acting, id, value));
    if (!submitted.errors) return response.redirect(303, `/meetings/${id}?done=added#agenda`);
    let errors = submitted.errors;
    if (errors.byField.exempt) {
      // The nested exempt fields are shown against their own boxes.
      const nested = problemsAsErrors([...(paragraph === null || !EXEMPT_PARAGRAPHS.includes(paragraph as never) ? ['exemptParagraph missing'] : []), ...(reason ? [] : ['exemptReason missing'])], {
        exemptParagraph: { label: '', message: ITEM_FIELDS.exemptParagraph!.message },
        exemptReason: { label: '', message: ITEM_FIELDS.exemptReason!.message },
      });
      const { exempt: _, ...rest } = errors.byField;
      errors = { list: [...errors.list.filter((e) => e.href !== '#exemptParagraph'), ...nested.list], byField: { ...rest, ...nested.byField } };
    }
    await this.show(request, response, acting, id, { name: 'item', errors, values: { title, exemptParagraph: paragraph, exemptReason: reason } }, 400);
  }

  @Post(':id/agenda-items/:itemId/move')
  @Roles('coordinator')
  async move(@Res() response: Response, @Acting() acting: CouncilContext, @Param('id') id: string, @Param('itemId') itemId: string, @Body() body: Record<string, unknown>): Promise<void> {
    const { agenda } = await this.meetings.get(acting.councilId, id);
    const own = agenda.filter((e) => e.item && !e.standardKind);
    const section = (exempt: boolean) => own.filter((e) => e.exempt === exempt).map((e) => e.item!.id);
    const moving = own.find((e) => e.item!.id === itemId);
    if (moving) {
      const direction = body.direction === 'up' ? 'up' : 'down';
      const order = moving.exempt ? [...section(false), ...movedOneStep(section(true), itemId, direction)] : [...movedOneStep(section(false), itemId, direction), ...section(true)];
      await this.meetings.reorderAgenda(acting, id, order);
    }
    response.redirect(303, `/meetings/${id}#item-${itemId}`);
  }

  @Post(':id/agenda-items/:itemId/withdraw')
  @Roles('coordinator')
  async withdrawItem(@Res() response: Response, @Acting() acting: CouncilContext, @Param('id') id: string, @Param('itemId') itemId: string): Promise<void> {
    await this.meetings.withdrawAgendaItem(acting, id, itemId);
    response.redirect(303, `/meetings/${id}?done=withdrawn#agenda`);
  }

  @Post(':id/publish')
  @Roles('coordinator')
  async publish(@Res() response: Response, @Acting() acting: CouncilContext, @Param('id') id: string): Promise<void> {
    await this.meetings.publishAgenda(acting, id);
    response.redirect(303, `/meetings/${id}?done=published`);
  }

  @Post(':id/cancel')
  @Roles('coordinator')
  async cancel(@Req() request: Request, @Res() response: Response, @Acting() acting: CouncilContext, @Param('id') id: string, @Body() body: Record<string, unknown>): Promise<void> {
    const reason = typeof body.reason === 'string' ? body.reason.trim() : '';
    const checked = await checkForm(CancelMeetingDto, { reason }, { reason: { label: 'Reason', message: 'Enter why the meeting is cancelled, in 5,000 characters or fewer', anchor: 'cancel-reason' } });
    if (checked.errors) return this.show(request, response, acting, id, { name: 'cancel', errors: checked.errors, values: { reason } }, 400);
    await this.meetings.cancel(acting, id, checked.value.reason);
    response.redirect(303, `/meetings/${id}?done=cancelled`);
  }

  private async show(request: Request, response: Response, acting: CouncilContext, id: string, form: PageForm | null, status = 200): Promise<void> {
    const { meeting, agenda } = await this.meetings.get(acting.councilId, id);
    const day = dateIn(meeting.startsAt, acting.timeZone);
    const [deadlines, notice] = await Promise.all([this.calendar.meetingDeadlines(acting.councilId, day), this.meetings.regulation9Notice(acting.councilId, day)]);
    const when = (d: { date: string }) => ({ date: d.date, in: countdown(acting.today, d.date) });
    const own = agenda.filter((e) => e.item && !e.standardKind);
    this.pages.send(
      request,
      response,
      'meetings/pages/meeting.njk',
      {
        title: `Meeting on ${dateInWords(day)}`,
        area: 'meetings',
        meeting,
        held: day < acting.today,
        deadlines: { agendaPublication: when(deadlines.agendaPublication), reportDeadline: when(deadlines.reportDeadline), attendanceRequest: when(deadlines.attendanceRequest) },
        agenda: agenda.map((e) => ({
          number: e.number,
          id: e.item?.id ?? null,
          title: e.standardKind === 'regulation_9_notice' && notice ? notice.title : e.title,
          exempt: e.exempt,
          paragraph: e.item?.exemptParagraph ?? null,
          resolution: e.resolution,
          standard: e.standardKind !== null,
          canMoveUp: e.item && !e.standardKind ? own.filter((o) => o.exempt === e.exempt)[0]?.item!.id !== e.item.id : false,
          canMoveDown: e.item && !e.standardKind ? own.filter((o) => o.exempt === e.exempt).at(-1)?.item!.id !== e.item.id : false,
        })),
        paragraphItems: [{ value: '', text: 'Not exempt: taken in public' }, ...EXEMPT_PARAGRAPHS.map((p) => ({ value: String(p), text: `Paragraph ${p}`, selected: form?.values.exemptParagraph === p }))],
        done: request.query.done,
        form,
        errors: form?.errors.list ?? [],
        fieldErrors: form?.errors.byField ?? {},
        timeZone: acting.timeZone,
      },
      status,
    );
  }
}
