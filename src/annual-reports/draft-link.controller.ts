import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Public } from '../common/auth/access.decorators.js';
import { PageRenderer } from '../common/web/page-renderer.js';
import { AnnualReportsService } from './annual-reports.service.js';
import { CONTENT_TYPES } from './annual-reports.controller.js';

/**
 * The compiled draft opened from the co-ordinators' e-mail: the signed link is the key, so a browser
 * needs no bearer token (no API route in an e-mail). Not in the API document.
 */
@ApiExcludeController()
@Public()
@Controller('draft-annual-report')
export class DraftLinkController {
  constructor(
    private readonly reports: AnnualReportsService,
    private readonly pages: PageRenderer,
  ) {}

  @Get(':token/report.html')
  html(@Param('token') token: string, @Req() request: Request, @Res() response: Response): Promise<void> {
    return this.send(token, 'html', request, response);
  }

  @Get(':token/report.docx')
  docx(@Param('token') token: string, @Req() request: Request, @Res() response: Response): Promise<void> {
    return this.send(token, 'docx', request, response);
  }

  private async send(token: string, format: 'html' | 'docx', request: Request, response: Response): Promise<void> {
    const found = await this.reports.renderThroughLink(token, format);
    if (!found) {
      return this.pages.sendLinkMessage(request, response, 404, 'This link is not valid', [
        'It may have expired or been copied only in part. The draft is in Scrutineer: ask for a new link by compiling the report again, or read it through the API.',
      ]);
    }
    const { report, body } = found;
    response
      .status(200)
      .set({
        'Content-Type': CONTENT_TYPES[format],
        'Content-Disposition': `${format === 'html' ? 'inline' : 'attachment'}; filename="annual-report-${report.municipalYear}-v${report.version}.${format}"`,
        'Cache-Control': 'no-store',
        'Referrer-Policy': 'no-referrer',
      })
      .send(body);
  }
}
