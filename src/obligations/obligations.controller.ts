import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Acting, Roles } from '../common/auth/access.decorators.js';
import { actsFromOutside, type CouncilContext } from '../common/auth/council-context.js';
import { ApiErrors } from '../common/http/api-docs.decorators.js';
import { Page, PageType } from '../common/http/pagination.js';
import {
  CreateObligationDto,
  ExtensionDecisionDto,
  ExtensionRequestDto,
  ExtensionView,
  IssueToAllDto,
  ObligationGroupView,
  ObligationsQuery,
  ObligationView,
  RespondDto,
  ResponseView,
  WithdrawDto,
} from './obligation.dto.js';
import type { Obligation } from './obligation.entity.js';
import { groupState } from './obligation.rules.js';
import { ObligationsService } from './obligations.service.js';

@ApiTags('obligations')
@Controller('api/v1')
export class ObligationsController {
  constructor(private readonly obligations: ObligationsService) {}

  @Post('obligations')
  @Roles('coordinator')
  @ApiOperation({ summary: 'Issue an obligation to one authority; its due date is computed or checked by the statutory calendar' })
  @ApiCreatedResponse({ type: ObligationView })
  @ApiErrors(400, 404, 413)
  async create(@Acting() acting: CouncilContext, @Body() body: CreateObligationDto): Promise<ObligationView> {
    return this.view(acting, await this.obligations.create(acting, body));
  }

  @Post('obligation-groups')
  @Roles('coordinator')
  @ApiOperation({ summary: 'Issue a report or recommendations to every responsible authority and co-operating body (or those named): one obligation each' })
  @ApiCreatedResponse({ type: ObligationGroupView })
  @ApiErrors(400, 404, 413)
  async issueToAll(@Acting() acting: CouncilContext, @Body() body: IssueToAllDto): Promise<ObligationGroupView> {
    const { group, obligations } = await this.obligations.issueToAll(acting, body);
    return this.groupView(acting, group, obligations);
  }

  @Get('obligation-groups/:id')
  @Roles('coordinator')
  @ApiOperation({ summary: 'A fan-out with the overall state: answered, open, overdue' })
  @ApiOkResponse({ type: ObligationGroupView })
  @ApiErrors(404)
  async group(@Acting() acting: CouncilContext, @Param('id') id: string): Promise<ObligationGroupView> {
    const { group, obligations } = await this.obligations.group(acting.councilId, id);
    return this.groupView(acting, group, obligations);
  }

  @Get('obligations')
  @Roles('coordinator', 'authority')
  @ApiOperation({ summary: 'Obligations, earliest due first; an authority contact sees only its own authority' })
  @ApiOkResponse({ type: PageType(ObligationView) })
  @ApiErrors(400)
  async list(@Acting() acting: CouncilContext, @Query() query: ObligationsQuery): Promise<Page<ObligationView>> {
    const page = await this.obligations.list(acting, query);
    return { items: page.items.map((o) => ObligationView.from(o, acting.today, acting.timeZone, actsFromOutside(acting))), total: page.total };
  }

  @Get('obligations/:id')
  @Roles('coordinator', 'authority')
  @ApiOperation({ summary: 'An obligation with its due date and why, its responses and extensions' })
  @ApiOkResponse({ type: ObligationView })
  @ApiErrors(404)
  async get(@Acting() acting: CouncilContext, @Param('id') id: string): Promise<ObligationView> {
    const { obligation, responses, extensions } = await this.obligations.details(acting, id);
    // The recommendations a response takes positions on are the obligation's: withheld from an outsider as they are.
    const withheld = actsFromOutside(acting) && obligation.exemptParagraph !== null;
    const response = (r: (typeof responses)[number]) => {
      const view = ResponseView.from(r);
      return withheld ? { ...view, positions: view.positions?.map((p, i) => ({ ...p, recommendation: `Recommendation ${i + 1}` })) ?? null } : view;
    };
    return { ...this.view(acting, obligation), responses: responses.map(response), extensions: extensions.map(ExtensionView.from) };
  }

  @Post('obligations/:id/responses')
  @Roles('authority', 'coordinator')
  @ApiOperation({ summary: "Record the authority's response (for recommendations, its position on each); the obligation is then responded" })
  @ApiCreatedResponse({ type: ResponseView })
  @ApiErrors(400, 404, 409, 413)
  async respond(@Acting() acting: CouncilContext, @Param('id') id: string, @Body() body: RespondDto): Promise<ResponseView> {
    return ResponseView.from(await this.obligations.respond(acting, id, body));
  }

  @Post('obligations/:id/extensions')
  @Roles('authority', 'coordinator')
  @ApiOperation({ summary: 'An authority asks for more time; a co-ordinator recording it grants it at once' })
  @ApiCreatedResponse({ type: ExtensionView })
  @ApiErrors(400, 404, 409, 413)
  async requestExtension(@Acting() acting: CouncilContext, @Param('id') id: string, @Body() body: ExtensionRequestDto): Promise<ExtensionView> {
    return ExtensionView.from(await this.obligations.requestExtension(acting, id, body));
  }

  @Post('obligations/:id/extensions/:extensionId/decision')
  @HttpCode(200)
  @Roles('coordinator')
  @ApiOperation({ summary: 'Grant or refuse an extension request; a grant moves the due date' })
  @ApiOkResponse({ type: ExtensionView })
  @ApiErrors(400, 404, 409, 413)
  async decide(
    @Acting() acting: CouncilContext,
    @Param('id') id: string,
    @Param('extensionId') extensionId: string,
    @Body() body: ExtensionDecisionDto,
  ): Promise<ExtensionView> {
    return ExtensionView.from(await this.obligations.decideExtension(acting, id, extensionId, body));
  }

  @Post('obligations/:id/withdraw')
  @HttpCode(200)
  @Roles('coordinator')
  @ApiOperation({ summary: 'Withdraw an open obligation, with the reason' })
  @ApiOkResponse({ type: ObligationView })
  @ApiErrors(400, 404, 409, 413)
  async withdraw(@Acting() acting: CouncilContext, @Param('id') id: string, @Body() body: WithdrawDto): Promise<ObligationView> {
    return this.view(acting, await this.obligations.withdraw(acting, id, body.reason));
  }

  private view(acting: CouncilContext, obligation: Obligation): ObligationView {
    return ObligationView.from(obligation, acting.today, acting.timeZone, actsFromOutside(acting));
  }

  private groupView(acting: CouncilContext, group: { id: string; kind: Obligation['kind']; subject: string; issuedOn: string }, obligations: Obligation[]) {
    const { today, timeZone } = acting;
    return {
      id: group.id,
      kind: group.kind,
      subject: group.subject,
      issuedOn: group.issuedOn,
      summary: groupState(obligations, today),
      obligations: obligations.map((o) => ObligationView.from(o, today, timeZone)),
    };
  }
}
