import { Body, Controller, Get, Param, Post, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { formatDate } from '../calendar/calendar.rules.js';
import { Public } from '../common/auth/access.decorators.js';
import { ConflictError } from '../common/errors/domain-errors.js';
import { PageRenderer } from '../common/web/page-renderer.js';
import { URGENCY_ROLE_LABELS } from './urgency-request.entity.js';
import { type UrgencyLinkState, UrgencyService } from './urgency.service.js';

const ANSWERS = { agree: 'agreed', decline: 'declined', unable: 'unable' } as const;

/** The page the chair opens from the request: agree, not agree, or unable to act. One answer per link. */
@ApiExcludeController()
@Public()
@Controller('urgency')
export class UrgencyFormController {
  constructor(
    private readonly urgency: UrgencyService,
    private readonly pages: PageRenderer,
  ) {}

  @Get(':token')
  async show(@Param('token') token: string, @Req() request: Request, @Res() response: Response): Promise<void> {
    const opened = await this.urgency.open(token);
    if (opened.state !== 'open') return this.refuse(request, response, opened, 'GET');
    const { request: asked, decision, council } = opened;
    this.pages.sendForLink(request, response, 'forward-plan/pages/urgency.njk', {
      title: `Special urgency: ${decision.title}`,
      council,
      asked,
      role: URGENCY_ROLE_LABELS[asked.role],
      decision,
    });
  }

  @Post(':token')
  async answer(@Param('token') token: string, @Body() body: { answer?: string }, @Req() request: Request, @Res() response: Response): Promise<void> {
    const opened = await this.urgency.open(token);
    if (opened.state !== 'open') return this.refuse(request, response, opened, 'POST');
    const given = typeof body?.answer === 'string' ? body.answer : '';
    const answer = Object.hasOwn(ANSWERS, given) ? ANSWERS[given as keyof typeof ANSWERS] : undefined;
    if (!answer) return this.message(request, response, 400, 'Choose an answer', ['Nothing has been recorded. Go back and choose one of the three answers.']);
    try {
      const { next } = await this.urgency.answer(opened, answer);
      const said = { agreed: 'You agreed that the decision is urgent and cannot reasonably be deferred.', declined: 'You did not agree.', unable: 'You are unable to act.' }[answer];
      this.message(request, response, 200, 'Your answer has been recorded', [said, ...(next ? [`${next.name} has been asked instead.`] : []), 'This link cannot be used again.']);
    } catch (error) {
      if (!(error instanceof ConflictError)) throw error;
      this.refuse(request, response, await this.urgency.open(token), 'POST');
    }
  }

  private refuse(request: Request, response: Response, state: UrgencyLinkState, method: 'GET' | 'POST'): void {
    if (state.state === 'invalid') return this.message(request, response, 404, 'This link is not valid', ['Nothing has been recorded. Open the link again from the e-mail.']);
    if (state.state === 'expired') return this.message(request, response, 410, 'This link has expired', ['Nothing has been recorded.']);
    if (state.state === 'answered') {
      return this.message(request, response, method === 'POST' ? 409 : 200, 'Already answered', [`An answer was recorded on ${formatDate(state.answeredOn)}. Nothing more has been recorded.`]);
    }
  }

  private message(request: Request, response: Response, status: number, title: string, paragraphs: string[]): void {
    this.pages.sendLinkMessage(request, response, status, title, paragraphs);
  }
}
