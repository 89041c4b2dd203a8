import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Acting, CurrentUser, Roles } from '../common/auth/access.decorators.js';
import { type CouncilContext } from '../common/auth/council-context.js';
import { type Principal, ROLES } from '../common/auth/principal.js';
import { ApiErrors } from '../common/http/api-docs.decorators.js';
import { Page, PageQuery, PageType } from '../common/http/pagination.js';
import { CouncilsService } from './councils.service.js';
import { CreatedUserView, CreateUserDto, MeView, RevokedView, TokenView, UserView } from './user.dto.js';

@ApiTags('access')
@Controller('api/v1')
export class UsersController {
  constructor(private readonly councils: CouncilsService) {}

  @Post('users')
  @Roles('coordinator')
  @ApiOperation({ summary: 'Create a user of your council and their first bearer token (shown once)' })
  @ApiCreatedResponse({ type: CreatedUserView })
  @ApiErrors(400, 404, 409, 413)
  async create(@Acting() acting: CouncilContext, @Body() body: CreateUserDto): Promise<CreatedUserView> {
    const created = await this.councils.createUser(acting, body);
    return { id: created.user.id, token: created.token };
  }

  @Get('users')
  @Roles('coordinator')
  @ApiOperation({ summary: "Your council's users (never their tokens)" })
  @ApiOkResponse({ type: PageType(UserView) })
  @ApiErrors(400)
  async list(@Acting() acting: CouncilContext, @Query() query: PageQuery): Promise<Page<UserView>> {
    const page = await this.councils.listUsers(acting.councilId, query.limit, query.offset);
    return { items: page.items.map(UserView.from), total: page.total };
  }

  @Post('users/:id/tokens')
  @Roles('coordinator')
  @ApiOperation({ summary: 'Issue a further bearer token for a user (shown once), e.g. to rotate one' })
  @ApiCreatedResponse({ type: TokenView })
  @ApiErrors(404)
  async newToken(@Acting() acting: CouncilContext, @Param('id') id: string): Promise<TokenView> {
    return { token: await this.councils.newToken(acting, id) };
  }

  @Post('users/:id/revoke-tokens')
  @HttpCode(200)
  @Roles('coordinator')
  @ApiOperation({ summary: "Revoke every token of a user, e.g. when they leave; their record and audit trail remain" })
  @ApiOkResponse({ type: RevokedView })
  @ApiErrors(404)
  async revokeTokens(@Acting() acting: CouncilContext, @Param('id') id: string): Promise<RevokedView> {
    return { revoked: await this.councils.revokeTokens(acting, id) };
  }

  @Get('me')
  @Roles(...ROLES)
  @ApiOperation({ summary: 'Who the token belongs to' })
  @ApiOkResponse({ type: MeView })
  @ApiErrors()
  async me(@CurrentUser() principal: Principal): Promise<MeView> {
    const [user, council] = await Promise.all([
      this.councils.user(principal.councilId, principal.userId),
      this.councils.council(principal.councilId),
    ]);
    return { ...UserView.from(user), councilId: council.id, councilSlug: council.slug, councilName: council.name };
  }
}
