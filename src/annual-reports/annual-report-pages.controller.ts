import { Body, Controller, Get, Param, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Acting, Pages, Roles } from '../common/auth/access.decorators.js';
import type { CouncilContext } from '../common/auth/council-context.js';
import { ConflictError } from '../common/errors/domain-errors.js';
import { PageRenderer } from '../common/web/page-renderer.js';
import { CommitteesService } from '../councils/committees.service.js';
import { MunicipalYearsService } from '../councils/municipal-years.service.js';
import { AnnualReportsService } from './annual-reports.service.js';

/** The annual report: compiled from the year's record (a progress bar follows the job), read, downloaded, agreed and submitted. */
@Pages()
@Controller('annual-reports')
export class AnnualReportPagesController {
  constructor(
    private readonly reports: AnnualReportsService,
    private readonly committees: CommitteesService,
    private readonly years: MunicipalYearsService,
    private readonly pages: PageRenderer,
  ) {}

  @Get()
  @Roles('coordinator')
  async list(@Req() request: Request, @Res() response: Response, @Acting() acting: CouncilContext): Promise<void> {
    await this.showList(request, response, acting, null);
  }

  @Post()
  @Roles('coordinator')
  async compile(@Req() request: Request, @Res() response: Response, @Acting() acting: CouncilContext, @Body() body: Record<string, unknown>): Promise<void> {
    const committee = await this.committees.scrutinyCommittee(acting.councilId);
    const year = typeof body.municipalYear === 'string' ? body.municipalYear : '';
    if (!committee || !(await this.years.byLabel(acting.councilId, year))) return this.showList(request, response, acting, 'Select the municipal year to report on', 400);
    const report = await this.reports.request(acting, { committeeId: committee.id, municipalYear: year });
    response.redirect(303, `/annual-reports/${report.id}`);
  }

  @Get(':id')
  @Roles('coordinator')
  async report(@Req() request: Request, @Res() response: Response, @Acting() acting: CouncilContext, @Param('id') id: string): Promise<void> {
    await this.showReport(request, response, acting, id, null);
  }

  @Post(':id/:step')
  @Roles('coordinator')
  async advance(@Req() request: Request, @Res() response: Response, @Acting() acting: CouncilContext, @Param('id') id: string, @Param('step') step: string): Promise<void> {
    const to = step === 'agree' ? 'agreed' : step === 'submit' ? 'submitted' : null;
    if (!to) return this.showReport(request, response, acting, id, 'That is not a step of the report', 404);
    try {
      await this.reports.advance(acting, id, to);
    } catch (error) {
      if (error instanceof ConflictError) return this.showReport(request, response, acting, id, error.message, 409);
      throw error;
    }
    response.redirect(303, `/annual-reports/${id}?done=${to}`);
  }

  private async showList(request: Request, response: Response, acting: CouncilContext, problem: string | null, status = 200): Promise<void> {
    const [committee, years] = await Promise.all([this.committees.scrutinyCommittee(acting.councilId), this.years.list(acting.councilId, 100, 0)]);
    const reports = committee ? (await Promise.all(years.items.map((y) => this.reports.versions(acting.councilId, committee.id, y.label, 50, 0)))).flatMap((p) => p.items) : [];
    const current = years.items.filter((y) => y.startsOn <= acting.today).at(-1);
    this.pages.send(
      request,
      response,
      'annual-reports/pages/list.njk',
      {
        title: 'Annual reports',
        area: 'annual-reports',
        committee,
        reports: reports.sort((a, b) => b.requestedAt.getTime() - a.requestedAt.getTime()),
        yearItems: [{ value: '', text: 'Select the year' }, ...years.items.map((y) => ({ value: y.label, text: y.label, selected: y.label === current?.label }))],
        errors: problem ? [{ text: problem, href: '#municipalYear' }] : [],
        fieldErrors: problem ? { municipalYear: { text: problem } } : {},
        timeZone: acting.timeZone,
      },
      status,
    );
  }

  private async showReport(request: Request, response: Response, acting: CouncilContext, id: string, problem: string | null, status = 200): Promise<void> {
    const report = await this.reports.get(acting.councilId, id);
    this.pages.send(
      request,
      response,
      'annual-reports/pages/report.njk',
      {
        title: report.title ?? `Annual report ${report.municipalYear}`,
        area: 'annual-reports',
        report,
        working: report.status === 'queued' || report.status === 'compiling',
        done: request.query.done,
        errors: problem ? [{ text: problem, href: '#steps' }] : [],
        timeZone: acting.timeZone,
      },
      status,
    );
  }
}
