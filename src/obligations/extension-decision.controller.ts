import { Body, Controller, Get, Param, Post, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Public } from '../common/auth/access.decorators.js';
import { ConflictError } from '../common/errors/domain-errors.js';
import { PageRenderer } from '../common/web/page-renderer.js';
import { dateInWords } from '../common/web/words.js';
import { readDecisionForm } from './extension-decision.rules.js';
import { type DecisionLinkState, type DecisionView, ObligationsService } from './obligations.service.js';

/**
 * The page a co-ordinator opens from the e-mail telling them an authority asks for more time: the
 * signed link is the only key (no API route in an e-mail). A GOV.UK page headed by the council's name,
 * left out of the API document.
 */
@ApiExcludeController()
@Public()
@Controller('decide-extension')
export class ExtensionDecisionController {
  constructor(
    private readonly obligations: ObligationsService,
    private readonly pages: PageRenderer,
  ) {}

  @Get(':token')
  async show(@Param('token') token: string, @Req() request: Request, @Res() response: Response): Promise<void> {
    const opened = await this.obligations.openDecisionLink(token);
    if (opened.state !== 'open') return this.refuse(request, response, opened, 'GET');
    this.decisionPage(request, response, 200, opened.view, null);
  }

  @Post(':token')
  async decide(@Param('token') token: string, @Body() body: Record<string, unknown>, @Req() request: Request, @Res() response: Response): Promise<void> {
    const opened = await this.obligations.openDecisionLink(token);
    if (opened.state !== 'open') return this.refuse(request, response, opened, 'POST');
    const form = readDecisionForm(body ?? {});
    if (!form.ok) return this.decisionPage(request, response, 400, opened.view, { errors: form.errors, typed: body ?? {} });
    try {
      await this.obligations.decideThroughLink(opened, form.decision, form.reason);
    } catch (error) {
      if (!(error instanceof ConflictError)) throw error;
      const now = await this.obligations.openDecisionLink(token);
      return this.refuse(request, response, now.state === 'open' ? { state: 'invalid' } : now, 'POST');
    }
    const { view } = opened;
    const outcome = form.decision === 'grant' ? `granted${view.newDueOn ? `: it is now due on ${dateInWords(view.newDueOn)}` : ''}` : `refused: it is still due on ${dateInWords(view.dueOn)}`;
    this.message(request, response, 200, view.council, 'Your decision has been recorded', [`The request for more time on “${view.subject}” is ${outcome}.`, `${view.authority} is being told, with your reason.`]);
  }

  private decisionPage(request: Request, response: Response, status: number, view: DecisionView, form: { errors: { field: string; message: string }[]; typed: Record<string, unknown> } | null): void {
    const errors = form?.errors ?? [];
    this.pages.sendForLink(request, response, 'obligations/pages/decide-extension.njk', {
      title: `More time asked for: ${view.subject}`,
      council: { name: view.council },
      v: view,
      typed: form?.typed ?? {},
      errors: errors.map((e) => ({ text: e.message, href: e.field === 'decision' ? '#decision-grant' : `#${e.field}` })),
      fieldErrors: Object.fromEntries(errors.map((e) => [e.field, { text: e.message }])),
    }, status);
  }

  private refuse(request: Request, response: Response, state: Exclude<DecisionLinkState, { state: 'open' }>, method: 'GET' | 'POST'): void {
    switch (state.state) {
      case 'invalid':
        return this.message(request, response, 404, null, 'This link is not valid', ['The link may have been copied only in part, or changed. Nothing has been recorded.']);
      case 'expired':
        return this.message(request, response, 410, null, 'This link has expired', ['Nothing has been recorded. The request can still be decided through the API or by the co-ordinators’ pages.']);
      case 'decided':
        return this.message(request, response, method === 'POST' ? 409 : 200, null, 'Already decided', [
          `This request for more time from ${state.authority} was ${state.extension.status} by ${state.extension.decidedBy ?? 'a co-ordinator'}.${method === 'POST' ? ' Nothing more has been recorded.' : ''}`,
        ]);
      case 'closed':
        return this.message(request, response, method === 'POST' ? 409 : 200, null, 'Nothing left to decide', [
          `The obligation of ${state.authority} has been ${state.status}: the request for more time no longer needs a decision.${method === 'POST' ? ' Nothing has been recorded.' : ''}`,
        ]);
    }
  }

  private message(request: Request, response: Response, status: number, council: string | null, title: string, paragraphs: string[]): void {
    this.pages.sendLinkMessage(request, response, status, title, paragraphs, { council: council ? { name: council } : null });
  }
}
