import { Body, Controller, Get, Param, Post, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { formatDate } from '../calendar/calendar.rules.js';
import { Public } from '../common/auth/access.decorators.js';
import { ConflictError } from '../common/errors/domain-errors.js';
import { sendPage } from '../common/http/html.js';
import { answerPage } from './response-form.page.js';
import { messagePage } from '../common/http/html.js';
import { type FormFields, readAnswerForm } from './response-form.rules.js';
import { type LinkState, ResponseLinksService } from './response-links.service.js';

/**
 * The page an authority opens from a reminder: no account, only the signed link. HTML for people,
 * so it is left out of the API document. Nothing here ever shows more than the obligation says.
 */
@ApiExcludeController()
@Public()
@Controller('respond')
export class ResponseFormController {
  constructor(private readonly links: ResponseLinksService) {}

  @Get(':token')
  async show(@Param('token') token: string, @Res() response: Response): Promise<void> {
    const opened = await this.links.open(token);
    if (opened.state !== 'open') return this.refuse(response, opened, 'GET');
    sendPage(response, 200, answerPage(opened.view));
  }

  @Post(':token')
  async answer(@Param('token') token: string, @Body() body: FormFields, @Res() response: Response): Promise<void> {
    const opened = await this.links.open(token);
    if (opened.state !== 'open') return this.refuse(response, opened, 'POST');
    const form = readAnswerForm(body ?? {}, opened.obligation);
    if (!form.ok) return sendPage(response, 400, answerPage(opened.view, { errors: form.errors, values: body }));
    try {
      await this.links.answer(opened, form.answer);
    } catch (error) {
      // Another answer got there first (through this link, another, or the API): nothing changed.
      if (!(error instanceof ConflictError)) throw error;
      const now = await this.links.open(token);
      if (now.state !== 'open') return this.refuse(response, now, 'POST');
      return sendPage(response, 409, answerPage(now.view, { notice: `Nothing was recorded: ${error.message}.` }));
    }
    const { view } = opened;
    const contact = view.coordinatorEmail;
    switch (form.answer.action) {
      case 'acknowledge': {
        const after = await this.links.open(token);
        const page = after.state === 'open' ? after.view : view;
        return sendPage(response, 200, answerPage(page, { notice: `Thank you: receipt acknowledged. You can respond or ask for more time below, with this same link.` }));
      }
      case 'respond':
        return sendPage(response, 200, messagePage('Your response has been recorded', [
          `Thank you. ${view.authority}’s response to “${view.subject}” has been recorded and the committee’s co-ordinator can see it.`,
          'No further reminders will be sent about it. This link cannot be used again.',
        ], contact));
      case 'extend':
        return sendPage(response, 200, messagePage('Your request for more time has been sent', [
          `The co-ordinator will decide on it and let you know. Until then the response is due on ${formatDate(view.dueOn)}.`,
          'This link cannot be used again; the next reminder will carry a new one.',
        ], contact));
    }
  }

  private refuse(response: Response, state: Exclude<LinkState, { state: 'open' }>, method: 'GET' | 'POST'): void {
    switch (state.state) {
      case 'invalid':
        return sendPage(response, 404, messagePage('This link is not valid', [
          'The link may have been copied only in part, or changed. Nothing has been recorded.',
          'Open the link again from the most recent reminder e-mail, or reply to that e-mail.',
        ]));
      case 'expired':
        return sendPage(response, 410, messagePage('This link has expired', [
          'Nothing has been recorded. The most recent reminder e-mail carries a newer link, or you can reply to it.',
        ], state.coordinatorEmail));
      case 'withdrawn':
        return sendPage(response, 410, messagePage('This request has been withdrawn', [
          'The committee no longer needs an answer to it. Nothing has been recorded.',
          ...(state.reason ? [`Reason: ${state.reason}`] : []),
        ], state.coordinatorEmail));
      case 'answered':
        return sendPage(response, method === 'POST' ? 409 : 200, messagePage('Already answered', [
          `A response was recorded on ${formatDate(state.respondedOn)}.${method === 'POST' ? ' Nothing more has been recorded.' : ''}`,
          'To add to it, reply to the reminder e-mail.',
        ], state.coordinatorEmail));
      case 'used':
        return sendPage(response, method === 'POST' ? 409 : 200, messagePage('Already answered', [
          `This link was used on ${formatDate(state.usedOn)} to ${state.usedFor === 'extension' ? 'ask for more time' : 'respond'}.${method === 'POST' ? ' Nothing more has been recorded.' : ''}`,
          'Each link works once. The next reminder will carry a new one, or you can reply to the reminder e-mail.',
        ], state.coordinatorEmail));
    }
  }
}
