import { singleQueryValue } from '../common/http/input.rules.js';
import { Body, Controller, Get, Param, Post, Query, Req, Res, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { problemForPage, UPLOAD_LIMITS } from '../common/documents/published-document.http.js';
import { InvalidInputError, ConflictError } from '../common/errors/domain-errors.js';
import type { Request, Response } from 'express';
import { Acting, Pages, Roles } from '../common/auth/access.decorators.js';
import type { CouncilContext } from '../common/auth/council-context.js';
import { dateIn, startOfDay } from '../common/time/dates.js';
import { type FormErrors, type FormField, submitForm, formState, type ShownForm } from '../common/web/forms.js';
import { PageRenderer } from '../common/web/page-renderer.js';
import { dateInWords, instantInWords } from '../common/web/words.js';
import { CommitteesService } from '../councils/committees.service.js';
import { MunicipalYearsService } from '../councils/municipal-years.service.js';
import { EXEMPT_PARAGRAPHS } from '../exempt-information/exempt.rules.js';
import { MeetingsService } from '../meetings/meetings.service.js';
import { CancelItemDto, ChangeItemDto, CreateVersionDto, CreateWorkPlanItemDto, MoveItemDto } from './work-plan.dto.js';
import { BASES, CATEGORIES, CATEGORY_LABELS, STATUS_TAGS, amendmentInWords } from './work-plan.rules.js';
import { WorkPlanService, type WorkPlanProposal } from './work-plan.service.js';
import { yearShownFirst } from '../councils/municipal-year.rules.js';

const ITEM_FIELDS: Record<string, FormField> = {
  title: { label: 'Title', message: 'Enter the title of the item, in 300 characters or fewer', anchor: 'item-title' },
  description: { label: 'Description', anchor: 'item-description' },
  basis: { label: 'Basis', message: 'Select whether the item is statutory or discretionary', anchor: 'basis' },
  category: { label: 'Kind', message: 'Select what kind of item it is', anchor: 'item-category' },
  meetingId: { label: 'Meeting', anchor: 'item-meetingId' },
  season: { label: 'Season', message: 'Choose a meeting, or enter a season like Summer 2018 (July)', anchor: 'item-season' },
  exemptParagraph: { label: 'Exempt information', anchor: 'item-exemptParagraph' },
};
const AMENDMENT_FIELDS: Record<string, FormField> = {
  reason: { label: 'Reason', message: 'Enter the reason, in 5,000 characters or fewer', anchor: 'reason' },
  directedBy: { label: 'Directed by', message: 'Enter who directed the change, for example the committee or the Strategic Director', anchor: 'directedBy' },
  meetingId: { label: 'Meeting', anchor: 'move-meetingId' },
  season: { label: 'Season', message: 'Choose a meeting, or enter a season like Winter 2018 (February)', anchor: 'move-season' },
  title: { label: 'New title', message: 'Enter the new title in 300 characters or fewer', anchor: 'change-title' },
  change: { label: 'What changed', anchor: 'change-change' },
};

const text = (body: Record<string, unknown>, name: string): string | undefined => (typeof body[name] === 'string' && (body[name] as string).trim() ? (body[name] as string).trim() : undefined);

/** The rolling work plan: by meeting and season, its items with their history, what the year's statutory duties need. */
@Pages()
@Controller('work-plan')
export class WorkPlanPagesController {
  constructor(
    private readonly workPlan: WorkPlanService,
    private readonly committees: CommitteesService,
    private readonly years: MunicipalYearsService,
    private readonly meetings: MeetingsService,
    private readonly pages: PageRenderer,
  ) {}

  @Get()
  @Roles('coordinator', 'member')
  async plan(@Req() request: Request, @Res() response: Response, @Acting() acting: CouncilContext, @Query('year') year: unknown): Promise<void> {
    await this.showPlan(request, response, acting, singleQueryValue(year, 'year') ?? null, null);
  }

  @Get('import')
  @Roles('coordinator')
  async importForm(@Req() request: Request, @Res() response: Response): Promise<void> {
    this.showImport(request, response, null, null);
  }

  /** The published work programme read into proposals, each to keep or not. */
  @Post('import')
  @Roles('coordinator')
  @UseInterceptors(FileInterceptor('file', UPLOAD_LIMITS))
  async import(@Req() request: Request, @Res() response: Response, @Acting() acting: CouncilContext, @UploadedFile() file: { buffer: Buffer; mimetype: string } | undefined): Promise<void> {
    let problem = 'Choose the file of the work programme';
    if (file && file.buffer.length) {
      try {
        const read = await this.workPlan.proposalsFrom(acting, new Uint8Array(file.buffer), file.mimetype);
        if (read.items.length) return this.showImport(request, response, read, null);
        problem = read.warnings[0] ?? problem;
      } catch (error) {
        if (!(error instanceof InvalidInputError) && !(error instanceof ConflictError)) throw error;
        problem = error instanceof InvalidInputError ? problemForPage(error.problems) : error.message;
      }
    }
    this.showImport(request, response, null, { name: 'import', typed: {}, errors: { list: [{ text: problem, href: '#file' }], byField: { file: { text: problem } } } }, 400);
  }

  /** The chosen proposals added to the work plan, each as an item of its own (audited as any item added). */
  @Post('import/accept')
  @Roles('coordinator')
  async acceptImport(@Req() request: Request, @Res() response: Response, @Acting() acting: CouncilContext, @Body() body: Record<string, unknown>): Promise<void> {
    const committee = await this.committees.scrutinyCommittee(acting.councilId);
    const chosen = [body.accept ?? []].flat().filter((v): v is string => typeof v === 'string' && /^\d{1,4}$/.test(v));
    if (!committee || !chosen.length) return response.redirect(303, '/work-plan/import');
    let added = 0;
    for (const n of chosen) {
      const input = {
        committeeId: committee.id,
        title: text(body, `title-${n}`) ?? '',
        basis: body[`basis-${n}`],
        category: body[`category-${n}`],
        meetingId: text(body, `meetingId-${n}`),
        season: text(body, `meetingId-${n}`) ? undefined : text(body, `season-${n}`),
        leadOfficer: text(body, `leadOfficer-${n}`),
      };
      const done = await this.attempt(CreateWorkPlanItemDto, input, ITEM_FIELDS, (value) => this.workPlan.create(acting, value));
      if (typeof done === 'string') added++;
    }
    return response.redirect(303, `/work-plan?done=imported&added=${added}&of=${chosen.length}`);
  }

  private showImport(request: Request, response: Response, read: { items: WorkPlanProposal[]; warnings: string[] } | null, form: ShownForm | null, status = 200): void {
    // Each proposal as a box to tick: where it goes, who leads, what it is; those already planned or with no meeting not ticked.
    const items = read?.items ?? [];
    const choices = items.flatMap((p, n) => {
      if (!p.meetingId && !p.season) return [];
      const where = p.meetingId ? `At the meeting of ${dateInWords(p.meetingOn!)}` : `Waits in ${p.season}: the committee has no meeting on ${dateInWords(p.meetingOn!)} yet`;
      const hint = [where, p.leadOfficer, `${p.basis === 'statutory' ? 'Statutory' : 'Discretionary'}, ${CATEGORY_LABELS[p.category]}`, p.alreadyPlannedId ? 'Already on the plan' : null].filter(Boolean).join('. ');
      return [{ value: String(n), text: p.title, hint: { text: `${hint}.` }, checked: !p.alreadyPlannedId }];
    });
    const undated = items.filter((p) => !p.meetingId && !p.season).map((p) => p.title);
    this.pages.send(request, response, 'work-plan/pages/import.njk', { title: 'Import a work programme', area: 'work-plan', proposals: read ? items : null, choices, undated, warnings: read?.warnings ?? [], ...formState(form) }, status);
  }

  @Post('items')
  @Roles('coordinator')
  async add(@Req() request: Request, @Res() response: Response, @Acting() acting: CouncilContext, @Body() body: Record<string, unknown>): Promise<void> {
    const committee = await this.committees.scrutinyCommittee(acting.councilId);
    const input = {
      committeeId: committee?.id ?? '',
      title: text(body, 'title') ?? '',
      description: text(body, 'description'),
      basis: body.basis,
      category: body.category,
      meetingId: text(body, 'meetingId'),
      season: text(body, 'meetingId') ? undefined : text(body, 'season'),
      exemptParagraph: text(body, 'exemptParagraph') ? Number(body.exemptParagraph) : undefined,
    };
    const errors = await this.attempt(CreateWorkPlanItemDto, input, ITEM_FIELDS, (value) => this.workPlan.create(acting, value));
    if (typeof errors === 'string') return response.redirect(303, `/work-plan/items/${errors}?done=added`);
    await this.showPlan(request, response, acting, null, { name: 'item', errors, typed: body }, 400);
  }

  @Post('versions')
  @Roles('coordinator')
  async keepVersion(@Req() request: Request, @Res() response: Response, @Acting() acting: CouncilContext, @Body() body: Record<string, unknown>): Promise<void> {
    const committee = await this.committees.scrutinyCommittee(acting.councilId);
    const fields = { label: { label: 'Name', message: 'Enter a name for the version, like Work plan as agreed on 26 July 2017', anchor: 'version-label' }, agreedAtMeetingId: { label: 'Meeting', anchor: 'version-meeting' } };
    const { done, errors } = await submitForm(CreateVersionDto, { committeeId: committee?.id ?? '', label: text(body, 'label') ?? '', agreedAtMeetingId: text(body, 'agreedAtMeetingId') }, fields, (value) => this.workPlan.createVersion(acting, value));
    if (done) return response.redirect(303, `/work-plan/versions/${done.id}`);
    await this.showPlan(request, response, acting, null, { name: 'version', errors, typed: body }, 400);
  }

  /** What changed since a version: items added, withdrawn, moved (deferred or brought forward) and considered. */
  @Get('versions/:id')
  @Roles('coordinator')
  async version(@Req() request: Request, @Res() response: Response, @Acting() acting: CouncilContext, @Param('id') id: string, @Query('to') to: unknown): Promise<void> {
    const version = await this.workPlan.version(acting.councilId, id);
    const later = (await this.workPlan.versions(acting.councilId, version.committeeId)).filter((v) => v.number > version.number);
    const toVersion = later.find((v) => v.id === to) ?? null;
    const difference = await this.workPlan.compare(acting.councilId, id, toVersion?.id);
    this.pages.send(request, response, 'work-plan/pages/version.njk', {
      title: `Version ${version.number}`,
      area: 'work-plan',
      version,
      toVersion,
      later,
      difference,
      unchanged: Object.values(difference).every((list) => list.length === 0),
    });
  }

  @Get('items/:id')
  @Roles('coordinator')
  async item(@Req() request: Request, @Res() response: Response, @Acting() acting: CouncilContext, @Param('id') id: string): Promise<void> {
    await this.showItem(request, response, acting, id, null);
  }

  @Post('items/:id/:action')
  @Roles('coordinator')
  async amend(@Req() request: Request, @Res() response: Response, @Acting() acting: CouncilContext, @Param('id') id: string, @Param('action') action: string, @Body() body: Record<string, unknown>): Promise<void> {
    const common = { reason: text(body, 'reason') ?? '', directedBy: text(body, 'directedBy') ?? '', version: Number(body.version) || undefined };
    const fields = Object.fromEntries(Object.entries(AMENDMENT_FIELDS).map(([k, f]) => [k, { ...f, anchor: `${action}-${k}` }]));
    let errors: string | FormErrors;
    if (action === 'move') {
      const meetingId = text(body, 'meetingId');
      errors = await this.attempt(MoveItemDto, { ...common, meetingId, season: meetingId ? undefined : text(body, 'season') }, fields, (value) => this.workPlan.move(acting, id, value));
    } else if (action === 'cancel') {
      errors = await this.attempt(CancelItemDto, common, fields, (value) => this.workPlan.cancel(acting, id, value));
    } else if (action === 'change') {
      errors = await this.attempt(ChangeItemDto, { ...common, title: text(body, 'title') }, fields, (value) => this.workPlan.change(acting, id, value));
    } else {
      return this.showItem(request, response, acting, id, null, 404);
    }
    if (typeof errors === 'string') return response.redirect(303, `/work-plan/items/${id}?done=${action}#history`);
    await this.showItem(request, response, acting, id, { name: action, errors, typed: body }, 400);
  }

  /** The change made (the item's id), or what was wrong with the form. */
  private async attempt<T extends object>(dto: new () => T, input: object, fields: Record<string, FormField>, change: (value: T) => Promise<{ id: string }>): Promise<string | FormErrors> {
    const result = await submitForm(dto, input, fields, change);
    return result.errors ?? result.done.id;
  }

  /** The committee's meetings to come, as a select's choices, named in words. */
  private async meetingItems(acting: CouncilContext, committeeId: string, selected?: unknown) {
    const meetings = await this.meetings.meetingsFrom(acting.councilId, startOfDay(acting.today, acting.timeZone), committeeId);
    return [
      { value: '', text: 'No meeting yet: a season' },
      ...meetings.filter((m) => !m.cancelledAt).map((m) => ({ value: m.id, text: instantInWords(m.startsAt, acting.timeZone), selected: selected === m.id })),
    ];
  }

  private async showPlan(request: Request, response: Response, acting: CouncilContext, asked: string | null, form: ShownForm | null, status = 200): Promise<void> {
    const committee = await this.committees.scrutinyCommittee(acting.councilId);
    const years = (await this.years.list(acting.councilId, 100, 0)).items;
    const year = years.find((y) => y.label === asked) ?? yearShownFirst(years, acting.today);
    const [groups, coverage, meetings, versions] = committee
      ? await Promise.all([
          this.workPlan.plan(acting.councilId, { committeeId: committee.id, municipalYear: year?.label }),
          year ? this.workPlan.coverage(acting.councilId, committee.id, year.label) : Promise.resolve([]),
          this.meetings.meetingsOf(acting.councilId, committee.id),
          this.workPlan.versions(acting.councilId, committee.id),
        ])
      : [[], [], [], []];
    this.pages.send(
      request,
      response,
      'work-plan/pages/plan.njk',
      {
        title: 'Work plan',
        area: 'work-plan',
        committee,
        years,
        year,
        groups: groups.map((g) => {
          const meeting = meetings.find((m) => m.id === g.meetingId);
          return {
            heading: meeting ? instantInWords(meeting.startsAt, acting.timeZone) : (g.season ?? 'Unplaced'),
            meetingId: g.meetingId,
            items: g.items.map((i) => ({ ...i, categoryLabel: CATEGORY_LABELS[i.category], tag: STATUS_TAGS[i.status] })),
          };
        }),
        coverage,
        versions,
        heldMeetingItems: [
          { value: '', text: 'Not agreed at a meeting' },
          ...meetings.filter((m) => !m.cancelledAt && dateIn(m.startsAt, acting.timeZone) <= acting.today).map((m) => ({ value: m.id, text: instantInWords(m.startsAt, acting.timeZone) })),
        ],
        basisItems: BASES.map((b) => ({ value: b, text: b === 'statutory' ? 'Statutory: a duty of the committee' : 'Discretionary: chosen by the committee', checked: form?.typed.basis === b })),
        categoryItems: [{ value: '', text: 'Select the kind' }, ...CATEGORIES.map((c) => ({ value: c, text: CATEGORY_LABELS[c], selected: form?.typed.category === c }))],
        meetingItems: committee ? await this.meetingItems(acting, committee.id, form?.typed.meetingId) : [],
        exemptItems: [{ value: '', text: 'Not exempt' }, ...EXEMPT_PARAGRAPHS.map((p) => ({ value: String(p), text: `Exempt: paragraph ${p} of Schedule 12A`, selected: form?.typed.exemptParagraph === String(p) }))],
        imported: request.query.done === 'imported' ? { added: Number(request.query.added) || 0, of: Number(request.query.of) || 0 } : null,
        ...formState(form),
        timeZone: acting.timeZone,
      },
      status,
    );
  }

  private async showItem(request: Request, response: Response, acting: CouncilContext, id: string, form: ShownForm | null, status = 200): Promise<void> {
    const item = await this.workPlan.item(acting.councilId, id);
    const [history, meetings] = await Promise.all([this.workPlan.history(acting.councilId, id), this.meetings.meetingsOf(acting.councilId, item.committeeId)]);
    const place = (meetingId: string | null, season: string | null) => {
      const meeting = meetings.find((m) => m.id === meetingId);
      return meeting ? dateInWords(dateIn(meeting.startsAt, acting.timeZone)) : season;
    };
    const meeting = meetings.find((m) => m.id === item.meetingId);
    this.pages.send(
      request,
      response,
      'work-plan/pages/item.njk',
      {
        title: item.title,
        area: 'work-plan',
        item: { ...item, categoryLabel: CATEGORY_LABELS[item.category], tag: STATUS_TAGS[item.status], place: meeting ? instantInWords(meeting.startsAt, acting.timeZone) : item.season },
        open: !['considered', 'withdrawn'].includes(item.status),
        history: history.map((a) => ({ ...a, words: amendmentInWords({ kind: a.kind, from: place(a.fromMeetingId, a.fromSeason), to: place(a.toMeetingId, a.toSeason), change: a.change }) })),
        meetingItems: await this.meetingItems(acting, item.committeeId, form?.typed.meetingId),
        done: request.query.done,
        ...formState(form),
        timeZone: acting.timeZone,
      },
      status,
    );
  }
}
