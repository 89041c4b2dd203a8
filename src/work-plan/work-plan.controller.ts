import { Body, Controller, Get, Headers, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiPublishedDocument, documentFromBody } from '../common/documents/published-document.http.js';
import { Acting, Roles } from '../common/auth/access.decorators.js';
import { actsFromOutside, type CouncilContext } from '../common/auth/council-context.js';
import { ROLES } from '../common/auth/principal.js';
import { ApiErrors } from '../common/http/api-docs.decorators.js';
import { weakEtag } from '../common/http/etag.js';
import {
  AmendmentView,
  CancelItemDto,
  ChangeItemDto,
  CompareQuery,
  ConsideredView,
  CreateVersionDto,
  VersionDifferenceView,
  VersionsQuery,
  VersionView,
  CoverageQuery,
  CoverageView,
  ConsiderItemDto,
  CreateWorkPlanItemDto,
  MoveItemDto,
  WorkPlanItemView,
  WorkPlanQuery,
  WorkPlanView, WorkProgrammeProposalsView, differenceFor } from './work-plan.dto.js';
import { type WorkPlanGroup, WorkPlanService } from './work-plan.service.js';

/** An answer kept as the bytes sent, with its entity tag. */
interface KeptAnswer {
  body: Buffer;
  etag: string;
}
const keptAnswer = (json: string): KeptAnswer => ({ body: Buffer.from(json), etag: weakEtag(json) });

@ApiTags('work plan')
@Controller('api/v1/work-plan')
export class WorkPlanController {
  private readonly written = new WeakMap<readonly WorkPlanGroup[], { insider?: KeptAnswer; outsider?: KeptAnswer }>();

  constructor(private readonly workPlan: WorkPlanService) {}

  @Get()
  @Roles(...ROLES)
  @ApiOperation({ summary: "The committee's rolling work plan, grouped by meeting (or season, until a meeting exists), in date order" })
  @ApiOkResponse({ type: WorkPlanView })
  @ApiErrors(400, 404)
  async plan(@Acting() acting: CouncilContext, @Query() query: WorkPlanQuery, @Res() response: Response): Promise<void> {
    const revision = acting.user?.dataRevision;
    const groups = await this.workPlan.plan(acting.councilId, query, revision === undefined ? undefined : { revision, timeZone: acting.timeZone });
    const outsider = actsFromOutside(acting);
    // A kept plan is the same array until its rows change: its answer (and the answer's entity tag) is
    // written out once for each kind of reader.
    const written = this.written.get(groups) ?? {};
    this.written.set(groups, written);
    const answer = (written[outsider ? 'outsider' : 'insider'] ??= keptAnswer(
      JSON.stringify({
        committeeId: query.committeeId,
        municipalYear: query.municipalYear ?? null,
        groups: groups.map((g) => ({ meetingId: g.meetingId, season: g.season, date: g.date, items: g.items.map((i) => WorkPlanItemView.from(i, outsider)) })),
      } satisfies WorkPlanView),
    ));
    // Sent as kept bytes (a 304 when the reader's copy is current): no 21 KB encoded on every read.
    response.setHeader('Content-Type', 'application/json; charset=utf-8');
    response.setHeader('ETag', answer.etag);
    response.send(answer.body);
  }

  @Get('coverage')
  @Roles('coordinator')
  @ApiOperation({ summary: 'Each statutory duty of a municipal year: met (with the meeting and item), planned, or at risk, and why' })
  @ApiOkResponse({ type: CoverageView })
  @ApiErrors(400, 404)
  async coverage(@Acting() acting: CouncilContext, @Query() query: CoverageQuery): Promise<CoverageView> {
    return { ...query, duties: await this.workPlan.coverage(acting.councilId, query.committeeId, query.municipalYear) };
  }

  @Post('versions')
  @Roles('coordinator')
  @ApiOperation({ summary: 'Keep the plan as it stands as a numbered version, e.g. as agreed at a meeting' })
  @ApiCreatedResponse({ type: VersionView })
  @ApiErrors(400, 404, 413)
  async createVersion(@Acting() acting: CouncilContext, @Body() body: CreateVersionDto): Promise<VersionView> {
    return VersionView.from(await this.workPlan.createVersion(acting, body), true);
  }

  @Get('versions')
  @Roles(...ROLES)
  @ApiOperation({ summary: "The committee's kept versions of its plan, oldest first" })
  @ApiOkResponse({ type: [VersionView] })
  @ApiErrors(400, 404)
  async versions(@Acting() acting: CouncilContext, @Query() query: VersionsQuery): Promise<VersionView[]> {
    return (await this.workPlan.versions(acting.councilId, query.committeeId)).map((v) => VersionView.from(v, false, actsFromOutside(acting)));
  }

  @Get('versions/:id')
  @Roles(...ROLES)
  @ApiOperation({ summary: 'A kept version with its items as they stood' })
  @ApiOkResponse({ type: VersionView })
  @ApiErrors(404)
  async version(@Acting() acting: CouncilContext, @Param('id') id: string): Promise<VersionView> {
    return VersionView.from(await this.workPlan.version(acting.councilId, id), true, actsFromOutside(acting));
  }

  @Get('versions/:id/compare')
  @Roles(...ROLES)
  @ApiOperation({ summary: 'What changed since a version: items added, withdrawn, moved (deferred or brought forward) and considered' })
  @ApiOkResponse({ type: VersionDifferenceView })
  @ApiErrors(400, 404)
  async compare(@Acting() acting: CouncilContext, @Param('id') id: string, @Query() query: CompareQuery): Promise<VersionDifferenceView> {
    return differenceFor(await this.workPlan.compare(acting.councilId, id, query.to), actsFromOutside(acting));
  }

  @Post('import')
  @HttpCode(200)
  @Roles('coordinator')
  @ApiPublishedDocument('The work programme (its table, or its lists of items by meeting)')
  @ApiOperation({ summary: 'Read a published work programme into proposed work plan items (nothing is stored): each with its meeting or season and any item of the same title already planned; add the ones to keep with POST items' })
  @ApiOkResponse({ type: WorkProgrammeProposalsView })
  @ApiErrors(400, 409, 413)
  async import(@Acting() acting: CouncilContext, @Body() body: unknown, @Headers('content-type') type: string | undefined): Promise<WorkProgrammeProposalsView> {
    return this.workPlan.proposalsFrom(acting, documentFromBody(body, 'the work programme'), type ?? null);
  }

  @Post('items')
  @Roles('coordinator')
  @ApiOperation({ summary: 'Add an item to the work plan, for a meeting or a season' })
  @ApiCreatedResponse({ type: WorkPlanItemView })
  @ApiErrors(400, 404, 413)
  async create(@Acting() acting: CouncilContext, @Body() body: CreateWorkPlanItemDto): Promise<WorkPlanItemView> {
    return WorkPlanItemView.from(await this.workPlan.create(acting, body));
  }

  @Get('items/:id')
  @Roles(...ROLES)
  @ApiOperation({ summary: 'One item of the work plan' })
  @ApiOkResponse({ type: WorkPlanItemView })
  @ApiErrors(404)
  async item(@Acting() acting: CouncilContext, @Param('id') id: string): Promise<WorkPlanItemView> {
    return WorkPlanItemView.from(await this.workPlan.item(acting.councilId, id), actsFromOutside(acting));
  }

  @Post('items/:id/move')
  @HttpCode(200)
  @Roles('coordinator')
  @ApiOperation({ summary: 'Move an item to another meeting or season: recorded as deferred or brought forward, with the reason and who directed it' })
  @ApiOkResponse({ type: WorkPlanItemView })
  @ApiErrors(400, 404, 409, 413)
  async move(@Acting() acting: CouncilContext, @Param('id') id: string, @Body() body: MoveItemDto): Promise<WorkPlanItemView> {
    return WorkPlanItemView.from(await this.workPlan.move(acting, id, body));
  }

  @Post('items/:id/cancel')
  @HttpCode(200)
  @Roles('coordinator')
  @ApiOperation({ summary: 'Cancel an item (status withdrawn), with the reason and who directed it' })
  @ApiOkResponse({ type: WorkPlanItemView })
  @ApiErrors(400, 404, 409, 413)
  async cancel(@Acting() acting: CouncilContext, @Param('id') id: string, @Body() body: CancelItemDto): Promise<WorkPlanItemView> {
    return WorkPlanItemView.from(await this.workPlan.cancel(acting, id, body));
  }

  @Post('items/:id/change')
  @HttpCode(200)
  @Roles('coordinator')
  @ApiOperation({ summary: 'Any other agreed change to an item (title, recurrence), recorded as an amendment with its reason' })
  @ApiOkResponse({ type: WorkPlanItemView })
  @ApiErrors(400, 404, 409, 413)
  async change(@Acting() acting: CouncilContext, @Param('id') id: string, @Body() body: ChangeItemDto): Promise<WorkPlanItemView> {
    return WorkPlanItemView.from(await this.workPlan.change(acting, id, body));
  }

  @Post('items/:id/considered')
  @HttpCode(200)
  @Roles('coordinator')
  @ApiOperation({ summary: 'The committee considered the item; a recurring item gets its next occurrence' })
  @ApiOkResponse({ type: ConsideredView })
  @ApiErrors(400, 404, 409, 413)
  async consider(@Acting() acting: CouncilContext, @Param('id') id: string, @Body() body: ConsiderItemDto): Promise<ConsideredView> {
    const { item, next } = await this.workPlan.consider(acting, id, body.version);
    return { item: WorkPlanItemView.from(item), next: next ? WorkPlanItemView.from(next) : null };
  }

  @Get('items/:id/history')
  @Roles(...ROLES)
  @ApiOperation({ summary: 'Every amendment of the item, oldest first' })
  @ApiOkResponse({ type: [AmendmentView] })
  @ApiErrors(404)
  async history(@Acting() acting: CouncilContext, @Param('id') id: string): Promise<AmendmentView[]> {
    return (await this.workPlan.history(acting.councilId, id)).map((a) => AmendmentView.from(a, actsFromOutside(acting)));
  }
}
