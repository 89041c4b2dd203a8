import { Body, Controller, Get, Param, Post, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { AuthoritiesService } from '../authorities/authorities.service.js';
import { Acting, Pages, Roles } from '../common/auth/access.decorators.js';
import type { CouncilContext } from '../common/auth/council-context.js';
import { dateIn } from '../common/time/dates.js';
import { checkForm, type FormErrors, type FormField, submitForm } from '../common/web/forms.js';
import { PageRenderer } from '../common/web/page-renderer.js';
import { instantInWords } from '../common/web/words.js';
import { CommitteesService } from '../councils/committees.service.js';
import { CouncilsService } from '../councils/councils.service.js';
import { MeetingsService } from '../meetings/meetings.service.js';
import { CallForActionDecisionDto, CallForActionReportDto, ChairViewDto, ScheduleDrawDownDto, SubmitDrawDownDto } from './draw-down.dto.js';
import { DRAW_DOWN_STATUSES, type DrawDownStatus } from './draw-down.rules.js';
import { DrawDownsService } from './draw-downs.service.js';

/** Each status as the list and the request's page show it. */
export const DRAW_DOWN_TAGS: Record<DrawDownStatus, { text: string; colour: string }> = {
  submitted: { text: 'Waiting for the approvers', colour: 'yellow' },
  approved: { text: 'Agreed: to schedule', colour: 'blue' },
  refused: { text: 'Refused', colour: 'red' },
  withdrawn: { text: 'Withdrawn', colour: 'grey' },
  scheduled: { text: 'Scheduled', colour: 'green' },
  considered: { text: 'Considered', colour: 'grey' },
};

const SCHEDULE: Record<string, FormField> = {
  meetingId: { label: 'Meeting', message: 'Select the meeting that will consider it', anchor: 'meetingId' },
  reportFromAuthorityId: { label: 'Report from', message: 'Select who is asked for the report', anchor: 'reportFromAuthorityId' },
};
const CHAIR: Record<string, FormField> = { view: { label: "The chair's view", message: "Enter the chair's view, in 5,000 characters or fewer", anchor: 'view' } };
const CALL_DECISION: Record<string, FormField> = {
  report: { label: 'Decision', message: 'Select whether the committee will report on the matter', anchor: 'report' },
  reasons: { label: 'Reasons', message: 'Enter the reasons, in 5,000 characters or fewer', anchor: 'reasons' },
};
const CALL_REPORT: Record<string, FormField> = { report: { label: 'Report', message: "Enter the committee's report or recommendations", anchor: 'call-report' } };

const ASK: Record<string, FormField> = {
  committeeId: { label: 'Committee', message: 'The committee is not set up yet: ask its co-ordinator', anchor: 'topic' },
  topic: { label: 'Topic', message: 'Enter the topic, in 300 characters or fewer', anchor: 'topic' },
  concern: { label: 'Concern', message: 'Enter what concerns you and why the committee should look at it', anchor: 'concern' },
  desiredOutcome: { label: 'Outcome', message: 'Enter the outcome you hope for in 5,000 characters or fewer, or leave it empty', anchor: 'desiredOutcome' },
  suggestedAuthorityId: { label: 'Who could report', message: 'Select who could report, or none', anchor: 'suggestedAuthorityId' },
  suggestedOfficer: { label: 'Officer', message: 'Enter the officer in 200 characters or fewer, or leave it empty', anchor: 'suggestedOfficer' },
  urgency: { label: 'Urgency', message: 'Select whether the request is urgent', anchor: 'urgency' },
  callForAction: { label: 'Call for action', anchor: 'callForAction' },
  ward: { label: 'Ward', message: 'Enter the ward or area it affects, in 200 characters or fewer', anchor: 'ward' },
};

/** A work plan item's status in the words a member reads. */
const STATUS_WORDS: Record<string, string> = { proposed: 'proposed', agreed: 'agreed', scheduled: 'scheduled', deferred: 'deferred', considered: 'already considered' };

type Shown = { form: 'schedule' | 'chair' | 'call-decision' | 'call-report'; errors: FormErrors; typed: Record<string, unknown> };

/**
 * Members' draw-down requests: a member asks for a topic and follows it; the co-ordinator sees every
 * request with what it waits for, records the chair's view, schedules it and decides a call for action.
 */
@Pages()
@Controller('draw-downs')
export class DrawDownPagesController {
  constructor(
    private readonly drawDowns: DrawDownsService,
    private readonly councils: CouncilsService,
    private readonly committees: CommitteesService,
    private readonly meetings: MeetingsService,
    private readonly authorities: AuthoritiesService,
    private readonly pages: PageRenderer,
  ) {}

  /** The co-ordinator's list of every request; a member's list of their own. */
  @Get()
  @Roles('coordinator', 'member')
  async list(@Req() request: Request, @Res() response: Response, @Acting() acting: CouncilContext, @Query('status') status?: string): Promise<void> {
    const shown = DRAW_DOWN_STATUSES.find((s) => s === status);
    const page = await this.drawDowns.list(acting, { status: shown, limit: 500, offset: 0 });
    if (acting.user?.role === 'member') {
      return this.pages.send(request, response, 'draw-downs/pages/mine.njk', {
        title: 'Your draw-down requests',
        area: 'requests',
        requests: page.items.map(({ request: r }) => ({ ...r, tag: DRAW_DOWN_TAGS[r.status] })),
        timeZone: acting.timeZone,
      });
    }
    const members = new Map((await this.councils.usersOf(acting.councilId, [...new Set(page.items.map(({ request: r }) => r.memberId))])).map((u) => [u.id, u.name]));
    this.pages.send(request, response, 'draw-downs/pages/list.njk', {
      title: 'Draw-down requests',
      area: null,
      shown: shown ?? null,
      filters: [{ value: null, text: 'All' }, ...DRAW_DOWN_STATUSES.map((s) => ({ value: s, text: DRAW_DOWN_TAGS[s].text }))],
      requests: page.items.map(({ request: r }) => ({ ...r, member: members.get(r.memberId) ?? 'A member', tag: DRAW_DOWN_TAGS[r.status] })),
      timeZone: acting.timeZone,
    });
  }

  @Get('new')
  @Roles('member')
  async askForm(@Req() request: Request, @Res() response: Response, @Acting() acting: CouncilContext): Promise<void> {
    await this.renderAsk(request, response, acting, {}, null);
  }

  /**
   * The member's request, checked against the DTO, then shown back with the topics close to it already
   * planned or asked for; it is sent only when the member confirms it on that page.
   */
  @Post('new')
  @Roles('member')
  async ask(@Req() request: Request, @Res() response: Response, @Acting() acting: CouncilContext, @Body() body: Record<string, unknown>): Promise<void> {
    const committee = await this.committees.scrutinyCommittee(acting.councilId);
    const text = (name: string) => (typeof body[name] === 'string' && (body[name] as string).trim() !== '' ? (body[name] as string).replace(/\r\n?/g, '\n').trim() : undefined);
    const typed = {
      topic: text('topic'),
      concern: text('concern'),
      desiredOutcome: text('desiredOutcome'),
      suggestedAuthorityId: text('suggestedAuthorityId'),
      suggestedOfficer: text('suggestedOfficer'),
      urgency: text('urgency') ?? 'normal',
      callForAction: body.callForAction === 'yes',
      ward: body.callForAction === 'yes' ? text('ward') : undefined,
    };
    if (body.change === 'yes') return this.renderAsk(request, response, acting, typed, null);
    const input = { committeeId: committee?.id ?? '', ...typed };
    const checked = await checkForm(SubmitDrawDownDto, input, ASK);
    if (checked.errors) return this.renderAsk(request, response, acting, typed, checked.errors, 400);
    if (body.confirmed !== 'yes') {
      const similar = await this.drawDowns.similarTo(acting, input.committeeId, checked.value.topic);
      const authorities = await this.authorities.authoritiesOf(acting.councilId);
      return this.pages.send(request, response, 'draw-downs/pages/check.njk', {
        title: 'Check your request',
        area: 'ask',
        typed,
        suggestedAuthority: authorities.find((a) => a.id === typed.suggestedAuthorityId)?.name ?? null,
        similar: similar.map((x) => ({ ...x, status: x.kind === 'draw_down' ? DRAW_DOWN_TAGS[x.status as DrawDownStatus]?.text ?? x.status : `on the work plan, ${STATUS_WORDS[x.status] ?? x.status}` })),
      });
    }
    const { done, errors } = await submitForm(SubmitDrawDownDto, input, ASK, (value) => this.drawDowns.submit(acting, value));
    if (errors) return this.renderAsk(request, response, acting, typed, errors, 400);
    response.redirect(303, `/draw-downs/${done.request.id}?done=sent`);
  }

  /** The chair's page for a request the committee consults them on: the member's case, and their view. */
  @Get(':id/chair')
  @Roles('member')
  async chairPage(@Req() request: Request, @Res() response: Response, @Acting() acting: CouncilContext, @Param('id') id: string): Promise<void> {
    await this.renderChair(request, response, acting, id, null);
  }

  @Post(':id/chair')
  @Roles('member')
  async chairGives(@Req() request: Request, @Res() response: Response, @Acting() acting: CouncilContext, @Param('id') id: string, @Body() body: Record<string, unknown>): Promise<void> {
    await this.drawDowns.forChair(acting, id);
    const view = typeof body.view === 'string' ? body.view.trim() : body.view;
    const { errors } = await submitForm(ChairViewDto, { view }, CHAIR, (value) => this.drawDowns.chairView(acting, id, value.view));
    if (!errors) return response.redirect(303, `/draw-downs/${id}/chair?done=given`);
    await this.renderChair(request, response, acting, id, { form: 'chair', errors, typed: body }, 400);
  }

  @Post(':id/withdraw')
  @Roles('member')
  async withdraw(@Res() response: Response, @Acting() acting: CouncilContext, @Param('id') id: string): Promise<void> {
    await this.drawDowns.withdraw(acting, id);
    response.redirect(303, `/draw-downs/${id}?done=withdrawn`);
  }

  @Get(':id')
  @Roles('coordinator', 'member')
  async show(@Req() request: Request, @Res() response: Response, @Acting() acting: CouncilContext, @Param('id') id: string): Promise<void> {
    await this.render(request, response, acting, id, null);
  }

  @Post(':id/schedule')
  @Roles('coordinator')
  async schedule(@Req() request: Request, @Res() response: Response, @Acting() acting: CouncilContext, @Param('id') id: string, @Body() body: Record<string, unknown>): Promise<void> {
    const { errors } = await submitForm(ScheduleDrawDownDto, { meetingId: body.meetingId || undefined, reportFromAuthorityId: body.reportFromAuthorityId || undefined }, SCHEDULE, (value) => this.drawDowns.schedule(acting, id, value));
    if (!errors) return response.redirect(303, `/draw-downs/${id}?done=scheduled`);
    await this.render(request, response, acting, id, { form: 'schedule', errors, typed: body }, 400);
  }

  @Post(':id/chair-view')
  @Roles('coordinator')
  async chairView(@Req() request: Request, @Res() response: Response, @Acting() acting: CouncilContext, @Param('id') id: string, @Body() body: Record<string, unknown>): Promise<void> {
    const view = typeof body.view === 'string' ? body.view.trim() : body.view;
    const { errors } = await submitForm(ChairViewDto, { view }, CHAIR, (value) => this.drawDowns.chairView(acting, id, value.view));
    if (!errors) return response.redirect(303, `/draw-downs/${id}?done=chair-view`);
    await this.render(request, response, acting, id, { form: 'chair', errors, typed: body }, 400);
  }

  @Post(':id/call-for-action/decision')
  @Roles('coordinator')
  async callForActionDecision(@Req() request: Request, @Res() response: Response, @Acting() acting: CouncilContext, @Param('id') id: string, @Body() body: Record<string, unknown>): Promise<void> {
    const input = { report: body.report === 'yes' ? true : body.report === 'no' ? false : undefined, reasons: typeof body.reasons === 'string' ? body.reasons.trim() : body.reasons };
    const { errors } = await submitForm(CallForActionDecisionDto, input, CALL_DECISION, (value) => this.drawDowns.callForActionDecision(acting, id, value.report, value.reasons));
    if (!errors) return response.redirect(303, `/draw-downs/${id}?done=${input.report ? 'will-report' : 'member-told'}`);
    await this.render(request, response, acting, id, { form: 'call-decision', errors, typed: body }, 400);
  }

  @Post(':id/call-for-action/report')
  @Roles('coordinator')
  async callForActionReport(@Req() request: Request, @Res() response: Response, @Acting() acting: CouncilContext, @Param('id') id: string, @Body() body: Record<string, unknown>): Promise<void> {
    const report = typeof body.report === 'string' ? body.report.trim() : body.report;
    const { errors } = await submitForm(CallForActionReportDto, { report }, CALL_REPORT, (value) => this.drawDowns.callForActionReport(acting, id, value.report));
    if (!errors) return response.redirect(303, `/draw-downs/${id}?done=report-copied`);
    await this.render(request, response, acting, id, { form: 'call-report', errors, typed: body }, 400);
  }

  private async renderChair(request: Request, response: Response, acting: CouncilContext, id: string, shown: Shown | null, status = 200): Promise<void> {
    const { request: r, memberName } = await this.drawDowns.forChair(acting, id);
    const similar = (await this.drawDowns.similarTo(acting, r.committeeId, r.topic)).filter((x) => x.id !== r.id);
    this.pages.send(
      request,
      response,
      'draw-downs/pages/chair.njk',
      {
        title: `Your view as chair: ${r.topic}`,
        area: 'requests',
        r,
        memberName,
        similar,
        typed: shown?.typed ?? {},
        errors: shown?.errors.list ?? [],
        fieldErrors: shown?.errors.byField ?? {},
        done: request.query.done,
        timeZone: acting.timeZone,
      },
      status,
    );
  }

  private async renderAsk(request: Request, response: Response, acting: CouncilContext, typed: Record<string, unknown>, errors: FormErrors | null, status = 200): Promise<void> {
    const authorities = await this.authorities.authoritiesOf(acting.councilId);
    this.pages.send(
      request,
      response,
      'draw-downs/pages/ask.njk',
      {
        title: 'Ask for a topic',
        area: 'ask',
        typed,
        authorityItems: [{ value: '', text: 'No suggestion' }, ...authorities.filter((a) => !a.retiredAt).map((a) => ({ value: a.id, text: a.name, selected: typed.suggestedAuthorityId === a.id }))],
        errors: errors?.list ?? [],
        fieldErrors: errors?.byField ?? {},
      },
      status,
    );
  }

  private async render(request: Request, response: Response, acting: CouncilContext, id: string, shown: Shown | null, status = 200): Promise<void> {
    const { request: r, decisions } = await this.drawDowns.get(acting, id);
    const [history, people, meetings, authorities] = await Promise.all([
      this.drawDowns.history(acting, id),
      this.councils.usersOf(acting.councilId, [r.memberId, ...r.approverIds]),
      this.meetings.meetingsOf(acting.councilId, r.committeeId),
      this.authorities.authoritiesOf(acting.councilId),
    ]);
    const name = (userId: string) => people.find((u) => u.id === userId)?.name ?? 'A former user';
    const typed = (field: string) => (shown ? shown.typed[field] : undefined);
    const upcoming = meetings.filter((m) => !m.cancelledAt && dateIn(m.startsAt, acting.timeZone) >= acting.today);
    const meeting = r.meetingId ? meetings.find((m) => m.id === r.meetingId) : undefined;
    this.pages.send(
      request,
      response,
      acting.user?.role === 'member' ? 'draw-downs/pages/followed.njk' : 'draw-downs/pages/request.njk',
      {
        title: r.topic,
        area: acting.user?.role === 'member' ? 'requests' : null,
        r,
        tag: DRAW_DOWN_TAGS[r.status],
        member: name(r.memberId),
        suggestedAuthority: authorities.find((a) => a.id === r.suggestedAuthorityId)?.name ?? null,
        meeting: meeting ? instantInWords(meeting.startsAt, acting.timeZone) : null,
        approvers: r.approverIds.map((approverId) => {
          const decision = decisions.find((d) => d.approverId === approverId);
          return { name: name(approverId), decision: decision ? { agreed: decision.decision === 'approve', reason: decision.reason, at: decision.decidedAt } : null };
        }),
        history,
        meetingItems: [{ value: '', text: 'Choose a meeting' }, ...upcoming.map((m) => ({ value: m.id, text: instantInWords(m.startsAt, acting.timeZone), selected: typed('meetingId') === m.id }))],
        authorityItems: [
          { value: '', text: 'Choose who reports' },
          ...authorities.filter((a) => !a.retiredAt).map((a) => ({ value: a.id, text: a.name, selected: (typed('reportFromAuthorityId') ?? r.suggestedAuthorityId) === a.id })),
        ],
        shown: shown?.form ?? null,
        typed: shown?.typed ?? {},
        errors: shown?.errors.list ?? [],
        fieldErrors: shown?.errors.byField ?? {},
        done: request.query.done,
        timeZone: acting.timeZone,
      },
      status,
    );
  }
}
