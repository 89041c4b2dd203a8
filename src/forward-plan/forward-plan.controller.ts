import { Body, Controller, Get, Headers, HttpCode, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { ApiPublishedDocument, documentFromBody } from '../common/documents/published-document.http.js';
import { noticeTitle } from './forward-plan.rules.js';
import { Acting, Roles } from '../common/auth/access.decorators.js';
import { actsFromOutside, type CouncilContext } from '../common/auth/council-context.js';
import { ROLES } from '../common/auth/principal.js';
import { ApiErrors } from '../common/http/api-docs.decorators.js';
import { CreateNoticeDto, GeneralExceptionDto, ImportedNoticeView, type KeyDecisionView, NoticeView, PublishNoticeDto, ScrutiniseDto, SpecialUrgencyDto, SupersedeNoticeDto } from './forward-plan.dto.js';
import { WorkPlanItemView } from '../work-plan/work-plan.dto.js';
import { ForwardPlanService, type NoticeWithDecisions } from './forward-plan.service.js';
import { UrgencyService } from './urgency.service.js';
import { withheldText } from '../exempt-information/exempt.rules.js';


@ApiTags('forward plan')
@Controller('api/v1/forward-plan/notices')
export class ForwardPlanController {
  constructor(
    private readonly forwardPlan: ForwardPlanService,
    private readonly urgency: UrgencyService,
  ) {}

  @Post()
  @Roles('coordinator')
  @ApiOperation({ summary: 'A Regulation 9 notice of key decisions for a period; published when publishedOn is given, else a draft' })
  @ApiCreatedResponse({ type: NoticeView })
  @ApiErrors(400, 413)
  async create(@Acting() acting: CouncilContext, @Body() body: CreateNoticeDto): Promise<NoticeView> {
    const notice = await this.forwardPlan.create(acting, body);
    return this.view(await this.forwardPlan.get(acting.councilId, notice.id));
  }

  @Post('import')
  @Roles('coordinator')
  @ApiPublishedDocument('The forward plan')
  @ApiOperation({ summary: 'Import a published forward plan into a draft notice: each decision, key or not, with what could not be imported in the warnings' })
  @ApiCreatedResponse({ type: ImportedNoticeView })
  @ApiErrors(400, 413)
  async import(@Acting() acting: CouncilContext, @Body() body: unknown, @Headers('content-type') type: string | undefined): Promise<ImportedNoticeView> {
    const { notice, warnings } = await this.forwardPlan.importNotice(acting, documentFromBody(body, 'the forward plan'), type ?? null);
    return { ...this.view(await this.forwardPlan.get(acting.councilId, notice.id)), warnings };
  }

  @Get()
  @Roles(...ROLES)
  @ApiOperation({ summary: 'The notices, latest period first, each with its decisions and their compliance' })
  @ApiOkResponse({ type: [NoticeView] })
  @ApiErrors()
  async list(@Acting() acting: CouncilContext): Promise<NoticeView[]> {
    return (await this.forwardPlan.list(acting.councilId)).map((n) => this.view(n, actsFromOutside(acting)));
  }

  @Get(':id')
  @Roles(...ROLES)
  @ApiOperation({ summary: 'A notice: each decision with its compliance (latest lawful publication, clear days given, verdict, exception)' })
  @ApiOkResponse({ type: NoticeView })
  @ApiErrors(404)
  async get(@Acting() acting: CouncilContext, @Param('id') id: string): Promise<NoticeView> {
    return this.view(await this.forwardPlan.get(acting.councilId, id), actsFromOutside(acting));
  }

  @Post(':id/supersede')
  @Roles('coordinator')
  @ApiOperation({ summary: 'A new published notice replacing a published one (kept, superseded): decisions carried forward, moved dates kept in each decision\'s history' })
  @ApiCreatedResponse({ type: NoticeView })
  @ApiErrors(400, 404, 409, 413)
  async supersede(@Acting() acting: CouncilContext, @Param('id') id: string, @Body() body: SupersedeNoticeDto): Promise<NoticeView> {
    const notice = await this.forwardPlan.supersede(acting, id, body);
    return this.view(await this.forwardPlan.get(acting.councilId, notice.id));
  }

  @Post(':id/publish')
  @HttpCode(200)
  @Roles('coordinator')
  @ApiOperation({ summary: 'Publish a draft notice on a date; a published notice is never edited' })
  @ApiOkResponse({ type: NoticeView })
  @ApiErrors(400, 404, 409, 413)
  async publish(@Acting() acting: CouncilContext, @Param('id') id: string, @Body() body: PublishNoticeDto): Promise<NoticeView> {
    await this.forwardPlan.publish(acting, id, body.publishedOn);
    return this.view(await this.forwardPlan.get(acting.councilId, id));
  }

  @Post(':id/decisions/:decisionId/general-exception')
  @HttpCode(200)
  @Roles('coordinator')
  @ApiOperation({
    summary: 'Reg 10: give the written notice to the scrutiny chair by e-mail (to each member when there is no chair); the decision may then be taken after five clear days',
  })
  @ApiOkResponse({ type: NoticeView })
  @ApiResponse({ status: 503, description: 'The mail server did not take the notice: nothing was recorded' })
  @ApiErrors(400, 404, 409, 413)
  async generalException(
    @Acting() acting: CouncilContext,
    @Param('id') id: string,
    @Param('decisionId') decisionId: string,
    @Body() body: GeneralExceptionDto,
  ): Promise<NoticeView> {
    await this.forwardPlan.giveGeneralException(acting, id, decisionId, body.reasons);
    return this.view(await this.forwardPlan.get(acting.councilId, id));
  }

  @Post(':id/decisions/:decisionId/special-urgency')
  @HttpCode(200)
  @Roles('coordinator')
  @ApiOperation({
    summary: "Reg 11: ask the scrutiny chair (then the council chair, then its vice-chair, when unable to act) to agree by a signed link; the decision stays late until agreed",
  })
  @ApiOkResponse({ type: NoticeView })
  @ApiResponse({ status: 503, description: 'The mail server did not take the request: nothing was recorded' })
  @ApiErrors(400, 404, 409, 413)
  async specialUrgency(
    @Acting() acting: CouncilContext,
    @Param('id') id: string,
    @Param('decisionId') decisionId: string,
    @Body() body: SpecialUrgencyDto,
  ): Promise<NoticeView> {
    const fallback = [
      ...(body.councilChair ? [{ role: 'council_chair' as const, ...body.councilChair }] : []),
      ...(body.councilViceChair ? [{ role: 'council_vice_chair' as const, ...body.councilViceChair }] : []),
    ];
    await this.urgency.request(acting, id, decisionId, { reasons: body.reasons, fallback });
    return this.view(await this.forwardPlan.get(acting.councilId, id));
  }

  @Post(':id/decisions/:decisionId/scrutinise')
  @Roles('coordinator')
  @ApiOperation({ summary: 'Pre-decision scrutiny: put the key decision into the work plan for a meeting before its date' })
  @ApiCreatedResponse({ type: WorkPlanItemView })
  @ApiErrors(400, 404, 413)
  async scrutinise(
    @Acting() acting: CouncilContext,
    @Param('id') id: string,
    @Param('decisionId') decisionId: string,
    @Body() body: ScrutiniseDto,
  ): Promise<WorkPlanItemView> {
    return WorkPlanItemView.from(await this.forwardPlan.scrutinise(acting, id, decisionId, body.meetingId));
  }

  /** A notice; for a reader outside the council (an authority), the papers of a decision taken in private withheld. */
  private view({ notice, decisions }: NoticeWithDecisions, outsider = false): NoticeView {
    return {
      id: notice.id,
      periodStart: notice.periodStart,
      periodEnd: notice.periodEnd,
      publishedOn: notice.publishedOn,
      status: notice.status,
      supersedesId: notice.supersedesId,
      title: noticeTitle(notice),
      decisions: decisions.map(
        (d): KeyDecisionView => ({
          id: d.id,
          key: d.key,
          title: d.title,
          decisionMaker: d.decisionMaker,
          decisionDueOn: d.decisionDueOn,
          documents: outsider && d.exemptParagraph ? [withheldText(d.exemptParagraph)] : d.documents,
          documentsAddress: d.documentsAddress,
          exemptParagraph: d.exemptParagraph,
          wardsAffected: d.wardsAffected,
          contactOfficer: d.contactOfficer,
          exception: d.exception,
          exceptionReasons: d.exceptionReasons,
          generalExceptionNoticeOn: d.generalExceptionNoticeOn,
          generalExceptionNoticeTo: d.generalExceptionNoticeTo,
          urgencyAgreedBy: d.urgencyAgreedBy,
          urgencyAgreedAt: d.urgencyAgreedAt?.toISOString() ?? null,
          carriedFromId: d.carriedFromId,
          dateHistory: d.dateHistory,
          compliance: d.compliance,
          reasonsNotice: d.reasonsNotice,
        }),
      ),
    };
  }
}
