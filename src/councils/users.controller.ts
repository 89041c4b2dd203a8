import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles } from '../common/auth/access.decorators.js';
import { actorOf, type Principal, ROLES } from '../common/auth/principal.js';
import { ApiErrors } from '../common/http/api-docs.decorators.js';
import { Page, PageQuery, PageType } from '../common/http/pagination.js';
import { CouncilsService } from './councils.service.js';
import { CreatedUserView, CreateUserDto, MeView, UserView } from './user.dto.js';

@ApiTags('access')
@Controller('api/v1')
export class UsersController {
  constructor(private readonly councils: CouncilsService) {}

  @Post('users')
  @Roles('coordinator')
  @ApiOperation({ summary: 'Create a user of your council and their first bearer token (shown once)' })
  @ApiCreatedResponse({ type: CreatedUserView })
  @ApiErrors(400, 404, 409, 413)
  async create(@CurrentUser() user: Principal, @Body() body: CreateUserDto): Promise<CreatedUserView> {
    const created = await this.councils.createUser(actorOf(user), body);
    return { id: created.user.id, token: created.token };
  }

  @Get('users')
  @Roles('coordinator')
  @ApiOperation({ summary: "Your council's users (never their tokens)" })
  @ApiOkResponse({ type: PageType(UserView) })
  @ApiErrors(400)
  async list(@CurrentUser() user: Principal, @Query() query: PageQuery): Promise<Page<UserView>> {
    const page = await this.councils.listUsers(user.councilId, query.limit, query.offset);
    return { items: page.items.map(UserView.from), total: page.total };
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
