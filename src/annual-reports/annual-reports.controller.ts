import { AnnualReportSettingsService } from './annual-report-settings.service.js';
import { Body, Controller, Get, HttpCode, Param, Post, Put, Query, Req, Res } from '@nestjs/common';
import { ApiAcceptedResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { wantsPage } from '../common/web/negotiate.js';
import { PageRenderer } from '../common/web/page-renderer.js';
import { renderHtmlBody } from './report-document.js';
import { Acting, Public, Roles } from '../common/auth/access.decorators.js';
import { type CouncilContext } from '../common/auth/council-context.js';
import { NotFoundError } from '../common/errors/domain-errors.js';
import { ApiErrors } from '../common/http/api-docs.decorators.js';
import { AnnualReportQuery, AnnualReportSettingsDto, AnnualReportView, RequestAnnualReportDto } from './annual-report.dto.js';
import type { AnnualReport } from './annual-report.entity.js';
import { asSubmitted } from './annual-report.rules.js';
import { AnnualReportsService, type ReportFormat } from './annual-reports.service.js';
import type { Page } from '../common/http/pagination.js';

export const CONTENT_TYPES: Record<ReportFormat, string> = {
  md: 'text/markdown; charset=utf-8',
  html: 'text/html; charset=utf-8',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

const view = (r: AnnualReport): AnnualReportView => ({
  id: r.id,
  committeeId: r.committeeId,
  municipalYear: r.municipalYear,
  version: r.version,
  status: r.status,
  progress: r.progress,
  error: r.error,
  title: r.title,
  automatic: r.automatic,
  requestedAt: r.requestedAt.toISOString(),
  compiledAt: r.compiledAt?.toISOString() ?? null,
  agreedAt: r.agreedAt?.toISOString() ?? null,
  submittedAt: r.submittedAt?.toISOString() ?? null,
  downloads: r.compiledAt ? (['md', 'html', 'docx'] as const).map((f) => `/api/v1/annual-reports/${r.id}/draft.${f}`) : [],
});

@ApiTags('annual-reports')
@Controller()
export class AnnualReportsController {
  constructor(
    private readonly reports: AnnualReportsService,
    private readonly settingsOf: AnnualReportSettingsService,
    private readonly pages: PageRenderer,
  ) {}

  @Put('api/v1/committees/:id/annual-report-settings')
  @Roles('coordinator')
  @ApiOperation({ summary: "The council's name, the committee's name, and its own introduction, protocol and work programme text for its annual reports" })
  @ApiOkResponse({ type: AnnualReportSettingsDto })
  @ApiErrors(400, 404, 413)
  async settings(@Acting() acting: CouncilContext, @Param('id') id: string, @Body() body: AnnualReportSettingsDto): Promise<AnnualReportSettingsDto> {
    const s = await this.settingsOf.settings(acting, id, body);
    return { councilName: s.councilName ?? undefined, committeeName: s.committeeName ?? undefined, introduction: s.introduction ?? undefined, protocol: s.protocol ?? undefined, workProgramme: s.workProgramme ?? undefined, compileOnDay: s.compileOnDay ?? undefined };
  }

  @Post('api/v1/annual-reports')
  @HttpCode(202)
  @Roles('coordinator')
  @ApiOperation({ summary: "Compile the committee's draft annual report for a municipal year (a queued job); each request makes the next version" })
  @ApiAcceptedResponse({ type: AnnualReportView })
  @ApiErrors(400, 404, 413)
  async request(@Acting() acting: CouncilContext, @Body() body: RequestAnnualReportDto): Promise<AnnualReportView> {
    return view(await this.reports.request(acting, body));
  }

  @Get('api/v1/annual-reports')
  @Roles('coordinator', 'member')
  @ApiOperation({ summary: "Every version of a committee's annual report for a year, newest first" })
  @ApiOkResponse({ type: [AnnualReportView] })
  @ApiErrors(400)
  async list(@Acting() acting: CouncilContext, @Query() query: AnnualReportQuery): Promise<Page<AnnualReportView>> {
    const page = await this.reports.versions(acting.councilId, query.committeeId, query.municipalYear, query.limit, query.offset);
    return { items: page.items.map(view), total: page.total };
  }

  @Get('api/v1/annual-reports/:id')
  @Roles('coordinator', 'member')
  @ApiOperation({ summary: 'A version of the report: status and progress while it compiles, then where to download it' })
  @ApiOkResponse({ type: AnnualReportView })
  @ApiErrors(404)
  async get(@Acting() acting: CouncilContext, @Param('id') id: string): Promise<AnnualReportView> {
    return view(await this.reports.get(acting.councilId, id));
  }

  @Get('api/v1/annual-reports/:id/draft.md')
  @Roles('coordinator', 'member')
  @ApiOperation({ summary: 'The draft as Markdown' })
  @ApiProduces('text/markdown')
  @ApiOkResponse({ description: 'Markdown' })
  @ApiErrors(404, 409)
  markdown(@Acting() acting: CouncilContext, @Param('id') id: string, @Res() response: Response): Promise<void> {
    return this.send(acting, id, 'md', response);
  }

  @Get('api/v1/annual-reports/:id/draft.html')
  @Roles('coordinator', 'member')
  @ApiOperation({ summary: 'The draft as an HTML page' })
  @ApiProduces('text/html')
  @ApiOkResponse({ description: 'HTML' })
  @ApiErrors(404, 409)
  html(@Acting() acting: CouncilContext, @Param('id') id: string, @Res() response: Response): Promise<void> {
    return this.send(acting, id, 'html', response);
  }

  @Get('api/v1/annual-reports/:id/draft.docx')
  @Roles('coordinator', 'member')
  @ApiOperation({ summary: 'The draft as a Word document (headings, the work plan as a table, numbered lists)' })
  @ApiProduces(CONTENT_TYPES.docx)
  @ApiOkResponse({ description: 'DOCX' })
  @ApiErrors(404, 409)
  docx(@Acting() acting: CouncilContext, @Param('id') id: string, @Res() response: Response): Promise<void> {
    return this.send(acting, id, 'docx', response);
  }

  @Post('api/v1/annual-reports/:id/agree')
  @HttpCode(200)
  @Roles('coordinator')
  @ApiOperation({ summary: 'The committee agreed the draft' })
  @ApiOkResponse({ type: AnnualReportView })
  @ApiErrors(404, 409)
  async agree(@Acting() acting: CouncilContext, @Param('id') id: string): Promise<AnnualReportView> {
    return view(await this.reports.advance(acting, id, 'agreed'));
  }

  @Post('api/v1/annual-reports/:id/submit')
  @HttpCode(200)
  @Roles('coordinator')
  @ApiOperation({ summary: 'The agreed report was submitted to full council: it is then public' })
  @ApiOkResponse({ type: AnnualReportView })
  @ApiErrors(404, 409)
  async submit(@Acting() acting: CouncilContext, @Param('id') id: string): Promise<AnnualReportView> {
    return view(await this.reports.advance(acting, id, 'submitted'));
  }

  @Get('public/:councilSlug/annual-reports')
  @Public()
  @ApiTags('public')
  @ApiOperation({ summary: 'The annual reports submitted to council, newest year first (a page to a browser)' })
  @ApiOkResponse({ description: '{ council, reports: [{ municipalYear, title, submittedAt, address }] }' })
  @ApiErrors(404)
  async submittedReports(@Param('councilSlug') slug: string, @Req() request: Request, @Res() response: Response): Promise<void> {
    const found = await this.reports.submitted(slug);
    if (!found) throw new NotFoundError('Council', slug);
    const reports = found.reports.map((r) => ({ municipalYear: r.municipalYear, title: r.title.replace('Draft Annual Report', 'Annual Report'), submittedAt: r.submittedAt, address: `/public/${slug}/annual-reports/${r.municipalYear}` }));
    if (wantsPage(request, response)) {
      return this.pages.sendPublic(response, 'annual-reports/pages/public-list.njk', { title: 'Annual reports', area: 'public-annual-reports', council: found.council, reports, timeZone: found.council.timeZone });
    }
    response.json({ council: found.council.name, reports: reports.map((r) => ({ ...r, submittedAt: r.submittedAt?.toISOString() ?? null })) });
  }

  @Get('public/:councilSlug/annual-reports/:municipalYear')
  @Public()
  @ApiTags('public')
  @ApiOperation({ summary: 'The annual report submitted to council for the year (exempt items reduced to their title): a page of the public record to a browser, else the report as one HTML document' })
  @ApiProduces('text/html')
  @ApiOkResponse({ description: 'HTML' })
  @ApiErrors(404)
  async published(@Param('councilSlug') slug: string, @Param('municipalYear') municipalYear: string, @Req() request: Request, @Res() response: Response): Promise<void> {
    const report = await this.reports.published(slug, municipalYear);
    if (!report?.blocks) throw new NotFoundError('Annual report submitted to council for', municipalYear);
    const title = report.title.replace('Draft Annual Report', 'Annual Report');
    if (wantsPage(request, response)) {
      const council = (await this.reports.submitted(slug))!.council;
      return this.pages.sendPublic(response, 'annual-reports/pages/public-report.njk', { title, area: 'public-annual-reports', council, report, body: renderHtmlBody(asSubmitted(report.blocks)) });
    }
    response.status(200).set({ 'Content-Type': CONTENT_TYPES.html, 'Cache-Control': 'public, max-age=300' }).send(await this.reports.format(asSubmitted(report.blocks), title, 'html', await this.reports.reportLogo(report.councilId)));
  }

  private async send(acting: CouncilContext, id: string, format: ReportFormat, response: Response): Promise<void> {
    const { report, body } = await this.reports.render(acting.councilId, id, format);
    const name = `annual-report-${report.municipalYear}-v${report.version}.${format}`;
    response.status(200).set({ 'Content-Type': CONTENT_TYPES[format], 'Content-Disposition': `${format === 'html' ? 'inline' : 'attachment'}; filename="${name}"` }).send(body);
  }
}
