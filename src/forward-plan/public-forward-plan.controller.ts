import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { wantsPage } from '../common/web/negotiate.js';
import { PageRenderer } from '../common/web/page-renderer.js';
import { type Compliance, noticeTitle } from './forward-plan.rules.js';
import { Public } from '../common/auth/access.decorators.js';
import { AppConfig } from '../common/config/app-config.js';
import { NotFoundError } from '../common/errors/domain-errors.js';
import { ApiErrors } from '../common/http/api-docs.decorators.js';
import { ForwardPlanService } from './forward-plan.service.js';
import { decisionsCalendar, publicDecision } from './public-forward-plan.js';

/** Whether the public was given its notice of a key decision, in a word and a colour. */
const VERDICT_WORDS: Record<Compliance['verdict'], { text: string; colour: string }> = {
  compliant: { text: 'Notice given in time', colour: 'green' },
  compliant_by_exception: { text: 'Notice late, lawfully (exception)', colour: 'yellow' },
  late: { text: 'Notice not given in time', colour: 'red' },
  not_published: { text: 'Not yet published', colour: 'grey' },
  not_key: { text: 'Not a key decision', colour: 'grey' },
};

@ApiTags('public')
@Controller('public')
export class PublicForwardPlanController {
  constructor(
    private readonly forwardPlan: ForwardPlanService,
    private readonly config: AppConfig,
    private readonly pages: PageRenderer,
  ) {}

  @Get(':councilSlug/forward-plan')
  @Public()
  @ApiOperation({ summary: 'The published Regulation 9 notices and their key decisions; one to be taken in private shows its Schedule 12A paragraph, not its papers. A page, saying whether each notice was given in time, to a browser' })
  @ApiOkResponse({ description: '{ council, notices: [{ periodStart, periodEnd, publishedOn, decisions }] }' })
  @ApiErrors(404)
  async plan(@Param('councilSlug') slug: string, @Req() request: Request, @Res() response: Response): Promise<void> {
    if (wantsPage(request, response)) {
      const found = await this.forwardPlan.publishedWithCompliance(slug);
      if (!found) throw new NotFoundError('Council', slug);
      return this.pages.sendPublic(response, 'forward-plan/pages/public-plan.njk', {
        title: 'Forward plan',
        area: 'public-forward-plan',
        council: found.council,
        notices: [...found.notices].reverse().map(({ notice, decisions }) => ({
          title: noticeTitle(notice),
          publishedOn: notice.publishedOn,
          decisions: decisions.map((d) => ({ ...publicDecision(d, found.council.timeZone), compliance: d.compliance, inTime: VERDICT_WORDS[d.compliance.verdict] })),
        })),
      });
    }
    const found = await this.forwardPlan.published(slug);
    if (!found) throw new NotFoundError('Council', slug);
    response.json({
      council: found.council.name,
      notices: found.notices.map(({ notice, decisions }) => ({
        id: notice.id,
        periodStart: notice.periodStart,
        periodEnd: notice.periodEnd,
        publishedOn: notice.publishedOn,
        decisions: decisions.map((d) => publicDecision(d, found.council.timeZone)),
      })),
    });
  }

  @Get(':councilSlug/forward-plan.ics')
  @Public()
  @ApiOperation({ summary: 'The dates of the published key decisions as an iCalendar feed' })
  @ApiProduces('text/calendar')
  @ApiOkResponse({ description: 'iCalendar (RFC 5545)' })
  @ApiErrors(404)
  async calendar(@Param('councilSlug') slug: string, @Res() response: Response): Promise<void> {
    const found = await this.forwardPlan.published(slug);
    if (!found) throw new NotFoundError('Council', slug);
    const decisions = found.notices.flatMap((n) => n.decisions.map((d) => ({ ...publicDecision(d, found.council.timeZone), recordedAt: d.createdAt })));
    response
      .status(200)
      .set({ 'Content-Type': 'text/calendar; charset=utf-8', 'Cache-Control': 'public, max-age=300' })
      .send(decisionsCalendar({ council: found.council.name, domain: this.config.mailDomain, decisions }));
  }
}
