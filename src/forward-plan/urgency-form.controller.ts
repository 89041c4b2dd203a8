import { Body, Controller, Get, Param, Post, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { formatDate } from '../calendar/calendar.rules.js';
import { Public } from '../common/auth/access.decorators.js';
import { ConflictError } from '../common/errors/domain-errors.js';
import { escapeHtml as e, sendPage } from '../common/http/html.js';
import { layout, messagePage } from '../common/http/html.js';
import { URGENCY_ROLE_LABELS } from './urgency-request.entity.js';
import { type UrgencyLinkState, UrgencyService } from './urgency.service.js';

const ANSWERS = { agree: 'agreed', decline: 'declined', unable: 'unable' } as const;

/** The page the chair opens from the request: agree, not agree, or unable to act. One answer per link. */
@ApiExcludeController()
@Public()
@Controller('urgency')
export class UrgencyFormController {
  constructor(private readonly urgency: UrgencyService) {}

  @Get(':token')
  async show(@Param('token') token: string, @Res() response: Response): Promise<void> {
    const opened = await this.urgency.open(token);
    if (opened.state !== 'open') return refuse(response, opened, 'GET');
    const { request, decision, council } = opened;
    sendPage(
      response,
      200,
      layout(
        `Special urgency: ${decision.title}`,
        `<p>${e(council.name)}</p>
<h1>Special urgency: ${e(decision.title)}</h1>
<p>To ${e(request.name)}, as ${e(URGENCY_ROLE_LABELS[request.role])}.</p>
<p>The key decision is to be taken on <strong>${e(formatDate(decision.decisionDueOn))}</strong> by ${e(decision.decisionMaker.name)}.</p>
<p><strong>Why it cannot wait:</strong> ${e(decision.exceptionReasons ?? '')}</p>
<p>Regulation 11 allows it only if you agree that the making of the decision is urgent and cannot reasonably be deferred.</p>
<form method="post"><input type="hidden" name="answer" value="agree"><button type="submit">I agree: the decision is urgent and cannot reasonably be deferred</button></form>
<form method="post"><input type="hidden" name="answer" value="decline"><button type="submit">I do not agree</button></form>
<form method="post"><input type="hidden" name="answer" value="unable"><button type="submit">I am unable to act</button></form>`,
      ),
    );
  }

  @Post(':token')
  async answer(@Param('token') token: string, @Body() body: { answer?: string }, @Res() response: Response): Promise<void> {
    const opened = await this.urgency.open(token);
    if (opened.state !== 'open') return refuse(response, opened, 'POST');
    const given = typeof body?.answer === 'string' ? body.answer : '';
    const answer = Object.hasOwn(ANSWERS, given) ? ANSWERS[given as keyof typeof ANSWERS] : undefined;
    if (!answer) return sendPage(response, 400, messagePage('Choose an answer', ['Nothing has been recorded. Go back and choose one of the three answers.']));
    try {
      const { next } = await this.urgency.answer(opened, answer);
      const said = { agreed: 'You agreed that the decision is urgent and cannot reasonably be deferred.', declined: 'You did not agree.', unable: 'You are unable to act.' }[answer];
      sendPage(response, 200, messagePage('Your answer has been recorded', [said, ...(next ? [`${next.name} has been asked instead.`] : []), 'This link cannot be used again.']));
    } catch (error) {
      if (!(error instanceof ConflictError)) throw error;
      refuse(response, await this.urgency.open(token), 'POST');
    }
  }
}

function refuse(response: Response, state: UrgencyLinkState, method: 'GET' | 'POST'): void {
  if (state.state === 'invalid') return sendPage(response, 404, messagePage('This link is not valid', ['Nothing has been recorded. Open the link again from the e-mail.']));
  if (state.state === 'expired') return sendPage(response, 410, messagePage('This link has expired', ['Nothing has been recorded.']));
  if (state.state === 'answered') {
    return sendPage(response, method === 'POST' ? 409 : 200, messagePage('Already answered', [`An answer was recorded on ${formatDate(state.answeredOn)}. Nothing more has been recorded.`]));
  }
}
