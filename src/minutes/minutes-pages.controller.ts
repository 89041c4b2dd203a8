import { Body, Controller, Get, Param, ParseIntPipe, Post, Req, Res, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { problemForPage, UPLOAD_LIMITS } from '../common/documents/published-document.http.js';
import type { Request, Response } from 'express';
import { Acting, Pages, Roles } from '../common/auth/access.decorators.js';
import type { CouncilContext } from '../common/auth/council-context.js';
import { ConflictError, InvalidInputError, NotFoundError } from '../common/errors/domain-errors.js';
import { dateIn } from '../common/time/dates.js';
import { dateFromParts, type FormErrors, type FormField, submitForm, formState, type ShownForm } from '../common/web/forms.js';
import { PageRenderer } from '../common/web/page-renderer.js';
import { instantInWords } from '../common/web/words.js';
import { AuthoritiesService } from '../authorities/authorities.service.js';
import { MeetingsService } from '../meetings/meetings.service.js';
import { WorkPlanService } from '../work-plan/work-plan.service.js';
import { MinuteProposalsService } from './minute-proposals.service.js';
import { UndertakingDecisionDto, WorkPlanChangeDecisionDto } from './minutes.dto.js';
import { sourceExcerpt } from './minutes.rules.js';
import { MinutesService } from './minutes.service.js';


const UNDERTAKING_FIELDS: Record<string, FormField> = {
  decision: { label: 'Decision', message: 'Select whether to record the undertaking or dismiss it' },
  authorityId: { label: 'Who gave it', message: 'Select who gave the undertaking' },
  dueOn: { label: 'Due', message: 'Enter by when the response is due, as a real date' },
};
const CHANGE_FIELDS: Record<string, FormField> = {
  decision: { label: 'Decision', message: 'Select whether to make the change or dismiss it' },
  meetingId: { label: 'Meeting' },
  workPlanItemId: { label: 'Work plan item' },
  title: { label: 'Title', message: 'Enter the title in 300 characters or fewer' },
};


/** The minutes of a meeting: imported from the published text, checked beside it, proposals decided, confirmed at a later meeting. */
@Pages()
@Controller('meetings/:meetingId/minutes')
export class MinutesPagesController {
  constructor(
    private readonly minutes: MinutesService,
    private readonly proposals: MinuteProposalsService,
    private readonly meetings: MeetingsService,
    private readonly authorities: AuthoritiesService,
    private readonly workPlan: WorkPlanService,
    private readonly pages: PageRenderer,
  ) {}

  @Get()
  @Roles('coordinator')
  async show(@Req() request: Request, @Res() response: Response, @Acting() acting: CouncilContext, @Param('meetingId') meetingId: string): Promise<void> {
    await this.render(request, response, acting, meetingId, null);
  }

  /** Pasted text, or the file as the council published it: text, a saved web page, a Word document or a PDF. */
  @Post('import')
  @Roles('coordinator')
  @UseInterceptors(FileInterceptor('file', UPLOAD_LIMITS))
  async import(
    @Req() request: Request,
    @Res() response: Response,
    @Acting() acting: CouncilContext,
    @Param('meetingId') meetingId: string,
    @Body() body: Record<string, unknown>,
    @UploadedFile() file: { buffer: Buffer; mimetype: string; originalname: string } | undefined,
  ): Promise<void> {
    const pasted = typeof body.text === 'string' ? body.text : '';
    let problem: string | null = null;
    const document: string | Uint8Array = file && file.buffer.length ? new Uint8Array(file.buffer) : pasted;
    if (typeof document === 'string' && !document.trim()) problem = 'Paste the published minutes, or choose the file of them';
    if (!problem) {
      try {
        await this.minutes.import(acting, meetingId, document, file?.mimetype ?? null);
        return response.redirect(303, `/meetings/${meetingId}/minutes?done=imported`);
      } catch (error) {
        if (error instanceof ConflictError) problem = error.message;
        else if (error instanceof InvalidInputError) problem = problemForPage(error.problems);
        else throw error;
      }
    }
    await this.render(request, response, acting, meetingId, { name: 'import', errors: { list: [{ text: problem, href: '#text' }], byField: { text: { text: problem } } }, typed: { text: pasted } }, 400);
  }

  @Post('confirm')
  @Roles('coordinator')
  async confirm(@Req() request: Request, @Res() response: Response, @Acting() acting: CouncilContext, @Param('meetingId') meetingId: string, @Body() body: Record<string, unknown>): Promise<void> {
    const at = typeof body.confirmedAtMeetingId === 'string' ? body.confirmedAtMeetingId : '';
    let problem = at ? null : 'Select the meeting that confirmed the minutes';
    if (!problem) {
      try {
        await this.minutes.confirm(acting, meetingId, at);
        return response.redirect(303, `/meetings/${meetingId}/minutes?done=confirmed`);
      } catch (error) {
        if (error instanceof ConflictError) problem = error.message;
        else if (error instanceof InvalidInputError) problem = error.problems.join('; ');
        else if (error instanceof NotFoundError) problem = 'Select a meeting of the committee';
        else throw error;
      }
    }
    await this.render(request, response, acting, meetingId, { name: 'confirm', errors: { list: [{ text: problem!, href: '#confirmedAtMeetingId' }], byField: { confirmedAtMeetingId: { text: problem! } } }, typed: body }, 400);
  }

  @Post('items/:itemId/undertakings/:index')
  @Roles('coordinator')
  async undertaking(
    @Req() request: Request,
    @Res() response: Response,
    @Acting() acting: CouncilContext,
    @Param('meetingId') meetingId: string,
    @Param('itemId') itemId: string,
    @Param('index', ParseIntPipe) index: number,
    @Body() body: Record<string, unknown>,
  ): Promise<void> {
    const prefix = `u-${itemId}-${index}`;
    const fields = Object.fromEntries(Object.entries(UNDERTAKING_FIELDS).map(([k, f]) => [k, { ...f, anchor: k === 'dueOn' ? `${prefix}-dueOn-day` : `${prefix}-${k}` }]));
    const input = { decision: body.decision, ...(body.decision === 'confirm' ? { authorityId: body.authorityId || undefined, dueOn: dateFromParts(body, 'dueOn') } : {}) };
    const errors = await this.attempt(UndertakingDecisionDto, input, fields, (value) => this.proposals.decideUndertaking(acting, itemId, index, value));
    if (!errors) return response.redirect(303, `/meetings/${meetingId}/minutes?done=decided#item-${itemId}`);
    await this.render(request, response, acting, meetingId, { name: prefix, errors, typed: body }, 400);
  }

  @Post('items/:itemId/work-plan-changes/:index')
  @Roles('coordinator')
  async workPlanChange(
    @Req() request: Request,
    @Res() response: Response,
    @Acting() acting: CouncilContext,
    @Param('meetingId') meetingId: string,
    @Param('itemId') itemId: string,
    @Param('index', ParseIntPipe) index: number,
    @Body() body: Record<string, unknown>,
  ): Promise<void> {
    const prefix = `c-${itemId}-${index}`;
    const fields = Object.fromEntries(Object.entries(CHANGE_FIELDS).map(([k, f]) => [k, { ...f, anchor: `${prefix}-${k}` }]));
    const text = (name: string) => (typeof body[name] === 'string' && (body[name] as string).trim() ? (body[name] as string).trim() : undefined);
    const input = { decision: body.decision, ...(body.decision === 'confirm' ? { meetingId: text('meetingId'), workPlanItemId: text('workPlanItemId'), title: text('title') } : {}) };
    const errors = await this.attempt(WorkPlanChangeDecisionDto, input, fields, (value) => this.proposals.decideWorkPlanChange(acting, itemId, index, value));
    if (!errors) return response.redirect(303, `/meetings/${meetingId}/minutes?done=decided#item-${itemId}`);
    await this.render(request, response, acting, meetingId, { name: prefix, errors, typed: body }, 400);
  }

  private async attempt<T extends object>(dto: new () => T, input: object, fields: Record<string, FormField>, change: (value: T) => Promise<unknown>): Promise<FormErrors | null> {
    return (await submitForm(dto, input, fields, change)).errors;
  }

  private async render(request: Request, response: Response, acting: CouncilContext, meetingId: string, form: ShownForm | null, status = 200): Promise<void> {
    const meeting = await this.meetings.meeting(acting.councilId, meetingId);
    const record = await this.minutes.get(acting.councilId, meetingId).catch((error) => {
      if (error instanceof NotFoundError) return null;
      throw error;
    });
    const [committeeMeetings, authorities, planItems] = await Promise.all([
      this.meetings.meetingsOf(acting.councilId, meeting.committeeId),
      this.authorities.authoritiesOf(acting.councilId),
      this.workPlan.itemsOf(acting.councilId, meeting.committeeId, ['proposed', 'agreed', 'scheduled', 'deferred']),
    ]);
    const later = committeeMeetings.filter((m) => m.startsAt > meeting.startsAt && !m.cancelledAt);
    const upcoming = committeeMeetings.filter((m) => dateIn(m.startsAt, acting.timeZone) >= acting.today && !m.cancelledAt);
    const source = record?.minutes.sourceText ?? null;
    this.pages.send(
      request,
      response,
      'minutes/pages/minutes.njk',
      {
        title: `Minutes of ${instantInWords(meeting.startsAt, acting.timeZone)}`,
        area: 'meetings',
        meeting,
        held: dateIn(meeting.startsAt, acting.timeZone) <= acting.today,
        record: record && {
          ...record.minutes,
          items: record.items.map((item) => ({ ...item, source: sourceExcerpt(source, item.sourceLines) })),
        },
        warnings: (record?.minutes.warnings ?? []).map((w) => ({ ...w, source: sourceExcerpt(source, w.lines) })),
        laterItems: [{ value: '', text: 'Select the meeting' }, ...later.map((m) => ({ value: m.id, text: instantInWords(m.startsAt, acting.timeZone), selected: form?.typed.confirmedAtMeetingId === m.id }))],
        authorityItems: [{ value: '', text: 'Select who gave it' }, ...authorities.map((a) => ({ value: a.id, text: a.name }))],
        meetingItems: [{ value: '', text: 'No meeting' }, ...upcoming.map((m) => ({ value: m.id, text: instantInWords(m.startsAt, acting.timeZone) }))],
        planItems: [{ value: '', text: 'Not an item already planned' }, ...planItems.map((i) => ({ value: i.id, text: i.title }))],
        done: request.query.done,
        ...formState(form),
        timeZone: acting.timeZone,
      },
      status,
    );
  }
}
