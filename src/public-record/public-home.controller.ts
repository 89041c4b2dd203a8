import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { AppConfig } from '../common/config/app-config.js';
import { publishedFeed } from './feed.rules.js';
import { PublishedRecordService } from './published-record.service.js';
import type { Request, Response } from 'express';
import { Public } from '../common/auth/access.decorators.js';
import { NotFoundError } from '../common/errors/domain-errors.js';
import { ApiErrors } from '../common/http/api-docs.decorators.js';
import { Clock } from '../common/time/clock.js';
import { dateIn, toZonedIso } from '../common/time/dates.js';
import { wantsPage } from '../common/web/negotiate.js';
import { PageRenderer } from '../common/web/page-renderer.js';
import { CommitteesService } from '../councils/committees.service.js';
import { CouncilsService } from '../councils/councils.service.js';
import { MeetingsService } from '../meetings/meetings.service.js';

/** How the public pages name a member's role on the committee. */
const ROLE_WORDS: Record<string, string> = { chair: 'Chair', vice_chair: 'Vice-Chair', member: 'Member', co_opted: 'Co-opted member', standing_invitee: 'Standing invitation' };

/** A council's public home: its committee, who serves on it, the meetings to come, and where to read and subscribe. */
@ApiTags('public')
@Controller('public')
export class PublicHomeController {
  constructor(
    private readonly councils: CouncilsService,
    private readonly committees: CommitteesService,
    private readonly meetings: MeetingsService,
    private readonly clock: Clock,
    private readonly pages: PageRenderer,
    private readonly record: PublishedRecordService,
    private readonly config: AppConfig,
  ) {}

  @Get(':councilSlug/search')
  @Public()
  @ApiOperation({ summary: 'Search the public record: approved minutes by full-text search, and the published titles (agenda items, work plan, key decisions). Nothing exempt' })
  @ApiOkResponse({ description: '{ council, query, minutes: [{ meetingId, meeting, number, title, passage }], titles: [{ kind, title, path }] }' })
  @ApiErrors(404)
  async search(@Param('councilSlug') slug: string, @Query('q') q: unknown, @Req() request: Request, @Res() response: Response): Promise<void> {
    const query = typeof q === 'string' ? q.slice(0, 200) : '';
    const found = await this.record.search(slug, query);
    if (!found) throw new NotFoundError('Council', slug);
    if (!wantsPage(request, response)) {
      response.json({ council: found.council.name, query, minutes: found.minutes.map((m) => ({ ...m, passage: m.passage.map((p) => p.text).join('') })), titles: found.titles });
      return;
    }
    this.pages.sendPublic(response, 'public-record/pages/search.njk', { title: query ? `Search: ${query}` : 'Search', area: 'public-search', council: found.council, query, found });
  }

  @Get(':councilSlug/feed.atom')
  @Public()
  @ApiOperation({ summary: 'What the council published (agendas, approved minutes, work plan changes, forward plan notices, annual reports) as an Atom feed, newest first' })
  @ApiProduces('application/atom+xml')
  @ApiOkResponse({ description: 'Atom 1.0 (RFC 4287)' })
  @ApiErrors(404)
  async feed(@Param('councilSlug') slug: string, @Res() response: Response): Promise<void> {
    const found = await this.record.of(slug);
    if (!found) throw new NotFoundError('Council', slug);
    const atom = publishedFeed({
      council: found.council.name,
      slug,
      baseUrl: this.config.publicBaseUrl,
      domain: this.config.mailDomain,
      since: found.council.createdAt.toISOString().slice(0, 10),
      published: found.published,
    });
    response.status(200).set({ 'Content-Type': 'application/atom+xml; charset=utf-8', 'Cache-Control': 'public, no-cache' }).send(atom);
  }

  @Get(':councilSlug')
  @Public()
  @ApiOperation({ summary: "The council's public home: its crime and disorder committee, its members today and the meetings to come" })
  @ApiOkResponse({ description: '{ council, committee, members: [{ name, role }], upcoming: [{ meetingId, startsAt, startsAtLocal, venue }] }' })
  @ApiErrors(404)
  async home(@Param('councilSlug') slug: string, @Req() request: Request, @Res() response: Response): Promise<void> {
    const council = await this.councils.findBySlug(slug);
    if (!council) throw new NotFoundError('Council', slug);
    const now = this.clock.now();
    const today = dateIn(now, council.timeZone);
    const committee = await this.committees.scrutinyCommittee(council.id);
    const [members, meetings] = await Promise.all([committee ? this.committees.membersOn(committee.id, today) : [], this.meetings.meetingsFrom(council.id, now, committee?.id)]);
    // Members of the committee and those with a standing invitation, as its papers list them; their addresses are not public.
    const serving = members.map((m) => ({ name: m.name, role: ROLE_WORDS[m.role] ?? m.role, description: m.description }));
    const upcoming = meetings.filter((m) => !m.cancelledAt);
    if (!wantsPage(request, response)) {
      response.json({
        council: council.name,
        committee: committee?.name ?? null,
        members: serving,
        upcoming: upcoming.map((m) => ({ meetingId: m.id, startsAt: m.startsAt.toISOString(), startsAtLocal: toZonedIso(m.startsAt, council.timeZone), venue: m.venue })),
      });
      return;
    }
    this.pages.sendPublic(response, 'public-record/pages/home.njk', {
      title: council.name,
      area: 'public-home',
      council,
      committee,
      members: serving,
      upcoming,
      timeZone: council.timeZone,
    });
  }
}
