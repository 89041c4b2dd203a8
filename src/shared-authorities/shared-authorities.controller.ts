import { Body, Controller, Get, Param, Post, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiExcludeEndpoint, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentUser, Public, Roles } from '../common/auth/access.decorators.js';
import { operatorActor, type Principal } from '../common/auth/principal.js';
import { NotFoundError } from '../common/errors/domain-errors.js';
import { ApiErrors } from '../common/http/api-docs.decorators.js';
import { sendSecretCalendar } from '../common/http/secret-feed.js';
import { dateIn } from '../common/time/dates.js';
import { Clock } from '../common/time/clock.js';
import { ObligationView, RespondDto, ResponseView } from '../obligations/obligation.dto.js';
import { LinkCouncilDto, RegisterSharedAuthorityDto, SharedAuthorityView, SharedContactCreatedView, SharedContactDto, SharedObligationsView } from './shared-authority.dto.js';
import { SharedAuthoritiesService } from './shared-authorities.service.js';

/** The operator registers a body once and links it to each council it serves. */
@ApiTags('operator')
@Controller('api/v1/operator/authorities')
export class SharedAuthoritiesOperatorController {
  constructor(private readonly shared: SharedAuthoritiesService) {}

  @Post()
  @Roles('operator')
  @ApiOperation({ summary: 'Register a responsible authority once for every council it serves (a police force, a fire service)' })
  @ApiCreatedResponse({ type: SharedAuthorityView })
  @ApiErrors(400, 409, 413)
  async register(@CurrentUser() operator: Principal, @Body() body: RegisterSharedAuthorityDto): Promise<SharedAuthorityView> {
    const registered = await this.shared.register(body, operatorActor(operator));
    return { id: registered.id, name: registered.name, kind: registered.kind, councilIds: [] };
  }

  @Get()
  @Roles('operator')
  @ApiOperation({ summary: 'The registered bodies and the councils each is linked to' })
  @ApiOkResponse({ type: [SharedAuthorityView] })
  @ApiErrors()
  async list(): Promise<SharedAuthorityView[]> {
    return (await this.shared.list()).map(({ body, councilIds }) => ({ id: body.id, name: body.name, kind: body.kind, councilIds }));
  }

  @Post(':id/councils')
  @Roles('operator')
  @ApiOperation({ summary: "Link a council to the body: the council's authority of that name is linked (made if it has none), its contacts and ladder its own" })
  @ApiCreatedResponse({ type: SharedAuthorityView })
  @ApiErrors(400, 404, 409, 413)
  async link(@CurrentUser() operator: Principal, @Param('id') id: string, @Body() body: LinkCouncilDto): Promise<{ sharedAuthorityId: string; councilId: string; authorityId: string }> {
    const { authorityId } = await this.shared.linkCouncil(operatorActor(operator), id, body.councilId);
    return { sharedAuthorityId: id, councilId: body.councilId, authorityId };
  }

  @Post(':id/contacts')
  @Roles('operator')
  @ApiOperation({ summary: "A contact of the body, who answers every linked council's obligations from one sign-in (token and feed shown once)" })
  @ApiCreatedResponse({ type: SharedContactCreatedView })
  @ApiErrors(400, 404, 409, 413)
  async contact(@CurrentUser() operator: Principal, @Param('id') id: string, @Body() body: SharedContactDto): Promise<SharedContactCreatedView> {
    const { contact, token, feedUrl } = await this.shared.addContact(id, body, operatorActor(operator));
    return { id: contact.id, token, feedUrl };
  }
}

/** What a shared authority's contact does: every council's obligations to the body, on one page of the API, and the answers. */
@ApiTags('shared authorities')
@Controller()
export class SharedAuthorityContactController {
  constructor(
    private readonly shared: SharedAuthoritiesService,
    private readonly clock: Clock,
  ) {}

  @Get('api/v1/shared-authority/obligations')
  @Roles('shared-authority')
  @ApiOperation({ summary: 'Every obligation of every council the body serves, grouped by council; exempt information withheld' })
  @ApiOkResponse({ type: SharedObligationsView })
  @ApiErrors()
  async obligations(@CurrentUser() contact: Principal): Promise<SharedObligationsView> {
    const { body, parts } = await this.shared.parts(contact.authorityId!);
    return {
      authorityName: body.name,
      councils: parts.map((part) => {
        const today = dateIn(this.clock.now(), part.timeZone);
        return { councilId: part.councilId, councilName: part.councilName, authorityId: part.authorityId, obligations: part.obligations.map((o) => ObligationView.from(o, today, part.timeZone, true)) };
      }),
    };
  }

  @Post('api/v1/shared-authority/obligations/:id/responses')
  @Roles('shared-authority')
  @ApiOperation({ summary: "Answer one council's obligation, as the body" })
  @ApiCreatedResponse({ type: ResponseView })
  @ApiErrors(400, 404, 409, 413)
  async respond(@CurrentUser() contact: Principal, @Param('id') id: string, @Body() body: RespondDto): Promise<ResponseView> {
    return ResponseView.from(await this.shared.respond(contact, id, body));
  }

  /** The contact's feed of every council's open obligations: the secret address is the only credential. */
  @Get('feeds/shared/:file')
  @Public()
  @ApiExcludeEndpoint()
  async feed(@Param('file') file: string, @Res() response: Response): Promise<void> {
    const calendar = file.endsWith('.ics') ? await this.shared.feed(file.slice(0, -4)) : null;
    if (calendar === null) throw new NotFoundError('Calendar feed');
    sendSecretCalendar(response, calendar);
  }
}
