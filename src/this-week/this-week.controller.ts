import { Controller, Get, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Acting, Pages, Roles } from '../common/auth/access.decorators.js';
import type { CouncilContext } from '../common/auth/council-context.js';
import { EVERYONE } from '../common/auth/principal.js';
import { PageRenderer } from '../common/web/page-renderer.js';
import { ThisWeekService } from './this-week.service.js';

/** The home page: for a co-ordinator, their week; for others, where their work is found. */
@Pages()
@Controller()
export class ThisWeekController {
  constructor(
    private readonly thisWeek: ThisWeekService,
    private readonly pages: PageRenderer,
  ) {}

  @Get()
  @Roles(...EVERYONE)
  async home(@Req() request: Request, @Res() response: Response, @Acting() acting: CouncilContext): Promise<void> {
    // A member's work is their requests; an approver's and an authority's comes to them by e-mail.
    if (acting.user?.role === 'member') return response.redirect(303, '/draw-downs');
    // The service's operators and a shared body's contacts have pages of their own.
    if (acting.user?.role === 'operator') return response.redirect(303, '/operator');
    if (acting.user?.role === 'shared-authority') return response.redirect(303, '/shared-authority');
    if (acting.user?.role !== 'coordinator') {
      return this.pages.send(request, response, 'this-week/pages/elsewhere.njk', { title: 'Signed in', area: 'home' });
    }
    const week = await this.thisWeek.of(acting);
    this.pages.send(request, response, 'this-week/pages/this-week.njk', { title: 'This week', area: 'home', week, timeZone: acting.timeZone });
  }
}
