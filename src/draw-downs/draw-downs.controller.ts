import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Acting, Roles } from '../common/auth/access.decorators.js';
import { type CouncilContext } from '../common/auth/council-context.js';
import { ApiErrors } from '../common/http/api-docs.decorators.js';
import {
  CallForActionDecisionDto,
  CallForActionReportDto,
  ChairViewDto,
  DrawDownDecisionDto,
  DrawDownOutcomesQuery,
  DrawDownOutcomesView,
  DrawDownQuery,
  DrawDownSettingsDto,
  DrawDownView,
  HistoryEventView,
  ScheduleDrawDownDto,
  SubmitDrawDownDto,
} from './draw-down.dto.js';
import type { DrawDownDecision, DrawDownRequest } from './draw-down.entity.js';
import { DrawDownsService, type Similar } from './draw-downs.service.js';
import { type Page, PageType } from '../common/http/pagination.js';

const view = (r: DrawDownRequest, decisions: DrawDownDecision[], similar?: Similar[]): DrawDownView => ({
  id: r.id,
  committeeId: r.committeeId,
  memberId: r.memberId,
  topic: r.topic,
  concern: r.concern,
  desiredOutcome: r.desiredOutcome,
  suggestedAuthorityId: r.suggestedAuthorityId,
  suggestedOfficer: r.suggestedOfficer,
  urgency: r.urgency,
  status: r.status,
  approverIds: r.approverIds,
  decisionDueOn: r.decisionDueOn,
  meetingId: r.meetingId,
  workPlanItemId: r.workPlanItemId,
  obligationId: r.obligationId,
  callForAction: r.callForAction,
  ward: r.ward,
  committeeDecision: r.committeeDecision,
  committeeReasons: r.committeeReasons,
  memberToldAt: r.memberToldAt?.toISOString() ?? null,
  reportCopiedAt: r.reportCopiedAt?.toISOString() ?? null,
  consultChair: r.consultChair,
  chairConsultedAt: r.chairConsultedAt?.toISOString() ?? null,
  chairView: r.chairView,
  chairViewAt: r.chairViewAt?.toISOString() ?? null,
  submittedAt: r.submittedAt.toISOString(),
  decisions: decisions.map((d) => ({ approverId: d.approverId, decision: d.decision, reason: d.reason, decidedAt: d.decidedAt.toISOString() })),
  ...(similar ? { similar } : {}),
});

@ApiTags('draw-downs')
@Controller('api/v1')
export class DrawDownsController {
  constructor(private readonly drawDowns: DrawDownsService) {}

  @Put('committees/:id/draw-down-settings')
  @Roles('coordinator')
  @ApiOperation({ summary: "Who must agree the committee's draw-down requests (users with the approver role), whether the chair is consulted, and the working days they have" })
  @ApiOkResponse({ type: DrawDownSettingsDto })
  @ApiErrors(400, 404, 413)
  async settings(@Acting() acting: CouncilContext, @Param('id') id: string, @Body() body: DrawDownSettingsDto): Promise<DrawDownSettingsDto> {
    const { approverIds, consultChair, decisionWorkingDays } = await this.drawDowns.settings(acting, id, body);
    return { approverIds, consultChair, decisionWorkingDays };
  }

  @Post('draw-downs')
  @Roles('member')
  @ApiOperation({ summary: 'Submit a draw-down request; the approvers are e-mailed; close topics already asked or planned are listed' })
  @ApiCreatedResponse({ type: DrawDownView })
  @ApiErrors(400, 404, 409, 413)
  async submit(@Acting() acting: CouncilContext, @Body() body: SubmitDrawDownDto): Promise<DrawDownView> {
    const { request, similar } = await this.drawDowns.submit(acting, body);
    return view(request, [], similar);
  }

  @Get('draw-downs')
  @Roles('member', 'coordinator', 'approver')
  @ApiOperation({ summary: "Draw-down requests: a member's own; all for co-ordinators and approvers" })
  @ApiOkResponse({ type: PageType(DrawDownView) })
  @ApiErrors(400)
  async list(@Acting() acting: CouncilContext, @Query() query: DrawDownQuery): Promise<Page<DrawDownView>> {
    const page = await this.drawDowns.list(acting, query);
    return { items: page.items.map(({ request, decisions }) => view(request, decisions)), total: page.total };
  }

  @Get('draw-downs/outcomes')
  @Roles('coordinator', 'member', 'approver')
  @ApiOperation({ summary: "The committee's requests submitted in a municipal year, counted by outcome, and calls for action by the committee's decision" })
  @ApiOkResponse({ type: DrawDownOutcomesView })
  @ApiErrors(400, 404)
  outcomes(@Acting() acting: CouncilContext, @Query() query: DrawDownOutcomesQuery): Promise<DrawDownOutcomesView> {
    return this.drawDowns.outcomes(acting.councilId, query);
  }

  @Get('draw-downs/:id/history')
  @Roles('member', 'coordinator', 'approver')
  @ApiOperation({ summary: 'What happened to the request, oldest first: who did what, the status after, and why' })
  @ApiOkResponse({ type: [HistoryEventView] })
  @ApiErrors(404)
  history(@Acting() acting: CouncilContext, @Param('id') id: string): Promise<HistoryEventView[]> {
    return this.drawDowns.history(acting, id);
  }

  @Post('draw-downs/:id/chair-view')
  @HttpCode(200)
  @Roles('coordinator', 'member')
  @ApiOperation({ summary: "Record the committee chair's view (by a co-ordinator, or the chair signed in as a member); sent to the approvers who have not decided" })
  @ApiOkResponse({ type: DrawDownView })
  @ApiErrors(400, 403, 404, 409, 413)
  async chairView(@Acting() acting: CouncilContext, @Param('id') id: string, @Body() body: ChairViewDto): Promise<DrawDownView> {
    const { request, decisions } = await this.drawDowns.chairView(acting, id, body.view);
    return view(request, decisions);
  }

  @Get('draw-downs/:id')
  @Roles('member', 'coordinator', 'approver')
  @ApiOperation({ summary: 'A draw-down request with every decision and its reason' })
  @ApiOkResponse({ type: DrawDownView })
  @ApiErrors(404)
  async get(@Acting() acting: CouncilContext, @Param('id') id: string): Promise<DrawDownView> {
    const { request, decisions } = await this.drawDowns.get(acting, id);
    return view(request, decisions);
  }

  @Post('draw-downs/:id/decisions')
  @HttpCode(200)
  @Roles('approver')
  @ApiOperation({ summary: 'Agree or refuse, with the reason (e-mailed to the member); approved once every required approver agrees, refused when one refuses' })
  @ApiOkResponse({ type: DrawDownView })
  @ApiErrors(400, 403, 404, 409, 413)
  async decide(@Acting() acting: CouncilContext, @Param('id') id: string, @Body() body: DrawDownDecisionDto): Promise<DrawDownView> {
    await this.drawDowns.decide(acting, id, body);
    const { request, decisions } = await this.drawDowns.get(acting, id);
    return view(request, decisions);
  }

  @Post('draw-downs/:id/schedule')
  @HttpCode(200)
  @Roles('coordinator')
  @ApiOperation({ summary: 'Schedule an approved request to a meeting: a work plan item (draw-down) and a report request due on the meeting report deadline' })
  @ApiOkResponse({ type: DrawDownView })
  @ApiErrors(400, 404, 409, 413)
  async schedule(@Acting() acting: CouncilContext, @Param('id') id: string, @Body() body: ScheduleDrawDownDto): Promise<DrawDownView> {
    await this.drawDowns.schedule(acting, id, body);
    const { request, decisions } = await this.drawDowns.get(acting, id);
    return view(request, decisions);
  }

  @Post('draw-downs/:id/call-for-action/decision')
  @HttpCode(200)
  @Roles('coordinator')
  @ApiOperation({ summary: 'A call for action: record whether the committee will report on it; a decision not to is e-mailed to the member with the reasons (s19)' })
  @ApiOkResponse({ type: DrawDownView })
  @ApiErrors(400, 404, 409, 413)
  async callForActionDecision(@Acting() acting: CouncilContext, @Param('id') id: string, @Body() body: CallForActionDecisionDto): Promise<DrawDownView> {
    await this.drawDowns.callForActionDecision(acting, id, body.report, body.reasons);
    const { request, decisions } = await this.drawDowns.get(acting, id);
    return view(request, decisions);
  }

  @Post('draw-downs/:id/call-for-action/report')
  @HttpCode(200)
  @Roles('coordinator')
  @ApiOperation({ summary: "A call for action: send the member a copy of the committee's report or recommendations (s19), recorded" })
  @ApiOkResponse({ type: DrawDownView })
  @ApiErrors(400, 404, 409, 413)
  async callForActionReport(@Acting() acting: CouncilContext, @Param('id') id: string, @Body() body: CallForActionReportDto): Promise<DrawDownView> {
    await this.drawDowns.callForActionReport(acting, id, body.report);
    const { request, decisions } = await this.drawDowns.get(acting, id);
    return view(request, decisions);
  }

  @Post('draw-downs/:id/withdraw')
  @HttpCode(200)
  @Roles('member')
  @ApiOperation({ summary: 'The member withdraws their request, until it is scheduled' })
  @ApiOkResponse({ type: DrawDownView })
  @ApiErrors(404, 409)
  async withdraw(@Acting() acting: CouncilContext, @Param('id') id: string): Promise<DrawDownView> {
    await this.drawDowns.withdraw(acting, id);
    const { request, decisions } = await this.drawDowns.get(acting, id);
    return view(request, decisions);
  }
}
