import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Acting, Roles } from '../common/auth/access.decorators.js';
import { type CouncilContext } from '../common/auth/council-context.js';
import { ApiErrors } from '../common/http/api-docs.decorators.js';
import { Page, PageType } from '../common/http/pagination.js';
import { AuditEntryView, AuditQuery } from './audit.dto.js';
import { AuditService } from './audit.service.js';

@ApiTags('audit')
@Controller('api/v1/audit')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @Roles('coordinator')
  @ApiOperation({ summary: 'The audit trail of one entity, oldest change first' })
  @ApiOkResponse({ type: PageType(AuditEntryView) })
  @ApiErrors(400)
  async trail(@Acting() acting: CouncilContext, @Query() query: AuditQuery): Promise<Page<AuditEntryView>> {
    const page = await this.audit.trail(acting.councilId, query.entityType, query.entityId, query.limit, query.offset);
    return { items: page.items.map(AuditEntryView.from), total: page.total };
  }
}
