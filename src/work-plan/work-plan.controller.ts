import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles } from '../common/auth/access.decorators.js';
import { actorOf, type Principal, ROLES, isOutsider } from '../common/auth/principal.js';
import { ApiErrors } from '../common/http/api-docs.decorators.js';
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
  WorkPlanView, differenceFor } from './work-plan.dto.js';
import { WorkPlanService } from './work-plan.service.js';

@ApiTags('work plan')
@Controller('api/v1/work-plan')
export class WorkPlanController {
  constructor(private readonly workPlan: WorkPlanService) {}

  @Get()
  @Roles(...ROLES)
  @ApiOperation({ summary: "The committee's rolling work plan, grouped by meeting (or season, until a meeting exists), in date order" })
  @ApiOkResponse({ type: WorkPlanView })
  @ApiErrors(400, 404)
  async plan(@CurrentUser() user: Principal, @Query() query: WorkPlanQuery): Promise<WorkPlanView> {
    const groups = await this.workPlan.plan(user.councilId, query);
    return {
      committeeId: query.committeeId,
      municipalYear: query.municipalYear ?? null,
      groups: groups.map((g) => ({ meetingId: g.meetingId, season: g.season, date: g.date, items: g.items.map((i) => WorkPlanItemView.from(i, isOutsider(user))) })),
    };
  }

  @Get('coverage')
  @Roles('coordinator')
  @ApiOperation({ summary: 'Each statutory duty of a municipal year: met (with the meeting and item), planned, or at risk, and why' })
  @ApiOkResponse({ type: CoverageView })
  @ApiErrors(400, 404)
  async coverage(@CurrentUser() user: Principal, @Query() query: CoverageQuery): Promise<CoverageView> {
    return { ...query, duties: await this.workPlan.coverage(user.councilId, query.committeeId, query.municipalYear) };
  }

  @Post('versions')
  @Roles('coordinator')
  @ApiOperation({ summary: 'Keep the plan as it stands as a numbered version, e.g. as agreed at a meeting' })
  @ApiCreatedResponse({ type: VersionView })
  @ApiErrors(400, 404, 413)
  async createVersion(@CurrentUser() user: Principal, @Body() body: CreateVersionDto): Promise<VersionView> {
    return VersionView.from(await this.workPlan.createVersion(actorOf(user), body), true);
  }

  @Get('versions')
  @Roles(...ROLES)
  @ApiOperation({ summary: "The committee's kept versions of its plan, oldest first" })
  @ApiOkResponse({ type: [VersionView] })
  @ApiErrors(400, 404)
  async versions(@CurrentUser() user: Principal, @Query() query: VersionsQuery): Promise<VersionView[]> {
    return (await this.workPlan.versions(user.councilId, query.committeeId)).map((v) => VersionView.from(v, false, isOutsider(user)));
  }

  @Get('versions/:id')
  @Roles(...ROLES)
  @ApiOperation({ summary: 'A kept version with its items as they stood' })
  @ApiOkResponse({ type: VersionView })
  @ApiErrors(404)
  async version(@CurrentUser() user: Principal, @Param('id') id: string): Promise<VersionView> {
    return VersionView.from(await this.workPlan.version(user.councilId, id), true, isOutsider(user));
  }

  @Get('versions/:id/compare')
  @Roles(...ROLES)
  @ApiOperation({ summary: 'What changed since a version: items added, withdrawn, moved (deferred or brought forward) and considered' })
  @ApiOkResponse({ type: VersionDifferenceView })
  @ApiErrors(400, 404)
  async compare(@CurrentUser() user: Principal, @Param('id') id: string, @Query() query: CompareQuery): Promise<VersionDifferenceView> {
    return differenceFor(await this.workPlan.compare(user.councilId, id, query.to), isOutsider(user));
  }

  @Post('items')
  @Roles('coordinator')
  @ApiOperation({ summary: 'Add an item to the work plan, for a meeting or a season' })
  @ApiCreatedResponse({ type: WorkPlanItemView })
  @ApiErrors(400, 404, 413)
  async create(@CurrentUser() user: Principal, @Body() body: CreateWorkPlanItemDto): Promise<WorkPlanItemView> {
    return WorkPlanItemView.from(await this.workPlan.create(actorOf(user), body));
  }

  @Get('items/:id')
  @Roles(...ROLES)
  @ApiOperation({ summary: 'One item of the work plan' })
  @ApiOkResponse({ type: WorkPlanItemView })
  @ApiErrors(404)
  async item(@CurrentUser() user: Principal, @Param('id') id: string): Promise<WorkPlanItemView> {
    return WorkPlanItemView.from(await this.workPlan.item(user.councilId, id), isOutsider(user));
  }

  @Post('items/:id/move')
  @HttpCode(200)
  @Roles('coordinator')
  @ApiOperation({ summary: 'Move an item to another meeting or season: recorded as deferred or brought forward, with the reason and who directed it' })
  @ApiOkResponse({ type: WorkPlanItemView })
  @ApiErrors(400, 404, 409, 413)
  async move(@CurrentUser() user: Principal, @Param('id') id: string, @Body() body: MoveItemDto): Promise<WorkPlanItemView> {
    return WorkPlanItemView.from(await this.workPlan.move(actorOf(user), id, body));
  }

  @Post('items/:id/cancel')
  @HttpCode(200)
  @Roles('coordinator')
  @ApiOperation({ summary: 'Cancel an item (status withdrawn), with the reason and who directed it' })
  @ApiOkResponse({ type: WorkPlanItemView })
  @ApiErrors(400, 404, 409, 413)
  async cancel(@CurrentUser() user: Principal, @Param('id') id: string, @Body() body: CancelItemDto): Promise<WorkPlanItemView> {
    return WorkPlanItemView.from(await this.workPlan.cancel(actorOf(user), id, body));
  }

  @Post('items/:id/change')
  @HttpCode(200)
  @Roles('coordinator')
  @ApiOperation({ summary: 'Any other agreed change to an item (title, recurrence), recorded as an amendment with its reason' })
  @ApiOkResponse({ type: WorkPlanItemView })
  @ApiErrors(400, 404, 409, 413)
  async change(@CurrentUser() user: Principal, @Param('id') id: string, @Body() body: ChangeItemDto): Promise<WorkPlanItemView> {
    return WorkPlanItemView.from(await this.workPlan.change(actorOf(user), id, body));
  }

  @Post('items/:id/considered')
  @HttpCode(200)
  @Roles('coordinator')
  @ApiOperation({ summary: 'The committee considered the item; a recurring item gets its next occurrence' })
  @ApiOkResponse({ type: ConsideredView })
  @ApiErrors(400, 404, 409, 413)
  async consider(@CurrentUser() user: Principal, @Param('id') id: string, @Body() body: ConsiderItemDto): Promise<ConsideredView> {
    const { item, next } = await this.workPlan.consider(actorOf(user), id, body.version);
    return { item: WorkPlanItemView.from(item), next: next ? WorkPlanItemView.from(next) : null };
  }

  @Get('items/:id/history')
  @Roles(...ROLES)
  @ApiOperation({ summary: 'Every amendment of the item, oldest first' })
  @ApiOkResponse({ type: [AmendmentView] })
  @ApiErrors(404)
  async history(@CurrentUser() user: Principal, @Param('id') id: string): Promise<AmendmentView[]> {
    return (await this.workPlan.history(user.councilId, id)).map((a) => AmendmentView.from(a, isOutsider(user)));
  }
}
