import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Acting, Roles } from '../common/auth/access.decorators.js';
import { type CouncilContext } from '../common/auth/council-context.js';
import { ROLES } from '../common/auth/principal.js';
import { ApiErrors } from '../common/http/api-docs.decorators.js';
import { Page, PageQuery, PageType } from '../common/http/pagination.js';
import { CreateMunicipalYearDto, MunicipalYearView } from './municipal-year.dto.js';
import { MunicipalYearsService } from './municipal-years.service.js';

@ApiTags('registry')
@Controller('api/v1/municipal-years')
export class MunicipalYearsController {
  constructor(private readonly years: MunicipalYearsService) {}

  @Get()
  @Roles(...ROLES)
  @ApiOperation({ summary: 'Municipal years, earliest first' })
  @ApiOkResponse({ type: PageType(MunicipalYearView) })
  @ApiErrors(400)
  async list(@Acting() acting: CouncilContext, @Query() query: PageQuery): Promise<Page<MunicipalYearView>> {
    const page = await this.years.list(acting.councilId, query.limit, query.offset);
    return { items: page.items.map(MunicipalYearView.from), total: page.total };
  }

  @Post()
  @Roles('coordinator')
  @ApiOperation({ summary: 'Add a municipal year (May to May); years may not overlap' })
  @ApiCreatedResponse({ type: MunicipalYearView })
  @ApiErrors(400, 409, 413)
  async create(@Acting() acting: CouncilContext, @Body() body: CreateMunicipalYearDto): Promise<MunicipalYearView> {
    return MunicipalYearView.from(await this.years.create(acting, body));
  }
}
