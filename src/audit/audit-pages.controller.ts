import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Acting, Pages, Roles } from '../common/auth/access.decorators.js';
import type { CouncilContext } from '../common/auth/council-context.js';
import { NotFoundError } from '../common/errors/domain-errors.js';
import { PageRenderer } from '../common/web/page-renderer.js';
import { auditInWords, fieldInWords } from './audit.rules.js';
import { AuditService } from './audit.service.js';

/** The audit trail of any record, in words: who did what, when, and what changed. */
@Pages()
@Controller('audit')
export class AuditPagesController {
  constructor(
    private readonly audit: AuditService,
    private readonly pages: PageRenderer,
  ) {}

  @Get(':entityType/:entityId')
  @Roles('coordinator')
  async trail(@Req() request: Request, @Res() response: Response, @Acting() acting: CouncilContext, @Param('entityType') entityType: string, @Param('entityId') entityId: string): Promise<void> {
    const trail = await this.audit.trail(acting.councilId, entityType, entityId, 500, 0);
    // Another council's record, or none: the same answer.
    if (trail.total === 0) throw new NotFoundError('Audit trail', entityId);
    const back = request.get('referer');
    this.pages.send(request, response, 'audit/pages/trail.njk', {
      title: `Audit trail`,
      area: null,
      kind: fieldInWords(entityType),
      back: back && new URL(back).host === request.get('host') ? new URL(back).pathname : null,
      entries: trail.items.map((e) => ({ at: e.at, ...auditInWords(e, acting.timeZone) })),
      timeZone: acting.timeZone,
    });
  }
}
