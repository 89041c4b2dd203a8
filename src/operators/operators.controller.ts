import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles } from '../common/auth/access.decorators.js';
import type { Principal } from '../common/auth/principal.js';
import { AppConfig } from '../common/config/app-config.js';
import { ApiErrors } from '../common/http/api-docs.decorators.js';
import { Page, PageQuery, PageType } from '../common/http/pagination.js';
import { AuditEntryView } from '../audit/audit.dto.js';
import { CouncilView, CreateCouncilDto, LogoDto, RenameCouncilDto, MailIdentityDto, MailIdentityView, SuspendCouncilDto } from './operator.dto.js';
import { OperatorsService } from './operators.service.js';

/** The operator's API: the councils of a hosted service, made and suspended without a shell on the server. */
@ApiTags('operator')
@Controller('api/v1/operator/councils')
export class OperatorsController {
  constructor(
    private readonly operators: OperatorsService,
    private readonly config: AppConfig,
  ) {}

  @Post()
  @Roles('operator')
  @ApiOperation({ summary: 'Create a council and its first co-ordinator (who signs in with a link sent to their address)' })
  @ApiCreatedResponse({ type: CouncilView })
  @ApiErrors(400, 409, 413)
  async create(@CurrentUser() operator: Principal, @Body() body: CreateCouncilDto): Promise<CouncilView> {
    return CouncilView.from(await this.operators.createCouncil(operator, body, this.config.TZ_DEFAULT));
  }

  @Get()
  @Roles('operator')
  @ApiOperation({ summary: 'Every council of the service, by name, active or suspended' })
  @ApiOkResponse({ type: PageType(CouncilView) })
  @ApiErrors(400)
  async list(@Query() query: PageQuery): Promise<Page<CouncilView>> {
    const page = await this.operators.listCouncils(query.limit, query.offset);
    return { items: page.items.map(CouncilView.from), total: page.total };
  }

  @Get(':id')
  @Roles('operator')
  @ApiOperation({ summary: 'One council' })
  @ApiOkResponse({ type: CouncilView })
  @ApiErrors(404)
  async one(@Param('id') id: string): Promise<CouncilView> {
    return CouncilView.from(await this.operators.council(id));
  }

  @Get(':id/export')
  @Roles('operator')
  @ApiOperation({ summary: "Export everything the council has recorded, table by table (credentials left out), as JSON; noted in the council's audit trail" })
  @ApiOkResponse({ description: '{ format, exportedAt, council, tables: { <table>: rows } }' })
  @ApiErrors(404)
  async export(@CurrentUser() operator: Principal, @Param('id') id: string, @Res({ passthrough: true }) response: Response): Promise<object> {
    const exported = await this.operators.exportCouncil(operator, id);
    response.setHeader('Content-Disposition', `attachment; filename="${exported.council.slug}-${exported.exportedAt.slice(0, 10)}.json"`);
    response.setHeader('Cache-Control', 'no-store');
    return { ...exported, council: CouncilView.from(exported.council) };
  }

  @Get(':id/mail-identity')
  @Roles('operator')
  @ApiOperation({ summary: "The name, domain, reply-to and mail server the council's e-mail goes out with (the server without its password)" })
  @ApiOkResponse({ type: MailIdentityView })
  @ApiErrors(404)
  async mailIdentity(@Param('id') id: string): Promise<MailIdentityView> {
    return MailIdentityView.from(await this.operators.mailIdentity(id));
  }

  @Put(':id/mail-identity')
  @Roles('operator')
  @ApiOperation({ summary: "Set the council's mail identity (each part absent or null: the service's); in its audit trail" })
  @ApiOkResponse({ type: MailIdentityView })
  @ApiErrors(400, 404, 413)
  async setMailIdentity(@CurrentUser() operator: Principal, @Param('id') id: string, @Body() body: MailIdentityDto): Promise<MailIdentityView> {
    return MailIdentityView.from(await this.operators.setMailIdentity(operator, id, body));
  }

  @Put(':id/name')
  @Roles('operator')
  @ApiOperation({ summary: "Rename the council: its pages, e-mails and reports carry the new name (its short name, in public addresses, stays); in its audit trail" })
  @ApiOkResponse({ type: CouncilView })
  @ApiErrors(400, 404, 413)
  async rename(@CurrentUser() operator: Principal, @Param('id') id: string, @Body() body: RenameCouncilDto): Promise<CouncilView> {
    return CouncilView.from(await this.operators.rename(operator, id, body.name));
  }

  @Put(':id/logo')
  @Roles('operator')
  @ApiOperation({ summary: "Set the council's logo, shown with its name on its pages, public pages, e-mails and reports; in its audit trail" })
  @ApiOkResponse({ type: CouncilView })
  @ApiErrors(400, 404, 413)
  async setLogo(@CurrentUser() operator: Principal, @Param('id') id: string, @Body() body: LogoDto): Promise<CouncilView> {
    return CouncilView.from(await this.operators.setLogo(operator, id, Buffer.from(body.image, 'base64')));
  }

  @Delete(':id/logo')
  @Roles('operator')
  @ApiOperation({ summary: "Remove the council's logo (its name alone heads its pages)" })
  @ApiOkResponse({ type: CouncilView })
  @ApiErrors(404)
  async removeLogo(@CurrentUser() operator: Principal, @Param('id') id: string): Promise<CouncilView> {
    return CouncilView.from(await this.operators.removeLogo(operator, id));
  }

  @Post(':id/suspend')
  @HttpCode(200)
  @Roles('operator')
  @ApiOperation({ summary: "Suspend a council: its people are refused and nothing is sent for it; its public record stays published" })
  @ApiOkResponse({ type: CouncilView })
  @ApiErrors(400, 404, 409, 413)
  async suspend(@CurrentUser() operator: Principal, @Param('id') id: string, @Body() body: SuspendCouncilDto): Promise<CouncilView> {
    return CouncilView.from(await this.operators.suspend(operator, id, body.reason));
  }

  @Post(':id/reinstate')
  @HttpCode(200)
  @Roles('operator')
  @ApiOperation({ summary: 'Reinstate a suspended council' })
  @ApiOkResponse({ type: CouncilView })
  @ApiErrors(404, 409)
  async reinstate(@CurrentUser() operator: Principal, @Param('id') id: string): Promise<CouncilView> {
    return CouncilView.from(await this.operators.reinstate(operator, id));
  }
}

/** The service's own trail: what operators and shared bodies' contacts did outside every council. */
@ApiTags('operator')
@Controller('api/v1/operator/audit')
export class OperatorAuditController {
  constructor(private readonly operators: OperatorsService) {}

  @Get()
  @Roles('operator')
  @ApiOperation({ summary: "The service's own audit trail, newest first: sign-ins of operators and shared bodies' contacts, shared bodies registered, their contacts added (each council's changes are in its own trail)" })
  @ApiOkResponse({ type: PageType(AuditEntryView) })
  @ApiErrors(400)
  async trail(@Query() query: PageQuery): Promise<Page<AuditEntryView>> {
    const page = await this.operators.serviceTrail(query.limit, query.offset);
    return { items: page.items.map(AuditEntryView.from), total: page.total };
  }
}
