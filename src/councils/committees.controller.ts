import { Body, Controller, Get, Param, Post, Put, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Acting, Roles } from '../common/auth/access.decorators.js';
import { type CouncilContext } from '../common/auth/council-context.js';
import { ROLES } from '../common/auth/principal.js';
import { ApiErrors } from '../common/http/api-docs.decorators.js';
import { Page, PageQuery, PageType } from '../common/http/pagination.js';
import { AddCommitteeMemberDto, CommitteeMemberView, MembersQuery, UpdateCommitteeMemberDto } from './committee-member.dto.js';
import { CommitteeView, CreateCommitteeDto } from './committee.dto.js';
import { CommitteesService } from './committees.service.js';

@ApiTags('registry')
@Controller('api/v1/committees')
export class CommitteesController {
  constructor(private readonly committees: CommitteesService) {}

  @Get()
  @Roles(...ROLES)
  @ApiOperation({ summary: "The council's committees" })
  @ApiOkResponse({ type: PageType(CommitteeView) })
  @ApiErrors(400)
  async list(@Acting() acting: CouncilContext, @Query() query: PageQuery): Promise<Page<CommitteeView>> {
    const page = await this.committees.list(acting.councilId, query.limit, query.offset);
    return { items: page.items.map(CommitteeView.from), total: page.total };
  }

  @Post()
  @Roles('coordinator')
  @ApiOperation({ summary: 'Create a committee' })
  @ApiCreatedResponse({ type: CommitteeView })
  @ApiErrors(400, 409, 413)
  async create(@Acting() acting: CouncilContext, @Body() body: CreateCommitteeDto): Promise<CommitteeView> {
    return CommitteeView.from(await this.committees.create(acting, body.name));
  }

  @Get(':id')
  @Roles(...ROLES)
  @ApiOperation({ summary: 'One committee' })
  @ApiOkResponse({ type: CommitteeView })
  @ApiErrors(404)
  async get(@Acting() acting: CouncilContext, @Param('id') id: string): Promise<CommitteeView> {
    return CommitteeView.from(await this.committees.get(acting.councilId, id));
  }

  @Get(':id/members')
  @Roles('coordinator', 'member', 'approver')
  @ApiOperation({ summary: 'Members and standing invitees, chair first; those serving on a day, or in a municipal year' })
  @ApiOkResponse({ type: PageType(CommitteeMemberView) })
  @ApiErrors(400, 404)
  async members(
    @Acting() acting: CouncilContext,
    @Param('id') id: string,
    @Query() query: MembersQuery,
  ): Promise<Page<CommitteeMemberView>> {
    const page = await this.committees.listMembers(acting.councilId, id, { on: query.on, municipalYear: query.municipalYear }, query.limit, query.offset);
    return { items: page.items.map(CommitteeMemberView.from), total: page.total };
  }

  @Post(':id/members')
  @Roles('coordinator')
  @ApiOperation({ summary: 'Add a member, co-optee or standing invitee to a committee' })
  @ApiCreatedResponse({ type: CommitteeMemberView })
  @ApiErrors(400, 404, 409, 413)
  async addMember(
    @Acting() acting: CouncilContext,
    @Param('id') id: string,
    @Body() body: AddCommitteeMemberDto,
  ): Promise<CommitteeMemberView> {
    return CommitteeMemberView.from(await this.committees.addMember(acting, id, body));
  }

  @Put(':id/members/:memberId')
  @Roles('coordinator')
  @ApiOperation({ summary: 'Correct a membership, or end it (to): one chair and one vice-chair on any day' })
  @ApiOkResponse({ type: CommitteeMemberView })
  @ApiErrors(400, 404, 409, 413)
  async updateMember(
    @Acting() acting: CouncilContext,
    @Param('id') id: string,
    @Param('memberId') memberId: string,
    @Body() body: UpdateCommitteeMemberDto,
  ): Promise<CommitteeMemberView> {
    return CommitteeMemberView.from(await this.committees.updateMember(acting, id, memberId, body));
  }
}
