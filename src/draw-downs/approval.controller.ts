import { Body, Controller, Get, Param, Post, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { Public } from '../common/auth/access.decorators.js';
import { ConflictError } from '../common/errors/domain-errors.js';
import { messagePage, sendPage } from '../common/http/html.js';
import { approvalPage, readApprovalForm } from './approval.page.js';
import { type ApprovalLinkState, DrawDownsService } from './draw-downs.service.js';

/**
 * The page an approver opens from the e-mail asking for their decision on a draw-down request: the
 * signed link, theirs alone, is the key (no API route in an e-mail). HTML for people, not in the API document.
 */
@ApiExcludeController()
@Public()
@Controller('approve')
export class ApprovalController {
  constructor(private readonly drawDowns: DrawDownsService) {}

  @Get(':token')
  async show(@Param('token') token: string, @Res() response: Response): Promise<void> {
    const opened = await this.drawDowns.openApprovalLink(token);
    if (opened.state !== 'open') return this.refuse(response, opened, 'GET');
    sendPage(response, 200, approvalPage(opened.request, opened.memberName));
  }

  @Post(':token')
  async decide(@Param('token') token: string, @Body() body: Record<string, unknown>, @Res() response: Response): Promise<void> {
    const opened = await this.drawDowns.openApprovalLink(token);
    if (opened.state !== 'open') return this.refuse(response, opened, 'POST');
    const form = readApprovalForm(body ?? {});
    if (!form.ok) return sendPage(response, 400, approvalPage(opened.request, opened.memberName, { errors: form.errors, values: body }));
    try {
      await this.drawDowns.decide(opened.approverContext, opened.request.id, { decision: form.decision, reason: form.reason });
    } catch (error) {
      if (!(error instanceof ConflictError)) throw error;
      const now = await this.drawDowns.openApprovalLink(token);
      return this.refuse(response, now.state === 'open' ? { state: 'closed', status: 'changed' } : now, 'POST');
    }
    sendPage(response, 200, messagePage('Your decision has been recorded', [
      `You ${form.decision === 'approve' ? 'agreed to' : 'refused'} the draw-down request “${opened.request.topic}”.`,
      `${opened.memberName} is being told, with your reason. This link cannot be used again.`,
    ]));
  }

  private refuse(response: Response, state: Exclude<ApprovalLinkState, { state: 'open' }>, method: 'GET' | 'POST'): void {
    const nothing = method === 'POST' ? ' Nothing more has been recorded.' : '';
    switch (state.state) {
      case 'invalid':
        return sendPage(response, 404, messagePage('This link is not valid', ['The link may have been copied only in part, or changed. Nothing has been recorded.']));
      case 'expired':
        return sendPage(response, 410, messagePage('This link has expired', ['Nothing has been recorded. Ask the committee’s co-ordinator how to give your decision.']));
      case 'decided':
        return sendPage(response, method === 'POST' ? 409 : 200, messagePage('Already decided', [`You ${state.decision.decision === 'approve' ? 'agreed to' : 'refused'} this request.${nothing}`]));
      case 'closed':
        return sendPage(response, method === 'POST' ? 409 : 200, messagePage('No decision is needed now', [`The request is no longer awaiting decisions (it is ${state.status}).${nothing}`]));
    }
  }
}
