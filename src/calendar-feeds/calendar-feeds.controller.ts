import { Body, Controller, Get, HttpCode, Param, Post, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiExcludeEndpoint, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Acting, Public, Roles } from '../common/auth/access.decorators.js';
import { type CouncilContext } from '../common/auth/council-context.js';
import { NotFoundError } from '../common/errors/domain-errors.js';
import { ApiErrors } from '../common/http/api-docs.decorators.js';
import { sendSecretCalendar } from '../common/http/secret-feed.js';
import { CalendarFeedView, CreateCalendarFeedDto, CreatedCalendarFeedView } from './calendar-feed.dto.js';
import { CalendarFeedsService } from './calendar-feeds.service.js';

@ApiTags('obligations')
@Controller()
export class CalendarFeedsController {
  constructor(private readonly feeds: CalendarFeedsService) {}

  @Post('api/v1/calendar-feeds')
  @Roles('coordinator', 'authority')
  @ApiOperation({ summary: "A secret iCalendar feed of open obligations' due dates: an authority's own, or the council's" })
  @ApiCreatedResponse({ type: CreatedCalendarFeedView })
  @ApiErrors(400, 404, 413)
  async create(@Acting() acting: CouncilContext, @Body() body: CreateCalendarFeedDto): Promise<CreatedCalendarFeedView> {
    const { feed, url } = await this.feeds.create(acting, body.authorityId);
    return { ...CalendarFeedView.from(feed), url };
  }

  @Get('api/v1/calendar-feeds')
  @Roles('coordinator', 'authority')
  @ApiOperation({ summary: 'The feeds the caller may revoke (never their secret addresses)' })
  @ApiOkResponse({ type: [CalendarFeedView] })
  @ApiErrors()
  async list(@Acting() acting: CouncilContext): Promise<CalendarFeedView[]> {
    return (await this.feeds.list(acting)).map(CalendarFeedView.from);
  }

  @Post('api/v1/calendar-feeds/:id/revoke')
  @HttpCode(200)
  @Roles('coordinator', 'authority')
  @ApiOperation({ summary: 'Revoke a feed: its address stops working at once' })
  @ApiOkResponse({ type: CalendarFeedView })
  @ApiErrors(404, 409)
  async revoke(@Acting() acting: CouncilContext, @Param('id') id: string): Promise<CalendarFeedView> {
    return CalendarFeedView.from(await this.feeds.revoke(acting, id));
  }

  /** The feed itself, for calendar programs: the secret address is the only credential. */
  @Get('feeds/:file')
  @Public()
  @ApiExcludeEndpoint()
  async feed(@Param('file') file: string, @Res() response: Response): Promise<void> {
    const calendar = file.endsWith('.ics') ? await this.feeds.render(file.slice(0, -4)) : null;
    if (calendar === null) throw new NotFoundError('Calendar feed');
    sendSecretCalendar(response, calendar);
  }
}
