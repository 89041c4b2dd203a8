import { Body, Controller, Get, Param, Post, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { formatDate } from '../calendar/calendar.rules.js';
import { Public } from '../common/auth/access.decorators.js';
import { ConflictError } from '../common/errors/domain-errors.js';
import { messagePage, sendPage } from '../common/http/html.js';
import { decisionPage, readDecisionForm } from './extension-decision.page.js';
import { type DecisionLinkState, ObligationsService } from './obligations.service.js';

/**
 * The page a co-ordinator opens from the e-mail telling them an authority asks for more time: the
 * signed link is the only key (no API route in an e-mail). HTML for people, so not in the API document.
 */
@ApiExcludeController()
@Public()
@Controller('decide-extension')
export class ExtensionDecisionController {
  constructor(private readonly obligations: ObligationsService) {}

  @Get(':token')
  async show(@Param('token') token: string, @Res() response: Response): Promise<void> {
    const opened = await this.obligations.openDecisionLink(token);
    if (opened.state !== 'open') return this.refuse(response, opened, 'GET');
    sendPage(response, 200, decisionPage(opened.view));
  }

  @Post(':token')
  async decide(@Param('token') token: string, @Body() body: Record<string, unknown>, @Res() response: Response): Promise<void> {
    const opened = await this.obligations.openDecisionLink(token);
    if (opened.state !== 'open') return this.refuse(response, opened, 'POST');
    const form = readDecisionForm(body ?? {});
    if (!form.ok) return sendPage(response, 400, decisionPage(opened.view, { errors: form.errors, values: body }));
    try {
      await this.obligations.decideThroughLink(opened, form.decision, form.reason);
    } catch (error) {
      if (!(error instanceof ConflictError)) throw error;
      const now = await this.obligations.openDecisionLink(token);
      return this.refuse(response, now.state === 'open' ? { state: 'invalid' } : now, 'POST');
    }
    const { view } = opened;
    const outcome = form.decision === 'grant' ? `granted${view.newDueOn ? `: it is now due on ${formatDate(view.newDueOn)}` : ''}` : `refused: it is still due on ${formatDate(view.dueOn)}`;
    sendPage(response, 200, messagePage('Your decision has been recorded', [`The request for more time on “${view.subject}” is ${outcome}.`, `${view.authority} is being told, with your reason.`]));
  }

  private refuse(response: Response, state: Exclude<DecisionLinkState, { state: 'open' }>, method: 'GET' | 'POST'): void {
    switch (state.state) {
      case 'invalid':
        return sendPage(response, 404, messagePage('This link is not valid', ['The link may have been copied only in part, or changed. Nothing has been recorded.']));
      case 'expired':
        return sendPage(response, 410, messagePage('This link has expired', ['Nothing has been recorded. The request can still be decided through the API or by the co-ordinators’ pages.']));
      case 'decided':
        return sendPage(response, method === 'POST' ? 409 : 200, messagePage('Already decided', [
          `This request for more time from ${state.authority} was ${state.extension.status} by ${state.extension.decidedBy ?? 'a co-ordinator'}.${method === 'POST' ? ' Nothing more has been recorded.' : ''}`,
        ]));
      case 'closed':
        return sendPage(response, method === 'POST' ? 409 : 200, messagePage('Nothing left to decide', [
          `The obligation of ${state.authority} has been ${state.status}: the request for more time no longer needs a decision.${method === 'POST' ? ' Nothing has been recorded.' : ''}`,
        ]));
    }
  }
}
