import { Body, Controller, Get, Param, Post, Req, Res, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { problemForPage, UPLOAD_LIMITS } from '../common/documents/published-document.http.js';
import type { Request, Response } from 'express';
import { Acting, Pages, Roles } from '../common/auth/access.decorators.js';
import type { CouncilContext } from '../common/auth/council-context.js';
import { ConflictError, InvalidInputError, ServiceUnavailableError } from '../common/errors/domain-errors.js';
import { dateIn, startOfDay } from '../common/time/dates.js';
import { checkForm, dateFromParts, type FormErrors, type FormField, noErrors, problemsAsErrors, formState, type ShownForm } from '../common/web/forms.js';
import { PageRenderer } from '../common/web/page-renderer.js';
import { instantInWords } from '../common/web/words.js';
import { MeetingsService } from '../meetings/meetings.service.js';
import { CreateNoticeDto, GeneralExceptionDto, KeyDecisionDto, ScrutiniseDto, SpecialUrgencyDto } from './forward-plan.dto.js';
import { ForwardPlanService } from './forward-plan.service.js';
import { UrgencyService } from './urgency.service.js';


/** How many decisions the new-notice form offers (blank ones are left out): more are added by superseding the notice. */
const DECISION_BLOCKS = 3;

const NOTICE_FIELDS: Record<string, FormField> = {
  periodStart: { label: 'Period from', message: 'Enter the first day of the period as a real date, like 15 6 2017', anchor: 'periodStart-day' },
  periodEnd: { label: 'Period to', message: 'Enter the last day of the period as a real date, like 31 10 2017', anchor: 'periodEnd-day' },
  publishedOn: { label: 'Published', message: 'Enter the day it was published as a real date, or leave it empty for a draft', anchor: 'publishedOn-day' },
  decisions: { label: 'Decisions', message: 'Enter at least one key decision', anchor: 'd0-title' },
};
const decisionFields = (n: number): Record<string, FormField> => ({
  title: { label: 'Decision', message: `Decision ${n + 1}: enter what is to be decided`, anchor: `d${n}-title` },
  decisionMaker: { label: 'Decision maker', message: `Decision ${n + 1}: enter who takes the decision`, anchor: `d${n}-maker` },
  decisionDueOn: { label: 'Date', message: `Decision ${n + 1}: enter the date of the decision as a real date`, anchor: `d${n}-dueOn-day` },
  exemptParagraph: { label: 'Exempt', anchor: `d${n}-exemptParagraph` },
  exception: { label: 'Exception', message: `Decision ${n + 1}: select whether it is given 28 clear days' notice`, anchor: `d${n}-exception` },
});

const text = (body: Record<string, unknown>, name: string): string | undefined => (typeof body[name] === 'string' && (body[name] as string).trim() ? (body[name] as string).trim() : undefined);

/** The forward plan: Regulation 9 notices of key decisions, each decision's compliance explained, and what the co-ordinator does about a late one. */
@Pages()
@Controller('forward-plan')
export class ForwardPlanPagesController {
  constructor(
    private readonly forwardPlan: ForwardPlanService,
    private readonly urgency: UrgencyService,
    private readonly meetings: MeetingsService,
    private readonly pages: PageRenderer,
  ) {}

  @Get()
  @Roles('coordinator')
  async list(@Req() request: Request, @Res() response: Response, @Acting() acting: CouncilContext): Promise<void> {
    const notices = await this.forwardPlan.list(acting.councilId);
    this.pages.send(request, response, 'forward-plan/pages/list.njk', { title: 'Forward plan', area: 'forward-plan', notices: this.listed(notices) });
  }

  private listed(notices: Awaited<ReturnType<ForwardPlanService['list']>>) {
    return notices.map(({ notice, decisions }) => ({ ...notice, decisions: decisions.length, late: decisions.filter((d) => d.compliance.verdict === 'late').length }));
  }

  /** The forward plan as the council published it (PDF, Word, saved web page or text) into a draft notice, shown with what to check. */
  @Post('import')
  @Roles('coordinator')
  @UseInterceptors(FileInterceptor('file', UPLOAD_LIMITS))
  async import(
    @Req() request: Request,
    @Res() response: Response,
    @Acting() acting: CouncilContext,
    @UploadedFile() file: { buffer: Buffer; mimetype: string; originalname: string } | undefined,
  ): Promise<void> {
    let problem = 'Choose the file of the forward plan';
    if (file && file.buffer.length) {
      try {
        const { notice, warnings } = await this.forwardPlan.importNotice(acting, new Uint8Array(file.buffer), file.mimetype);
        return this.showNotice(request, response, acting, notice.id, null, 200, warnings);
      } catch (error) {
        if (!(error instanceof InvalidInputError)) throw error;
        problem = problemForPage(error.problems);
      }
    }
    const notices = await this.forwardPlan.list(acting.councilId);
    this.pages.send(
      request,
      response,
      'forward-plan/pages/list.njk',
      { title: 'Forward plan', area: 'forward-plan', notices: this.listed(notices), ...formState({ name: 'import', typed: {}, errors: { list: [{ text: problem, href: '#file' }], byField: { file: { text: problem } } } }) },
      400,
    );
  }

  @Get('new')
  @Roles('coordinator')
  async newNotice(@Req() request: Request, @Res() response: Response): Promise<void> {
    this.showNew(request, response, null);
  }

  @Post('new')
  @Roles('coordinator')
  async create(@Req() request: Request, @Res() response: Response, @Acting() acting: CouncilContext, @Body() body: Record<string, unknown>): Promise<void> {
    const errors = noErrors();
    const decisions: KeyDecisionDto[] = [];
    for (let n = 0; n < DECISION_BLOCKS; n++) {
      const title = text(body, `d${n}-title`);
      const maker = text(body, `d${n}-maker`);
      const dueOn = dateFromParts(body, `d${n}-dueOn`);
      if (!title && !maker && !dueOn) continue;
      const exempt = text(body, `d${n}-exemptParagraph`);
      // A decision listed for information needs no exception: whatever the exception's radios say is not asked of it.
      const key = body[`d${n}-key`] !== 'no';
      const checked = await checkForm(KeyDecisionDto, { key, title: title ?? '', decisionMaker: { kind: body[`d${n}-makerKind`] === 'body' ? 'body' : 'person', name: maker ?? '' }, decisionDueOn: dueOn ?? '', exemptParagraph: exempt ? Number(exempt) : undefined, exception: key ? (text(body, `d${n}-exception`) ?? 'none') : 'none' }, decisionFields(n));
      if (checked.errors) {
        errors.list.push(...checked.errors.list);
        for (const [field, message] of Object.entries(checked.errors.byField)) errors.byField[`d${n}-${field}`] = message;
      } else decisions.push(checked.value);
    }
    const notice = { periodStart: dateFromParts(body, 'periodStart') ?? '', periodEnd: dateFromParts(body, 'periodEnd') ?? '', publishedOn: dateFromParts(body, 'publishedOn'), decisions };
    const checked = await checkForm(CreateNoticeDto, notice, NOTICE_FIELDS);
    if (checked.errors) {
      errors.list.unshift(...checked.errors.list);
      Object.assign(errors.byField, checked.errors.byField);
    }
    if (!errors.list.length && decisions.length === 0) errors.list.push({ text: NOTICE_FIELDS.decisions!.message!, href: '#d0-title' });
    if (!errors.list.length) {
      try {
        const created = await this.forwardPlan.create(acting, checked.value!);
        return response.redirect(303, `/forward-plan/${created.id}?done=created`);
      } catch (error) {
        if (!(error instanceof InvalidInputError) && !(error instanceof ConflictError)) throw error;
        const found = error instanceof InvalidInputError ? problemsAsErrors(error.problems, NOTICE_FIELDS) : { list: [{ text: error.message, href: '#periodStart-day' }], byField: {} };
        errors.list.push(...found.list);
        Object.assign(errors.byField, found.byField);
      }
    }
    this.showNew(request, response, { name: 'notice', errors, typed: body }, 400);
  }

  @Get(':id')
  @Roles('coordinator')
  async notice(@Req() request: Request, @Res() response: Response, @Acting() acting: CouncilContext, @Param('id') id: string): Promise<void> {
    await this.showNotice(request, response, acting, id, null);
  }

  @Post(':id/publish')
  @Roles('coordinator')
  async publish(@Req() request: Request, @Res() response: Response, @Acting() acting: CouncilContext, @Param('id') id: string, @Body() body: Record<string, unknown>): Promise<void> {
    const publishedOn = dateFromParts(body, 'publishedOn') ?? acting.today;
    try {
      await this.forwardPlan.publish(acting, id, publishedOn);
    } catch (error) {
      if (!(error instanceof InvalidInputError) && !(error instanceof ConflictError)) throw error;
      const message = error instanceof InvalidInputError ? error.problems.join('; ') : error.message;
      return this.showNotice(request, response, acting, id, { name: 'publish', errors: { list: [{ text: message, href: '#publishedOn-day' }], byField: { publishedOn: { text: message } } }, typed: body }, 400);
    }
    response.redirect(303, `/forward-plan/${id}?done=published`);
  }

  @Post(':id/decisions/:decisionId/:action')
  @Roles('coordinator')
  async act(
    @Req() request: Request,
    @Res() response: Response,
    @Acting() acting: CouncilContext,
    @Param('id') id: string,
    @Param('decisionId') decisionId: string,
    @Param('action') action: string,
    @Body() body: Record<string, unknown>,
  ): Promise<void> {
    const name = `${action}-${decisionId}`;
    const fields: Record<string, FormField> = {
      reasons: { label: 'Reasons', message: 'Enter why the decision cannot wait, in 5,000 characters or fewer', anchor: `${name}-reasons` },
      meetingId: { label: 'Meeting', message: 'Select the meeting that will scrutinise it', anchor: `${name}-meetingId` },
    };
    let checked: { errors: FormErrors | null; run: () => Promise<unknown> };
    if (action === 'general-exception') {
      const c = await checkForm(GeneralExceptionDto, { reasons: text(body, 'reasons') ?? '' }, fields);
      checked = { errors: c.errors, run: () => this.forwardPlan.giveGeneralException(acting, id, decisionId, c.value!.reasons) };
    } else if (action === 'special-urgency') {
      const c = await checkForm(SpecialUrgencyDto, { reasons: text(body, 'reasons') ?? '' }, fields);
      checked = { errors: c.errors, run: () => this.urgency.request(acting, id, decisionId, { reasons: c.value!.reasons, fallback: [] }) };
    } else if (action === 'scrutinise') {
      const c = await checkForm(ScrutiniseDto, { meetingId: text(body, 'meetingId') ?? '' }, fields);
      checked = { errors: c.errors, run: () => this.forwardPlan.scrutinise(acting, id, decisionId, c.value!.meetingId) };
    } else {
      return this.showNotice(request, response, acting, id, null, 404);
    }
    let errors = checked.errors;
    if (!errors) {
      try {
        await checked.run();
        return response.redirect(303, `/forward-plan/${id}?done=${action}#decision-${decisionId}`);
      } catch (error) {
        if (error instanceof InvalidInputError) errors = problemsAsErrors(error.problems, fields);
        else if (error instanceof ConflictError || error instanceof ServiceUnavailableError) errors = { list: [{ text: error.message, href: `#decision-${decisionId}` }], byField: {} };
        else throw error;
      }
    }
    await this.showNotice(request, response, acting, id, { name, errors, typed: body }, 400);
  }

  private showNew(request: Request, response: Response, form: ShownForm | null, status = 200): void {
    this.pages.send(
      request,
      response,
      'forward-plan/pages/new.njk',
      {
        title: 'New notice of key decisions',
        area: 'forward-plan',
        blocks: [...Array(DECISION_BLOCKS).keys()],
        typed: form?.typed ?? {},
        errors: form?.errors.list ?? [],
        fieldErrors: form?.errors.byField ?? {},
      },
      status,
    );
  }

  private async showNotice(request: Request, response: Response, acting: CouncilContext, id: string, form: ShownForm | null, status = 200, imported: string[] | null = null): Promise<void> {
    const { notice, decisions } = await this.forwardPlan.get(acting.councilId, id);
    const meetings = (await this.meetings.meetingsFrom(acting.councilId, startOfDay(acting.today, acting.timeZone))).filter((m) => !m.cancelledAt);
    this.pages.send(
      request,
      response,
      'forward-plan/pages/notice.njk',
      {
        title: `Notice of key decisions`,
        area: 'forward-plan',
        notice,
        decisions: decisions.map((d) => ({
          ...d,
          meetingItems: [
            { value: '', text: 'Select a meeting before the decision' },
            ...meetings.filter((m) => dateIn(m.startsAt, acting.timeZone) < d.decisionDueOn).map((m) => ({ value: m.id, text: instantInWords(m.startsAt, acting.timeZone) })),
          ],
        })),
        done: imported ? 'imported' : request.query.done,
        imported,
        ...formState(form),
        timeZone: acting.timeZone,
      },
      status,
    );
  }
}
