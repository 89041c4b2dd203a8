import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Acting, Roles } from '../common/auth/access.decorators.js';
import { type CouncilContext } from '../common/auth/council-context.js';
import { ROLES } from '../common/auth/principal.js';
import { NotFoundError } from '../common/errors/domain-errors.js';
import { ApiErrors } from '../common/http/api-docs.decorators.js';
import { Page, PageType } from '../common/http/pagination.js';
import { AddContactDto, AuthoritiesQuery, AuthorityView, ContactView, CreateAuthorityDto, RetireDto } from './authority.dto.js';
import { AuthoritiesService } from './authorities.service.js';

@ApiTags('registry')
@Controller('api/v1/authorities')
export class AuthoritiesController {
  constructor(private readonly authorities: AuthoritiesService) {}

  @Get()
  @Roles('coordinator', 'member', 'approver')
  @ApiOperation({ summary: 'Responsible authorities first, then co-operating bodies, each with contacts in escalation order' })
  @ApiOkResponse({ type: PageType(AuthorityView) })
  @ApiErrors(400)
  async list(@Acting() acting: CouncilContext, @Query() query: AuthoritiesQuery): Promise<Page<AuthorityView>> {
    const page = await this.authorities.list(acting.councilId, query.statutory, query.limit, query.offset);
    return { items: page.items.map((a) => AuthorityView.from(a.authority, a.contacts)), total: page.total };
  }

  @Get(':id')
  @Roles(...ROLES)
  @ApiOperation({ summary: 'One authority with its contacts (an authority contact sees only their own)' })
  @ApiOkResponse({ type: AuthorityView })
  @ApiErrors(404)
  async get(@Acting() acting: CouncilContext, @Param('id') id: string): Promise<AuthorityView> {
    if (acting.user?.role === 'authority' && acting.user.authorityId !== id) throw new NotFoundError('Authority', id);
    const found = await this.authorities.get(acting.councilId, id);
    return AuthorityView.from(found.authority, found.contacts);
  }

  @Post()
  @Roles('coordinator')
  @ApiOperation({ summary: 'Add a responsible authority (statutory) or co-operating body' })
  @ApiCreatedResponse({ type: AuthorityView })
  @ApiErrors(400, 409, 413)
  async create(@Acting() acting: CouncilContext, @Body() body: CreateAuthorityDto): Promise<AuthorityView> {
    return AuthorityView.from(await this.authorities.create(acting, body), []);
  }

  @Put(':id')
  @Roles('coordinator')
  @ApiOperation({ summary: "Correct an authority's name, kind or standing (audited)" })
  @ApiOkResponse({ type: AuthorityView })
  @ApiErrors(400, 404, 409, 413)
  async update(@Acting() acting: CouncilContext, @Param('id') id: string, @Body() body: CreateAuthorityDto): Promise<AuthorityView> {
    const authority = await this.authorities.update(acting, id, body);
    return AuthorityView.from(authority, (await this.authorities.get(acting.councilId, id)).contacts);
  }

  @Post(':id/retire')
  @HttpCode(200)
  @Roles('coordinator')
  @ApiOperation({ summary: 'Retire an authority (merged, abolished): nothing new is issued to it; what it owes is still chased (withdraw it if not)' })
  @ApiOkResponse({ type: AuthorityView })
  @ApiErrors(400, 404, 409, 413)
  async retire(@Acting() acting: CouncilContext, @Param('id') id: string, @Body() body: RetireDto): Promise<AuthorityView> {
    const authority = await this.authorities.retire(acting, id, body.reason);
    return AuthorityView.from(authority, (await this.authorities.get(acting.councilId, id)).contacts);
  }

  @Post(':id/contacts/:contactId/retire')
  @HttpCode(200)
  @Roles('coordinator')
  @ApiOperation({ summary: 'Retire a contact who has left: reminders write to the rest of the ladder (audited)' })
  @ApiOkResponse({ type: ContactView })
  @ApiErrors(400, 404, 409, 413)
  async retireContact(@Acting() acting: CouncilContext, @Param('id') id: string, @Param('contactId') contactId: string, @Body() body: RetireDto): Promise<ContactView> {
    return ContactView.from(await this.authorities.retireContact(acting, id, contactId, body.reason));
  }

  @Post(':id/contacts')
  @Roles('coordinator')
  @ApiOperation({ summary: 'Add a contact at an authority, with the escalation level reminders use' })
  @ApiCreatedResponse({ type: ContactView })
  @ApiErrors(400, 404, 413)
  async addContact(@Acting() acting: CouncilContext, @Param('id') id: string, @Body() body: AddContactDto): Promise<ContactView> {
    return ContactView.from(await this.authorities.addContact(acting, id, body));
  }

  @Put(':id/contacts/:contactId')
  @Roles('coordinator')
  @ApiOperation({ summary: 'Correct a contact (e.g. a rejected address); it is then no longer failing and reminders write to it again' })
  @ApiOkResponse({ type: ContactView })
  @ApiErrors(400, 404, 413)
  async updateContact(
    @Acting() acting: CouncilContext,
    @Param('id') id: string,
    @Param('contactId') contactId: string,
    @Body() body: AddContactDto,
  ): Promise<ContactView> {
    return ContactView.from(await this.authorities.updateContact(acting, id, contactId, body));
  }
}
