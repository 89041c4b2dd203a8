import { Body, Controller, Get, Param, Post, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Acting, Pages, Roles } from '../common/auth/access.decorators.js';
import type { CouncilContext } from '../common/auth/council-context.js';
import { InvalidInputError } from '../common/errors/domain-errors.js';
import { checkForm, dateFromParts, dateParts, type FormErrors, type FormField, linesOf, listOf, submitForm } from '../common/web/forms.js';
import { PageRenderer } from '../common/web/page-renderer.js';
import { AuthoritiesService } from '../authorities/authorities.service.js';
import { MeetingsService } from '../meetings/meetings.service.js';
import { daysBetween } from '../calendar/calendar.rules.js';
import { dateIn } from '../common/time/dates.js';
import { instantInWords } from '../common/web/words.js';
import { EXEMPT_PARAGRAPHS } from '../exempt-information/exempt.rules.js';
import { ExtensionDecisionDto, IssueToAllDto, LIST_STATUSES, WithdrawDto } from './obligation.dto.js';
import { KIND_LABELS, OBLIGATION_KINDS, POSITION_LABELS, statusTag } from './obligation.rules.js';
import { ObligationsService } from './obligations.service.js';

/** What can be issued from the page to many authorities at once (an undertaking comes from the minutes). */
const ISSUABLE = OBLIGATION_KINDS.filter((k) => k !== 'undertaking');

/** The issue form's fields, named as the committee names them. */
const ISSUE_FIELDS: Record<string, FormField> = {
  kind: { label: 'What is asked', message: 'Select what the authorities are asked for', anchor: 'kind' },
  subject: { label: 'Subject', message: 'Enter the subject, in 300 characters or fewer' },
  details: { label: 'Details', message: 'Enter what the committee asks or recommends' },
  issuedOn: { label: 'Date sent', message: 'Enter the date it is sent as a real date, like 26 7 2017', anchor: 'issuedOn-day' },
  dueOn: { label: 'Due date', anchor: 'dueOn-day' },
  meetingId: { label: 'Meeting', message: 'Select the meeting' },
  recommendations: { label: 'Recommendations', message: 'Enter each recommendation on its own line, 5,000 characters or fewer each' },
  exemptParagraph: { label: 'Exempt information', message: 'Select a paragraph of Schedule 12A, or “Not exempt”' },
  authorityIds: { label: 'Authorities', message: 'Select the authorities to send it to' },
};

/** What the issue form shows in its fields: as typed, so a form with errors keeps what was entered. */
interface IssueFormValues {
  kind?: unknown;
  subject?: unknown;
  details?: unknown;
  issuedOn: { day?: unknown; month?: unknown; year?: unknown };
  dueOn?: { day?: unknown; month?: unknown; year?: unknown };
  meetingId?: unknown;
  recommendations?: unknown;
  exemptParagraph?: number;
  authorityIds: string[];
}

/** The co-ordinator's pages of obligations: the list, issuing to the authorities, and each obligation's thread. */
@Pages()
@Controller('obligations')
export class ObligationPagesController {
  constructor(
    private readonly obligations: ObligationsService,
    private readonly authorities: AuthoritiesService,
    private readonly meetings: MeetingsService,
    private readonly pages: PageRenderer,
  ) {}

  @Get()
  @Roles('coordinator')
  async list(@Req() request: Request, @Res() response: Response, @Acting() acting: CouncilContext, @Query('status') status: unknown): Promise<void> {
    const shown = LIST_STATUSES.includes(status as (typeof LIST_STATUSES)[number]) ? (status as (typeof LIST_STATUSES)[number]) : undefined;
    const [page, authorities] = await Promise.all([this.obligations.list(acting, { status: shown, limit: 500, offset: 0 }), this.authorities.authoritiesOf(acting.councilId)]);
    const name = (id: string) => authorities.find((a) => a.id === id)?.name ?? 'Unknown authority';
    const rows = page.items.map((o) => ({
      id: o.id,
      subject: o.subject,
      authority: name(o.authorityId),
      kind: KIND_LABELS[o.kind],
      dueOn: o.dueOn,
      tag: statusTag(o.status, o.dueOn, acting.today),
      daysOverdue: o.status === 'open' && o.dueOn < acting.today ? daysBetween(o.dueOn, acting.today) : 0,
    }));
    this.pages.send(request, response, 'obligations/pages/list.njk', { title: 'Obligations', area: 'obligations', rows, total: page.total, status: shown ?? 'all', issued: Number(request.query.issued) || 0 });
  }

  @Get('new')
  @Roles('coordinator')
  async issueForm(@Req() request: Request, @Res() response: Response, @Acting() acting: CouncilContext): Promise<void> {
    const authorities = await this.authorities.authoritiesOf(acting.councilId);
    await this.showIssueForm(request, response, acting, { kind: 'recommendation', issuedOn: dateParts(acting.today), authorityIds: authorities.filter((a) => !a.retiredAt).map((a) => a.id) }, null);
  }

  @Post('new')
  @Roles('coordinator')
  async issue(@Req() request: Request, @Res() response: Response, @Acting() acting: CouncilContext, @Body() body: Record<string, unknown>): Promise<void> {
    const exempt = body.exemptParagraph === '' || body.exemptParagraph === undefined ? undefined : Number(body.exemptParagraph);
    const input = {
      kind: body.kind,
      subject: typeof body.subject === 'string' ? body.subject.trim() : body.subject,
      details: typeof body.details === 'string' ? body.details.trim() : body.details,
      issuedOn: dateFromParts(body, 'issuedOn') ?? '',
      dueOn: dateFromParts(body, 'dueOn'),
      meetingId: body.meetingId || undefined,
      recommendations: body.kind === 'recommendation' ? linesOf(body.recommendations) : undefined,
      exemptParagraph: exempt,
      authorityIds: listOf(body.authorityIds),
    };
    const typed: IssueFormValues = {
      ...input,
      issuedOn: { day: body['issuedOn-day'], month: body['issuedOn-month'], year: body['issuedOn-year'] },
      dueOn: { day: body['dueOn-day'], month: body['dueOn-month'], year: body['dueOn-year'] },
      recommendations: body.recommendations,
    };
    const { done, errors } = await submitForm(IssueToAllDto, input, ISSUE_FIELDS, (value) => {
      // What the form must have that the API leaves to its default: the authorities ticked, and the recommendations themselves.
      const missing = [...(input.authorityIds.length ? [] : ['authorityIds none selected']), ...(value.kind === 'recommendation' && !value.recommendations?.length ? ['recommendations none entered'] : [])];
      if (missing.length) throw new InvalidInputError(missing);
      return this.obligations.issueToAll(acting, value);
    });
    if (done) return response.redirect(303, `/obligations?status=open&issued=${done.obligations.length}`);
    await this.showIssueForm(request, response, acting, typed, errors, 400);
  }

  @Get(':id')
  @Roles('coordinator')
  async thread(@Req() request: Request, @Res() response: Response, @Acting() acting: CouncilContext, @Param('id') id: string): Promise<void> {
    await this.showThread(request, response, acting, id, null);
  }

  @Post(':id/withdraw')
  @Roles('coordinator')
  async withdraw(@Req() request: Request, @Res() response: Response, @Acting() acting: CouncilContext, @Param('id') id: string, @Body() body: Record<string, unknown>): Promise<void> {
    const reason = typeof body.reason === 'string' ? body.reason.trim() : '';
    const checked = await checkForm(WithdrawDto, { reason }, { reason: { label: 'Reason', message: 'Enter why the obligation is withdrawn, in 5,000 characters or fewer', anchor: 'withdraw-reason' } });
    if (checked.errors) return this.showThread(request, response, acting, id, { errors: checked.errors, form: 'withdraw', reason }, 400);
    await this.obligations.withdraw(acting, id, checked.value.reason);
    response.redirect(303, `/obligations/${id}?done=withdrawn`);
  }

  @Post(':id/extensions/:extensionId/decision')
  @Roles('coordinator')
  async decide(
    @Req() request: Request,
    @Res() response: Response,
    @Acting() acting: CouncilContext,
    @Param('id') id: string,
    @Param('extensionId') extensionId: string,
    @Body() body: Record<string, unknown>,
  ): Promise<void> {
    const reason = typeof body.reason === 'string' ? body.reason.trim() : '';
    const checked = await checkForm(ExtensionDecisionDto, { decision: body.decision, reason }, {
      decision: { label: 'Decision', message: 'Select whether to grant or refuse more time', anchor: 'decision' },
      reason: { label: 'Reason', message: 'Enter the reason for the decision, in 5,000 characters or fewer', anchor: 'decision-reason' },
    });
    if (checked.errors) return this.showThread(request, response, acting, id, { errors: checked.errors, form: 'decision', reason, decision: body.decision }, 400);
    await this.obligations.decideExtension(acting, id, extensionId, checked.value);
    response.redirect(303, `/obligations/${id}?done=${checked.value.decision === 'grant' ? 'granted' : 'refused'}`);
  }

  private async showIssueForm(request: Request, response: Response, acting: CouncilContext, values: IssueFormValues, errors: FormErrors | null, status = 200): Promise<void> {
    const [authorities, meetings] = await Promise.all([this.authorities.authoritiesOf(acting.councilId), this.meetings.meetingsOf(acting.councilId)]);
    const upcoming = meetings.filter((m) => !m.cancelledAt && dateIn(m.startsAt, acting.timeZone) >= acting.today);
    this.pages.send(
      request,
      response,
      'obligations/pages/issue.njk',
      {
        title: 'Send to the authorities',
        area: 'obligations',
        values,
        errors: errors?.list ?? [],
        fieldErrors: errors?.byField ?? {},
        // The GOV.UK macros take their choices as lists of items.
        kindItems: ISSUABLE.map((k) => ({ value: k, text: KIND_LABELS[k], checked: values.kind === k })),
        authorityItems: authorities.filter((a) => !a.retiredAt).map((a) => ({ value: a.id, text: a.name, checked: values.authorityIds.includes(a.id) })),
        meetingItems: [
          { value: '', text: 'Not for a meeting' },
          ...upcoming.map((m) => ({ value: m.id, text: instantInWords(m.startsAt, acting.timeZone), selected: values.meetingId === m.id })),
        ],
        exemptItems: [
          { value: '', text: 'Not exempt' },
          ...EXEMPT_PARAGRAPHS.map((p) => ({ value: String(p), text: `Exempt: paragraph ${p} of Schedule 12A`, selected: values.exemptParagraph === p })),
        ],
      },
      status,
    );
  }

  private async showThread(
    request: Request,
    response: Response,
    acting: CouncilContext,
    id: string,
    form: { errors: FormErrors; form: 'withdraw' | 'decision'; reason: string; decision?: unknown } | null,
    status = 200,
  ): Promise<void> {
    const { obligation, responses, extensions } = await this.obligations.details(acting, id);
    const [{ authority }, messages] = await Promise.all([this.authorities.get(acting.councilId, obligation.authorityId), this.obligations.messagesOf(acting.councilId, id)]);
    this.pages.send(
      request,
      response,
      'obligations/pages/thread.njk',
      {
        title: obligation.subject,
        area: 'obligations',
        o: obligation,
        authority,
        kind: KIND_LABELS[obligation.kind],
        tag: statusTag(obligation.status, obligation.dueOn, acting.today),
        daysOverdue: obligation.status === 'open' && obligation.dueOn < acting.today ? daysBetween(obligation.dueOn, acting.today) : 0,
        messages,
        responses: responses.map((r) => ({ ...r, positions: (r.positions ?? []).map((p) => ({ ...p, label: POSITION_LABELS[p.position] })) })),
        extensions,
        pending: extensions.find((x) => x.status === 'requested') ?? null,
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
