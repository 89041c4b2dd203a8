import { Body, Controller, Get, Param, Post, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Public } from '../common/auth/access.decorators.js';
import { ConflictError } from '../common/errors/domain-errors.js';
import { readChoiceAndReason } from '../common/http/html.js';
import { PageRenderer } from '../common/web/page-renderer.js';
import { DRAW_DOWN_TAGS } from './draw-down-pages.controller.js';
import type { DrawDownStatus } from './draw-down.rules.js';
import { type ApprovalLinkState, DrawDownsService } from './draw-downs.service.js';

type Open = Extract<ApprovalLinkState, { state: 'open' }>;

/** The approver's answer read from the form: a decision and its reason, or what is missing, in the page's words. */
const readApprovalForm = (body: Record<string, unknown>) =>
  readChoiceAndReason(body, ['approve', 'refuse'] as const, { choice: 'Choose whether you agree to the request or refuse it', reason: 'Give the reason for your decision: the member is told it' });

/**
 * The page an approver opens from the e-mail asking for their decision on a draw-down request: the
 * signed link, theirs alone, is the key (no API route in an e-mail). HTML for people, not in the API document.
 */
@ApiExcludeController()
@Public()
@Controller('approve')
export class ApprovalController {
  constructor(
    private readonly drawDowns: DrawDownsService,
    private readonly pages: PageRenderer,
  ) {}

  @Get(':token')
  async show(@Param('token') token: string, @Req() request: Request, @Res() response: Response): Promise<void> {
    const opened = await this.drawDowns.openApprovalLink(token);
    if (opened.state !== 'open') return this.refuse(request, response, opened, 'GET');
    await this.showRequest(request, response, opened, null);
  }

  @Post(':token')
  async decide(@Param('token') token: string, @Body() body: Record<string, unknown>, @Req() request: Request, @Res() response: Response): Promise<void> {
    const opened = await this.drawDowns.openApprovalLink(token);
    if (opened.state !== 'open') return this.refuse(request, response, opened, 'POST');
    const form = readApprovalForm(body ?? {});
    if (!form.ok) return this.showRequest(request, response, opened, { errors: form.errors, typed: body ?? {} }, 400);
    try {
      await this.drawDowns.decide(opened.approverContext, opened.request.id, { decision: form.decision, reason: form.reason });
    } catch (error) {
      if (!(error instanceof ConflictError)) throw error;
      const now = await this.drawDowns.openApprovalLink(token);
      return this.refuse(request, response, now.state === 'open' ? { state: 'closed', status: 'changed' } : now, 'POST');
    }
    this.message(request, response, 200, 'Your decision has been recorded', [
      `You ${form.decision === 'approve' ? 'agreed to' : 'refused'} the draw-down request “${opened.request.topic}”.`,
      `${opened.memberName} is being told, with your reason. This link cannot be used again.`,
    ]);
  }

  /** The member's case, the chair's view, topics like it, and the decision form with its errors linked to each field. */
  private async showRequest(request: Request, response: Response, opened: Open, form: { errors: { field: string; message: string }[]; typed: Record<string, unknown> } | null, status = 200): Promise<void> {
    const similar = (await this.drawDowns.similarTo(opened.approverContext, opened.request.committeeId, opened.request.topic)).filter((x) => x.id !== opened.request.id);
    const errors = form?.errors ?? [];
    this.pages.sendForLink(
      request,
      response,
      'draw-downs/pages/approve.njk',
      {
        title: `Draw-down request: ${opened.request.topic}`,
        r: opened.request,
        memberName: opened.memberName,
        similar: similar.map((x) => ({ title: x.title, status: x.kind === 'draw_down' ? `asked for, ${DRAW_DOWN_TAGS[x.status as DrawDownStatus]?.text.toLowerCase() ?? x.status}` : `on the work plan, ${x.status}` })),
        typed: form?.typed ?? {},
        errors: errors.map((x) => ({ text: x.message, href: x.field === 'decision' ? '#decision' : `#${x.field}` })),
        fieldErrors: Object.fromEntries(errors.map((x) => [x.field, { text: x.message }])),
      },
      status,
    );
  }

  private refuse(request: Request, response: Response, state: Exclude<ApprovalLinkState, { state: 'open' }>, method: 'GET' | 'POST'): void {
    const nothing = method === 'POST' ? ' Nothing more has been recorded.' : '';
    switch (state.state) {
      case 'invalid':
        return this.message(request, response, 404, 'This link is not valid', ['The link may have been copied only in part, or changed. Nothing has been recorded.']);
      case 'expired':
        return this.message(request, response, 410, 'This link has expired', ['Nothing has been recorded. Ask the committee’s co-ordinator how to give your decision.']);
      case 'decided':
        return this.message(request, response, method === 'POST' ? 409 : 200, 'Already decided', [`You ${state.decision.decision === 'approve' ? 'agreed to' : 'refused'} this request.${nothing}`]);
      case 'closed':
        return this.message(request, response, method === 'POST' ? 409 : 200, 'No decision is needed now', [`The request is no longer awaiting decisions (it is ${state.status}).${nothing}`]);
    }
  }

  private message(request: Request, response: Response, status: number, title: string, paragraphs: string[]): void {
    this.pages.sendLinkMessage(request, response, status, title, paragraphs);
  }
}
